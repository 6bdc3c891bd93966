package pl.koordynator.es.catalogue;

import java.time.LocalDate;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Buyers' inquiries about published offers, sent to the PES through the outbox with a copy to
 * the buyer. Only the PES that got an inquiry reads it and says what came of it; ROPS sees counts.
 */
public interface CatalogueInquiries {

    /**
     * Sends an inquiry; a visitor without an account must have solved the challenge
     * ({@code altcha}), else nothing is stored or sent.
     */
    InquirySent send(long offerId, InquiryInput input);

    /** The inquiries of the caller's PES, the latest first, optionally of one outcome. */
    PageOf<InquiryView> inquiries(InquiryOutcome outcome, Paging paging);

    /** One inquiry of the caller's PES. */
    InquiryView inquiry(long inquiryId);

    /** The caller's PES says what came of an inquiry. */
    InquiryView setOutcome(long inquiryId, InquiryOutcome outcome);

    /** Inquiries of the caller's PES still {@link InquiryOutcome#NEW}. */
    long toAnswer();

    /** ROPS: counts per organisation and outcome of the inquiries received in the period (dates included, either open). */
    InquiryCounts counts(LocalDate from, LocalDate to);
}
