package pl.koordynator.es.catalogue.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.catalogue.CatalogueInquiries;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.FacetCount;
import pl.koordynator.es.catalogue.InquiryInput;
import pl.koordynator.es.catalogue.InquirySent;
import pl.koordynator.es.catalogue.OfferInput;
import pl.koordynator.es.catalogue.OfferQuery;
import pl.koordynator.es.catalogue.OfferSearch;
import pl.koordynator.es.catalogue.OfferSearchResult;
import pl.koordynator.es.catalogue.OfferSort;
import pl.koordynator.es.catalogue.OfferStatus;
import pl.koordynator.es.catalogue.OfferSummary;
import pl.koordynator.es.catalogue.OfferView;
import pl.koordynator.es.catalogue.ReviewEntry;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.RateLimited;

/**
 * Offers over HTTP. Anyone searches the catalogue and reads published offers, and sends an
 * inquiry (a visitor with the solved challenge, at most so many a minute from one address); the
 * PES, its OWES and ROPS write offers; ROPS and the serving OWES publish or return them.
 */
@RestController
@RequestMapping("/api/v1/catalogue/offers")
class OfferApi {

    private final CatalogueOffers offers;
    private final CatalogueInquiries inquiries;

    OfferApi(CatalogueOffers offers, CatalogueInquiries inquiries) {
        this.offers = offers;
        this.inquiries = inquiries;
    }

    /** A page of the search and its facets. */
    record SearchAnswer(ApiPage<OfferSummary> offers, Facets facets) {
    }

    record Facets(List<FacetCount> categories, List<FacetCount> powiats, List<FacetCount> gminas,
            List<FacetCount> pesKinds, List<FacetCount> socialEnterprise, List<FacetCount> marked) {
    }

    record Comment(String comment) {
    }

    @GetMapping
    @RateLimited("search")
    SearchAnswer search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String gminaTeryt, @RequestParam(required = false) String powiatTeryt,
            @RequestParam(required = false) Kind pesKind, @RequestParam(required = false) Boolean socialEnterprise,
            @RequestParam(required = false) Boolean marked, @RequestParam(required = false) OfferSort sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        OfferSearchResult result = offers.search(new OfferSearch(q, category, gminaTeryt, powiatTeryt, pesKind,
                socialEnterprise, marked, sort, page, size));
        return new SearchAnswer(ApiPage.of(result.offers()), new Facets(result.categories(), result.powiats(),
                result.gminas(), result.pesKinds(), result.socialEnterprise(), result.marked()));
    }

    /** The offers the caller writes or reviews (a PES its own, an OWES those of the PES it serves, ROPS all). */
    @GetMapping("/own")
    ApiPage<OfferSummary> own(@RequestParam(required = false) OfferStatus status,
            @RequestParam(required = false) Long organisationId, @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.of(offers.offers(new OfferQuery(status, organisationId, text), Paging.of(page, size)));
    }

    @GetMapping("/review-queue")
    ApiPage<OfferSummary> reviewQueue(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ApiPage.of(offers.reviewQueue(Paging.of(page, size)));
    }

    @GetMapping("/{id:\\d+}")
    OfferView offer(@PathVariable long id) {
        return offers.offer(id);
    }

    @GetMapping("/{id:\\d+}/history")
    List<ReviewEntry> history(@PathVariable long id) {
        return offers.history(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OfferView> create(@Valid @RequestBody OfferInput input, UriComponentsBuilder uri) {
        OfferView created = offers.create(input);
        return ResponseEntity.created(uri.path("/api/v1/catalogue/offers/{id}").build(created.id())).body(created);
    }

    /** {@code version}: the version the editor read; a newer stored one is a conflict. */
    @PutMapping("/{id:\\d+}")
    OfferView update(@PathVariable long id, @RequestParam long version, @Valid @RequestBody OfferInput input) {
        return offers.update(id, version, input);
    }

    @PostMapping("/{id:\\d+}/submit")
    OfferView submit(@PathVariable long id) {
        return offers.submit(id);
    }

    @PostMapping("/{id:\\d+}/publish")
    OfferView publish(@PathVariable long id) {
        return offers.publish(id);
    }

    @PostMapping("/{id:\\d+}/return")
    OfferView returnForChanges(@PathVariable long id, @RequestBody Comment comment) {
        return offers.returnForChanges(id, comment.comment());
    }

    @PostMapping("/{id:\\d+}/withdraw")
    OfferView withdraw(@PathVariable long id) {
        return offers.withdraw(id);
    }

    @PostMapping("/{id:\\d+}/inquiries")
    @ResponseStatus(HttpStatus.CREATED)
    @RateLimited("inquiries")
    ResponseEntity<InquirySent> inquire(@PathVariable long id, @RequestBody InquiryInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(inquiries.send(id, input));
    }
}
