package pl.koordynator.es.catalogue.web;

import java.util.List;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.catalogue.CatalogueInquiries;
import pl.koordynator.es.catalogue.InquiryOutcome;
import pl.koordynator.es.catalogue.InquiryView;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;

/**
 * A PES's inquiries from buyers, the newest first, each with the buyer's contact and message,
 * and what came of it (answered, won, lost). Only the PES that got an inquiry reads it; the
 * service enforces that, the URL rules only keep other roles away.
 */
@Controller
@RequestMapping("/zapytania")
class InquiryPages {

    private final CatalogueInquiries inquiries;
    private final UserAccounts users;

    InquiryPages(CatalogueInquiries inquiries, UserAccounts users) {
        this.inquiries = inquiries;
        this.users = users;
    }

    @GetMapping
    String list(@RequestParam(required = false) InquiryOutcome outcome, @RequestParam(required = false) Integer page,
            Model model) {
        Paging paging = Paging.of(page, null);
        // a PES account of no open PES has nobody asking it anything, rather than no right to look
        model.addAttribute("inquiries", users.caller().pesId() == null
                ? new PageOf<InquiryView>(List.of(), paging.page(), paging.size(), 0)
                : inquiries.inquiries(outcome, paging));
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomes", InquiryOutcome.values());
        return "catalogue/pages/inquiries";
    }

    @PostMapping("/{id:\\d+}/wynik")
    String outcome(@PathVariable long id, @RequestParam(required = false) InquiryOutcome outcome,
            RedirectAttributes redirect) {
        try {
            if (users.caller().pesId() == null) {
                throw new NotFoundException("inquiry", id);
            }
            if (outcome == null) {
                throw InvalidInputException.of("outcome", "catalogue.pages.error.choose");
            }
            inquiries.setOutcome(id, outcome);
            redirect.addFlashAttribute("message", "catalogue.pages.inquiries.saved");
        } catch (InvalidInputException problems) {
            OfferPages.flashError(redirect, problems.problems().get(0).messageKey(), problems.problems().get(0).arguments());
        } catch (ConflictException conflict) {
            OfferPages.flashError(redirect, conflict.messageKey(), conflict.arguments());
        }
        return "redirect:/zapytania#inquiry-" + id;
    }
}
