package pl.koordynator.es.networks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What other modules may ask about networks and ties; nothing here depends on who is signed in. */
public interface Networks {

    /** Confirmed declared ties of the organisation active on the day (not withdrawn). */
    long activeTies(long organisationId, LocalDate day);

    /** The networks the organisation belongs to on the day, by name. */
    List<String> networksOf(long organisationId, LocalDate day);

    /**
     * Confirmed declared ties active on the day (not withdrawn) with at least one end among these
     * organisations, each tie once (a tie between two of them counts once); one query.
     */
    long activeTiesOfAny(Collection<Long> organisationIds, LocalDate day);

    /**
     * The networks each of these organisations belongs to on the day, by name; organisations in no
     * network are absent. One query for any number of them.
     */
    Map<Long, List<String>> networksOfEach(Collection<Long> organisationIds, LocalDate day);
}
