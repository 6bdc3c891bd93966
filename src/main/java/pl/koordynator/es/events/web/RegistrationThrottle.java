package pl.koordynator.es.events.web;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many registrations a minute from one address, over the API and the form together,
 * so a script cannot fill an event or flood people's mailboxes. Kept in memory: the limit is per
 * instance, which is enough against a script and forgets everything on restart.
 */
@Component
public class RegistrationThrottle {

    private static final long MINUTE = 60_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    RegistrationThrottle(@Value("${koordynator.events.registrations-per-minute:10}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts an attempt from the address; false when it is one too many. */
    boolean allow(String address) {
        long now = clock.millis();
        if (recent.size() > 10_000) {
            recent.values().removeIf(times -> times.isEmpty() || times.peekLast() < now - MINUTE);
        }
        Deque<Long> times = recent.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - MINUTE) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Forgets every address; tests start from a clean slate. */
    public void clear() {
        recent.clear();
    }
}
