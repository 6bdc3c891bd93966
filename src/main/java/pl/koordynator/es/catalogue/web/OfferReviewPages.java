package pl.koordynator.es.catalogue.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;

/**
 * The review queue of ROPS (every offer sent for review) and of an OWES (those of the PES it
 * serves), the oldest first: the reviewer opens an offer on its page, publishes it or returns it
 * with a comment the PES then sees on its offer and in its list.
 */
@Controller
@RequestMapping("/oferty/do-akceptacji")
class OfferReviewPages {

    private final CatalogueOffers offers;

    OfferReviewPages(CatalogueOffers offers) {
        this.offers = offers;
    }

    @GetMapping
    String queue(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("offers", offers.reviewQueue(Paging.of(page, null)));
        return "catalogue/pages/review";
    }

    @PostMapping("/{id:\\d+}/opublikuj")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            offers.publish(id);
            redirect.addFlashAttribute("message", "catalogue.pages.review.published");
            return "redirect:/oferty/do-akceptacji";
        } catch (InvalidInputException problems) {
            OfferPages.flashError(redirect, problems.problems().get(0).messageKey(), problems.problems().get(0).arguments());
        } catch (ConflictException conflict) {
            OfferPages.flashError(redirect, conflict.messageKey(), conflict.arguments());
        }
        return "redirect:/oferty/" + id + "#review";
    }

    @PostMapping("/{id:\\d+}/zwroc")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        try {
            offers.returnForChanges(id, comment == null || comment.isBlank() ? null : comment.strip());
            redirect.addFlashAttribute("message", "catalogue.pages.review.returned");
            return "redirect:/oferty/do-akceptacji";
        } catch (InvalidInputException problems) {
            OfferPages.flashError(redirect, problems.problems().get(0).messageKey(), problems.problems().get(0).arguments());
        } catch (ConflictException conflict) {
            OfferPages.flashError(redirect, conflict.messageKey(), conflict.arguments());
        }
        return "redirect:/oferty/" + id + "#review";
    }
}
