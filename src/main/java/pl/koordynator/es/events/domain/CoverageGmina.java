package pl.koordynator.es.events.domain;

/** One gmina of the coverage view: events held there and other activities reported for it in the window. */
public record CoverageGmina(String teryt, String name, String powiatTeryt, String powiatName, long events,
        long otherActivities) {

    public long total() {
        return events + otherActivities;
    }

    public boolean covered() {
        return total() > 0;
    }
}
