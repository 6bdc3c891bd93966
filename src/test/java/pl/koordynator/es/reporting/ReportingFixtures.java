package pl.koordynator.es.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.TestUsers;

/**
 * OWES with their staff for reporting tests; records every {@link ReportTransitioned}, and
 * stands in for a module that knows values (consulting hours) of chosen OWES, so the
 * prefill-and-override behaviour can be tried in the shared context. It knows nothing unless
 * a test tells it.
 */
@Component
public class ReportingFixtures implements KnownValues {

    public static final String GDANSK = "2261011";

    private final RegistryFixtures registry;
    private final TestUsers users;
    private final List<ReportTransitioned> transitions = new ArrayList<>();
    private final Map<String, KnownValue> known = new ConcurrentHashMap<>();

    ReportingFixtures(RegistryFixtures registry, TestUsers users) {
        this.registry = registry;
        this.users = users;
    }

    public OrganisationView owes(String name) {
        return registry.owes(name, GDANSK);
    }

    public UserView staff(OrganisationView owes) {
        return users.create("owes-" + System.nanoTime(), Role.OWES, owes.id());
    }

    public UserView admin() {
        return users.create("rops-" + System.nanoTime(), Role.ADMIN);
    }

    public long subregion(String name, long owesId, String... powiats) {
        return registry.subregion(name, owesId, powiats);
    }

    @EventListener
    synchronized void on(ReportTransitioned transition) {
        transitions.add(transition);
    }

    public synchronized List<ReportTransitioned> transitions() {
        return List.copyOf(transitions);
    }

    public synchronized void forget() {
        transitions.clear();
        known.clear();
    }

    /** From now on, the OWES's value of the indicator is known, from the named source. */
    public void know(long owesId, String code, BigDecimal value, String source) {
        known.put(owesId + "/" + code, new KnownValue(value, source));
    }

    @Override
    public Optional<KnownValue> value(long owesId, String indicatorCode, LocalDate from, LocalDate to) {
        return Optional.ofNullable(known.get(owesId + "/" + indicatorCode));
    }
}
