package pl.koordynator.es.shared;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The change counters of the modules' tables (table {@code data_change}, raised by statement
 * triggers in the writing transaction), and caches of answers computed from those tables. Read
 * pages of the register, map layers and regional aggregates are asked for far more often than
 * their data changes; under a public campaign the same few are asked for hundreds of times a
 * second.
 */
@Component
public class DataChanges {

    private final JdbcClient jdbc;

    DataChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sum of the topics' counters: it grows with every committed change to any of their tables. */
    public long version(List<String> topics) {
        return jdbc.sql("select coalesce(sum(changes), 0) from data_change where topic in (:topics)")
                .param("topics", topics).query(Long.class).single();
    }

    /** The sum of every topic's counter: it grows with every committed change to any counted table. */
    public long version() {
        return jdbc.sql("select coalesce(sum(changes), 0) from data_change").query(Long.class).single();
    }

    /**
     * A cache of at most {@code capacity} answers, each reused while the topics (module names:
     * "registry", "territory", "statistics", "needs", "map", "reporting", "events") have not changed since it
     * was computed.
     */
    public <K, V> CachedAnswers<K, V> cache(int capacity, String... topics) {
        return new CachedAnswers<>(this, List.of(topics), capacity);
    }
}
