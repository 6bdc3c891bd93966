package pl.koordynator.es.catalogue.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.OfferQuery;
import pl.koordynator.es.catalogue.OfferStatus;
import pl.koordynator.es.catalogue.OfferView;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PickedOrganisation;

/**
 * The offers a PES writes (an OWES for the PES it serves, ROPS for any): the list with its
 * statuses and the comment of a return, the form, and the steps of the review a writer takes
 * (submit, withdraw). Which offers a caller reaches is the service's decision.
 */
@Controller
@RequestMapping("/oferty")
class OfferPages {

    private final CatalogueOffers offers;
    private final CatalogueChoices choices;
    private final UserAccounts users;

    OfferPages(CatalogueOffers offers, CatalogueChoices choices, UserAccounts users) {
        this.offers = offers;
        this.choices = choices;
        this.users = users;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) OfferStatus status,
            @RequestParam(required = false) Long organisation, @RequestParam(required = false) Integer page,
            Model model) {
        Caller caller = users.caller();
        model.addAttribute("offers", offers.offers(new OfferQuery(status, organisation, blankToNull(q)),
                Paging.of(page, null)));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("organisation", organisation);
        model.addAttribute("caller", caller);
        choices.addListChoicesTo(model, caller);
        return "catalogue/pages/offers";
    }

    /** The suggestions of ROPS's PES picker (static/js/combobox.js). */
    @GetMapping("/podmioty")
    String pes(@RequestParam(name = "q", defaultValue = "") String text, Model model) {
        model.addAttribute("options", choices.pesNamed(text));
        return "fragments/combobox :: options";
    }

    @GetMapping("/nowa")
    String newOffer(Model model) {
        return form(null, new OfferForm(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") OfferForm form, BindingResult result,
            @RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
        String next = FormErrors.saved(result, form::onFields, () -> {
            OfferView created = offers.create(form.toInput(organisationOf(form)));
            return afterSaving(created, action, redirect);
        });
        return next != null ? next : form(null, form, model);
    }

    @GetMapping("/{id:\\d+}")
    String offer(@PathVariable long id, Model model) {
        OfferView offer = offers.offer(id);
        model.addAttribute("offer", offer);
        model.addAttribute("history", offers.history(id));
        model.addAttribute("caller", users.caller());
        return "catalogue/pages/offer";
    }

    @GetMapping("/{id:\\d+}/edytuj")
    String edit(@PathVariable long id, Model model) {
        OfferView offer = offers.offer(id);
        return form(offer, OfferForm.of(offer), model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") OfferForm form, BindingResult result,
            @RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
        OfferView offer = offers.offer(id);
        String next = FormErrors.saved(result, form::onFields, () -> {
            // the PES stays the offer's: the form does not move an offer to another organisation
            OfferView saved = offers.update(id, form.getVersion(), form.toInput(offer.organisationId()));
            return afterSaving(saved, action, redirect);
        });
        return next != null ? next : form(offer, form, model);
    }

    @PostMapping("/{id:\\d+}/zglos")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "catalogue.pages.offer.submitted", () -> offers.submit(id));
    }

    @PostMapping("/{id:\\d+}/wycofaj")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "catalogue.pages.offer.withdrawn", () -> offers.withdraw(id));
    }

    /** "Submit for review" saves first, so that what is reviewed is what the writer sees. */
    private String afterSaving(OfferView saved, String action, RedirectAttributes redirect) {
        if ("submit".equals(action) && saved.status() != OfferStatus.IN_REVIEW
                && saved.status() != OfferStatus.PUBLISHED) {
            return step(saved.id(), redirect, "catalogue.pages.offer.submitted", () -> offers.submit(saved.id()));
        }
        redirect.addFlashAttribute("message", saved.status() == OfferStatus.IN_REVIEW && !"submit".equals(action)
                ? "catalogue.pages.offer.savedToReview" : "catalogue.pages.offer.saved");
        return "redirect:/oferty/" + saved.id();
    }

    /** The PES the offer is written for: the caller's own, the one an OWES chose, the one ROPS picked. */
    private Long organisationOf(OfferForm form) {
        Caller caller = users.caller();
        if (caller.pesId() != null) {
            return caller.pesId();
        }
        Long chosen = caller.admin() ? choices.picked(form.getOrganisationId(), form.getOrganisationName())
                : form.getOrganisationId();
        if (chosen == null || chosen == PickedOrganisation.NO_MATCH) {
            throw InvalidInputException.of("organisationId", "catalogue.pages.error.organisation");
        }
        return chosen;
    }

    private String form(OfferView offer, OfferForm form, Model model) {
        Caller caller = users.caller();
        if (form.getOrganisationName() == null && form.getOrganisationId() != null) {
            form.setOrganisationName(choices.nameOf(form.getOrganisationId()));
        }
        model.addAttribute("offer", offer);
        model.addAttribute("form", form);
        model.addAttribute("caller", caller);
        choices.addFormChoicesTo(model, caller);
        return "catalogue/pages/offer-form";
    }

    /** A step of the offer's page; a refusal is flashed as a message key, nothing having changed. */
    static String step(long id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("message", done);
        } catch (InvalidInputException problems) {
            flashError(redirect, problems.problems().get(0).messageKey(), problems.problems().get(0).arguments());
        } catch (ConflictException conflict) {
            flashError(redirect, conflict.messageKey(), conflict.arguments());
        }
        return "redirect:/oferty/" + id;
    }

    /** Flash attributes live in the shared (JDBC) session: plain strings only. */
    static void flashError(RedirectAttributes redirect, String key, Object[] arguments) {
        redirect.addFlashAttribute("stepError", key);
        redirect.addFlashAttribute("stepErrorArguments", arguments == null ? new String[0]
                : java.util.Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
