package pl.koordynator.es.needs;

import java.time.OffsetDateTime;

/** A published need as the public gmina page lists it; who reported it is shown by organisation only. */
public record PublishedNeed(long id, NeedCategory category, String gminaTeryt, String title, String description,
        String organisationName, OffsetDateTime publishedAt) {
}
