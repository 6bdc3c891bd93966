package pl.koordynator.es.publicservices.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.Category;
import pl.koordynator.es.publicservices.Opportunity;
import pl.koordynator.es.publicservices.OpportunityKind;
import pl.koordynator.es.publicservices.PesMatch;
import pl.koordynator.es.publicservices.ProcurementMatching;
import pl.koordynator.es.publicservices.ProcurementView;
import pl.koordynator.es.publicservices.Procurements;
import pl.koordynator.es.publicservices.PublicTaskView;
import pl.koordynator.es.publicservices.PublicTasks;
import pl.koordynator.es.publicservices.domain.MatchingReasonTexts;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The matches of one procurement or call, and "Okazje dla mnie": the open opportunities matching a
 * PES (or the PES an OWES serves) with what the PES answered, its declared capacity and the digest.
 * Every form works without JavaScript.
 */
@Controller
class MatchingPages {

    private final ProcurementMatching matching;
    private final Procurements procurements;
    private final PublicTasks tasks;
    private final CatalogueOffers offers;
    private final MatchingReasonTexts reasons;
    private final UserAccounts users;

    MatchingPages(ProcurementMatching matching, Procurements procurements, PublicTasks tasks, CatalogueOffers offers,
            MatchingReasonTexts reasons, UserAccounts users) {
        this.matching = matching;
        this.procurements = procurements;
        this.tasks = tasks;
        this.offers = offers;
        this.reasons = reasons;
        this.users = users;
    }

    /** A match with its reasons in words. */
    record MatchLine(PesMatch match, List<String> reasons) {
    }

    /** An opportunity with its reasons in words. */
    record OpportunityLine(Opportunity opportunity, List<String> reasons) {

        public String bidValue() {
            Boolean bid = opportunity.bid();
            return bid == null ? "" : bid ? "true" : "false";
        }
    }

    @GetMapping("/zamowienia/{id:\\d+}/dopasowania")
    String procurementMatches(@PathVariable long id, Locale locale, Model model) {
        List<PesMatch> matches = matching.procurementMatches(id);
        ProcurementView procurement = procurements.procurement(id);
        return matches(matches, procurement.title(), procurement.buyerName(), procurement.bidDeadline(),
                "/zamowienia/" + id, locale, model);
    }

    @GetMapping("/zadania-publiczne/{id:\\d+}/dopasowania")
    String taskMatches(@PathVariable long id, Locale locale, Model model) {
        List<PesMatch> matches = matching.publicTaskMatches(id);
        PublicTaskView task = tasks.task(id);
        return matches(matches, task.callTitle(), task.jstName(), task.offerDeadline(), "/zadania-publiczne/" + id,
                locale, model);
    }

    /** The matches page of one opportunity: what it is, by whom, until when, and its matches with reasons. */
    private String matches(List<PesMatch> matches, String title, String buyer, LocalDate deadline, String back,
            Locale locale, Model model) {
        model.addAttribute("opportunityTitle", title);
        model.addAttribute("buyer", buyer);
        model.addAttribute("deadline", deadline);
        model.addAttribute("back", back);
        model.addAttribute("matches", matches.stream()
                .map(match -> new MatchLine(match, reasons.texts(match.reasons(), locale))).toList());
        return "publicservices/matching/matches";
    }

    @GetMapping("/zamowienia/okazje")
    String opportunities(Locale locale, Model model) {
        Caller caller = users.caller();
        MatchingCapacityForm form = caller.pesId() != null
                ? MatchingCapacityForm.of(matching.capacity(caller.pesId())) : null;
        return page(form, locale, model);
    }

    @PostMapping("/zamowienia/okazje/zdolnosci")
    String capacity(@ModelAttribute("form") MatchingCapacityForm form, BindingResult result, Locale locale,
            Model model, RedirectAttributes redirect) {
        Long pes = users.caller().pesId();
        String next = FormErrors.saved(result, problems -> problems, () -> {
            if (pes == null) {
                throw InvalidInputException.of("categories", "publicservices.matching.error.organisation");
            }
            matching.saveCapacity(pes, form.toInput());
            redirect.addFlashAttribute("message", "publicservices.matching.capacity.saved");
            return "redirect:/zamowienia/okazje";
        });
        return next != null ? next : page(form, locale, model);
    }

    @PostMapping("/zamowienia/okazje/oferta")
    String bid(@RequestParam OpportunityKind kind, @RequestParam long id, @RequestParam long organisationId,
            @RequestParam(required = false) String bid, RedirectAttributes redirect) {
        Boolean answer = bid == null || bid.isBlank() ? null : Boolean.valueOf(bid);
        try {
            matching.recordBid(kind, id, organisationId, answer);
            redirect.addFlashAttribute("message", "publicservices.matching.bid.saved");
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("stepError", problems.problems().get(0).messageKey());
        }
        return "redirect:/zamowienia/okazje#opportunity-" + kind + "-" + id + "-" + organisationId;
    }

    @PostMapping("/zamowienia/okazje/powiadomienia")
    String digest(@RequestParam(defaultValue = "false") boolean optedIn, RedirectAttributes redirect) {
        Caller caller = users.caller();
        if (caller.pesId() == null && caller.owesId() == null) {
            // an account not (or no longer) acting for an open PES or OWES has no digest to choose
            redirect.addFlashAttribute("stepError", "publicservices.matching.error.organisation");
            return "redirect:/zamowienia/okazje";
        }
        matching.setDigest(optedIn);
        redirect.addFlashAttribute("message", optedIn ? "publicservices.matching.digest.on"
                : "publicservices.matching.digest.off");
        return "redirect:/zamowienia/okazje";
    }

    private String page(MatchingCapacityForm form, Locale locale, Model model) {
        Caller caller = users.caller();
        model.addAttribute("caller", caller);
        model.addAttribute("opportunities", matching.opportunities().stream()
                .map(o -> new OpportunityLine(o, reasons.texts(o.reasons(), locale))).toList());
        model.addAttribute("owes", caller.owesId() != null);
        model.addAttribute("digest", caller.pesId() != null || caller.owesId() != null ? matching.digest() : null);
        if (form != null) {
            model.addAttribute("form", form);
            List<Category> categories = offers.categories();
            model.addAttribute("topCategories", categories.stream().filter(Category::isTop).toList());
            model.addAttribute("categoryNames", categories);
            model.addAttribute("scopes", AreaScope.values());
        }
        return "publicservices/matching/opportunities";
    }
}
