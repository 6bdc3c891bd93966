package pl.koordynator.es.catalogue.domain;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.catalogue.CatalogueInquiries;
import pl.koordynator.es.catalogue.InquiryCounts;
import pl.koordynator.es.catalogue.InquiryInput;
import pl.koordynator.es.catalogue.InquiryOutcome;
import pl.koordynator.es.catalogue.InquirySent;
import pl.koordynator.es.catalogue.InquiryView;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Buyers' inquiries: sending through the outbox, the PES's inbox and outcomes, counts for ROPS. */
@Service
@Transactional
public class InquiryService implements CatalogueInquiries {

    @Override
    public InquirySent send(long offerId, InquiryInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public PageOf<InquiryView> inquiries(InquiryOutcome outcome, Paging paging) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public InquiryView inquiry(long inquiryId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public InquiryView setOutcome(long inquiryId, InquiryOutcome outcome) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public long toAnswer() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public InquiryCounts counts(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("not yet");
    }
}
