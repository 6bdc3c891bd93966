package pl.koordynator.es.support.domain;

import java.time.LocalDate;

import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.support.SupportTopic;

/** Filters of the support lists; null matches everything, the days are both included, the adviser matches a part of the name. */
public record SupportQuery(Long organisationId, Long owesId, String adviser, LocalDate from, LocalDate to,
        SupportForm form, SupportTopic topic) {

    public static SupportQuery everything() {
        return new SupportQuery(null, null, null, null, null, null, null);
    }

    public static SupportQuery ofPes(long organisationId) {
        return new SupportQuery(organisationId, null, null, null, null, null, null);
    }
}
