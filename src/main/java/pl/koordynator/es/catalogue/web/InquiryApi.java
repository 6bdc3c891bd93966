package pl.koordynator.es.catalogue.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.catalogue.CatalogueInquiries;
import pl.koordynator.es.catalogue.InquiryCounts;
import pl.koordynator.es.catalogue.InquiryOutcome;
import pl.koordynator.es.catalogue.InquiryView;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;

/** The inquiries a PES got and what came of them; ROPS reads their counts only. */
@RestController
@RequestMapping("/api/v1/catalogue/inquiries")
class InquiryApi {

    private final CatalogueInquiries inquiries;

    InquiryApi(CatalogueInquiries inquiries) {
        this.inquiries = inquiries;
    }

    record Outcome(InquiryOutcome outcome) {
    }

    @GetMapping
    ApiPage<InquiryView> inquiries(@RequestParam(required = false) InquiryOutcome outcome,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.of(inquiries.inquiries(outcome, Paging.of(page, size)));
    }

    @GetMapping("/{id:\\d+}")
    InquiryView inquiry(@PathVariable long id) {
        return inquiries.inquiry(id);
    }

    @PutMapping("/{id:\\d+}/outcome")
    InquiryView outcome(@PathVariable long id, @RequestBody Outcome outcome) {
        return inquiries.setOutcome(id, outcome.outcome());
    }

    /** Counts per organisation and outcome of the inquiries received from {@code from} to {@code to} (ISO dates). */
    @GetMapping("/counts")
    InquiryCounts counts(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return inquiries.counts(from, to);
    }
}
