package pl.koordynator.es.networks;

import java.time.LocalDate;
import java.util.List;

/** What other modules may ask about networks and ties; nothing here depends on who is signed in. */
public interface Networks {

    /** Confirmed declared ties of the organisation active on the day (not withdrawn). */
    long activeTies(long organisationId, LocalDate day);

    /** The networks the organisation belongs to on the day, by name. */
    List<String> networksOf(long organisationId, LocalDate day);
}
