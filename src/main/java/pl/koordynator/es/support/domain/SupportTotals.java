package pl.koordynator.es.support.domain;

import java.math.BigDecimal;
import java.util.Map;

import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.support.SupportTopic;

/** Number of records and sum of hours of a filtered list, with the hours by form and by topic (only those present). */
public record SupportTotals(long records, BigDecimal hours, Map<SupportForm, BigDecimal> hoursByForm,
        Map<SupportTopic, BigDecimal> hoursByTopic) {
}
