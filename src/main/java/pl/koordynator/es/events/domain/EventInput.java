package pl.koordynator.es.events.domain;

import java.util.List;

/**
 * An event as the API sends it and the form fills it. Dates and codes are text so that a bad
 * value is reported against its field instead of failing the whole request; date-times are
 * ISO-8601 with an offset ({@code 2026-12-03T10:00:00+01:00}), or without one in the region's
 * time zone (as the form's date-time fields send them).
 */
public record EventInput(String title, String type, String description, Long organiserId, String startsAt,
        String endsAt, String gminaTeryt, String venue, String onlineUrl, Integer capacity,
        String registrationOpensAt, String registrationClosesAt, String audience, Boolean publicEvent,
        String status, List<String> topics, Integer peopleReached, Integer materialsDistributed, Long version) {
}
