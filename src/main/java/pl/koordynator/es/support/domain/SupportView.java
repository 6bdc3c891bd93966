package pl.koordynator.es.support.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.support.SupportTopic;

/** A support record as the module's pages and API show it; names and gmina as they were when it was saved. */
public record SupportView(long id, long organisationId, String organisationName, long owesId, String owesName,
        String gminaTeryt, String adviser, LocalDate date, BigDecimal hours, SupportForm form, SupportTopic topic,
        String notes, String createdBy, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
