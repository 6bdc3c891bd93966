package pl.koordynator.es.networks.web;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.networks.domain.NetworkService;
import pl.koordynator.es.networks.domain.NetworksAccess.Viewer;
import pl.koordynator.es.networks.domain.TieConfirmations;
import pl.koordynator.es.networks.domain.TieService;
import pl.koordynator.es.networks.domain.TieView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The ties the caller may read (ROPS and the committee all of them, an OWES those of the PES it
 * serves, a PES or partner its own), declared ones with their state, unconfirmed ones marked as
 * such and confirmable by the other side, derived ones labelled by their source; and the form of
 * a declared tie.
 */
@Controller
@RequestMapping("/networks/ties")
class NetworkTiePages {

    private final TieService ties;
    private final NetworkService networks;
    private final NetworkChoices choices;
    private final TieConfirmations confirmations;

    NetworkTiePages(TieService ties, NetworkService networks, NetworkChoices choices,
            TieConfirmations confirmations) {
        this.ties = ties;
        this.confirmations = confirmations;
        this.networks = networks;
        this.choices = choices;
    }

    @GetMapping
    String list(@ModelAttribute("filter") TieFilter filter, Model model) {
        Viewer viewer = networks.viewer();
        // the menu offers the list to every account; one acting for no organisation has no ties to read
        PageOf<TieView> page = viewer.mayReadTies() ? ties.search(filter.toQuery(choices.currentYear()),
                Paging.of(filter.page(), Paging.DEFAULT_SIZE)) : new PageOf<>(List.of(), 0, Paging.DEFAULT_SIZE, 0);
        model.addAttribute("ties", page);
        model.addAttribute("viewer", viewer);
        model.addAttribute("confirmable", confirmations.confirmable(page.items()));
        model.addAttribute("organisationName", choices.nameOf(filter.organisation()));
        choices.addTo(model);
        return "networks/ties";
    }

    @GetMapping("/new")
    String form(Model model) {
        return formPage(new TieForm(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") TieForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            TieView created = ties.create(form.toInput(
                    choices.picked(form.getFromOrganisationId(), form.getFromOrganisationName()),
                    choices.picked(form.getToOrganisationId(), form.getToOrganisationName())));
            redirect.addFlashAttribute("message", created.confirmed() ? "networks.ties.created"
                    : "networks.ties.createdUnconfirmed");
            return "redirect:/networks/ties";
        } catch (InvalidInputException problems) {
            FormErrors.add(result, problems);
        } catch (ConflictException conflict) {
            result.reject(conflict.messageKey());
        }
        return formPage(form, model);
    }

    @PostMapping("/{id:\\d+}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        try {
            ties.confirm(id);
            redirect.addFlashAttribute("message", "networks.ties.confirmed");
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
        }
        return "redirect:/networks/ties";
    }

    private String formPage(TieForm form, Model model) {
        Viewer viewer = networks.viewer();
        if (!viewer.mayEnterTies()) {
            throw new AccessDeniedException("only ROPS, OWES staff and organisations enter ties");
        }
        model.addAttribute("form", form);
        model.addAttribute("viewer", viewer);
        choices.addTo(model);
        return "networks/tie-form";
    }
}
