package pl.koordynator.es.events;

import java.time.LocalDate;
import java.util.Map;

/**
 * Implemented by modules that record work located in a gmina, other than events (support given to
 * a PES there), so the activity plan's coverage view counts it. Every bean implementing it is asked.
 */
public interface GminaActivity {

    /** Number of activities per gmina TERYT within the days (both included); gminas without any are absent. */
    Map<String, Long> countByGmina(LocalDate from, LocalDate to);
}
