package pl.koordynator.es.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers keyed by what was asked, valid while the version of their topics stays the one read
 * before they were computed. Reading the version first makes a race harmless: an answer computed
 * while a change commits is stored under the older version and never served again.
 */
public final class CachedAnswers<K, V> {

    private record Entry<V>(long version, V value) {
    }

    private final DataChanges changes;
    private final List<String> topics;
    private final int capacity;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    CachedAnswers(DataChanges changes, List<String> topics, int capacity) {
        this.changes = changes;
        this.topics = topics;
        this.capacity = capacity;
    }

    /** The answer to the key: the kept one if its data is unchanged, otherwise computed (and kept). */
    public V get(K key, Supplier<V> compute) {
        long version = changes.version(topics);
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.version() == version) {
            return kept.value();
        }
        V value = compute.get();
        if (entries.size() >= capacity) {
            // rarely reached (distinct questions between two changes); starting afresh keeps it simple and bounded
            entries.clear();
        }
        entries.put(key, new Entry<>(version, value));
        return value;
    }
}
