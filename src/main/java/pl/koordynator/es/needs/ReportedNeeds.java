package pl.koordynator.es.needs;

import java.util.List;
import java.util.Map;

/** What other modules (the map) may ask about reported needs. */
public interface ReportedNeeds {

    /** Number of published needs per gmina TERYT; gminas without any are absent. */
    Map<String, Long> publishedCountByGmina();

    /** Published needs of a gmina, newest first. */
    List<PublishedNeed> published(String gminaTeryt);
}
