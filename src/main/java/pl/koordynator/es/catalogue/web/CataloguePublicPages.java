package pl.koordynator.es.catalogue.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.catalogue.CatalogueInquiries;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.InquirySent;
import pl.koordynator.es.catalogue.OfferSearchResult;
import pl.koordynator.es.catalogue.OfferSort;
import pl.koordynator.es.catalogue.OfferSummary;
import pl.koordynator.es.catalogue.OfferView;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.RateLimited;

/**
 * The public catalogue: the search with its facets, an offer's page and the buyer's inquiry
 * about it. Everything works without JavaScript (GET forms and links that keep the filters); only
 * the inquiry's proof-of-work widget needs it, as on an event's registration form.
 */
@Controller
class CataloguePublicPages {

    private final CatalogueOffers offers;
    private final CatalogueInquiries inquiries;

    CataloguePublicPages(CatalogueOffers offers, CatalogueInquiries inquiries) {
        this.offers = offers;
        this.inquiries = inquiries;
    }

    @GetMapping(CatalogueFilter.PATH)
    @RateLimited("search")
    String search(@ModelAttribute("filter") CatalogueFilter filter, Model model) {
        OfferSearchResult result = offers.search(filter.toSearch());
        model.addAttribute("result", result);
        model.addAttribute("offers", result.offers());
        model.addAttribute("facets", List.of(
                new FacetGroup("category", "catalogue.public.facet.category", filter.links("category", result.categories())),
                new FacetGroup("powiat", "catalogue.public.facet.powiat", filter.links("powiat", result.powiats())),
                new FacetGroup("gmina", "catalogue.public.facet.gmina", filter.links("gmina", result.gminas())),
                new FacetGroup("kind", "catalogue.public.facet.kind", filter.links("kind", result.pesKinds())),
                new FacetGroup("ps", "catalogue.public.facet.ps", filter.links("ps", result.socialEnterprise())),
                new FacetGroup("marked", "catalogue.public.facet.marked", filter.links("marked", result.marked()))));
        model.addAttribute("sorts", OfferSort.values());
        model.addAttribute("filtered", filter.filtered());
        model.addAttribute("chosen", filter.chosen());
        model.addAttribute("withoutFilters", filter.withoutFilters());
        model.addAttribute("withoutWords", filter.with("q", null));
        return "catalogue/public/search";
    }

    @GetMapping("/katalog/oferty/{id:\\d+}")
    String offer(@PathVariable long id, @RequestParam(name = "wyslano", required = false) String sent, Model model,
            CsrfToken csrf) {
        csrf.getToken();
        OfferView offer = offers.offer(id);
        if (sent == null) {
            offers.recordView(id);
        }
        model.addAttribute("sent", sent != null);
        if (!model.containsAttribute("inquiry")) {
            model.addAttribute("inquiry", new InquiryForm());
        }
        return offerPage(offer, model);
    }

    @PostMapping("/katalog/oferty/{id:\\d+}/zapytanie")
    @RateLimited("inquiries")
    String inquire(@PathVariable long id, @ModelAttribute("inquiry") InquiryForm form, BindingResult result,
            Locale locale, Model model, CsrfToken csrf) {
        csrf.getToken();
        if (!result.hasErrors()) {
            String view = FormErrors.saved(result, problems -> problems, () -> {
                InquirySent sent = inquiries.send(id, form.toInput());
                return "redirect:/katalog/oferty/" + sent.offerId() + "?wyslano=1";
            });
            if (view != null) {
                return view;
            }
        }
        model.addAttribute("sent", false);
        return offerPage(offers.offer(id), model);
    }

    private String offerPage(OfferView offer, Model model) {
        model.addAttribute("offer", offer);
        model.addAttribute("paragraphs", offer.description() == null ? List.of()
                : Arrays.stream(offer.description().split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                        .toList());
        List<OfferSummary> others = offers.publishedOf(offer.organisationId()).stream()
                .filter(other -> other.id() != offer.id()).toList();
        model.addAttribute("otherOffers", others);
        return "catalogue/public/offer";
    }

    /** A facet of the search: its values as links ({@code id}: the address parameter it sets). */
    record FacetGroup(String id, String labelKey, List<CatalogueFilter.FacetLink> links) {

        /** A long facet (the gminas) starts folded unless one of its values is chosen. */
        public boolean open() {
            return links.size() <= 8 || links.stream().anyMatch(CatalogueFilter.FacetLink::selected);
        }
    }
}
