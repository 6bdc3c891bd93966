package pl.koordynator.es.networks.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.networks.NetworkStatus;
import pl.koordynator.es.networks.NetworkTerritory;
import pl.koordynator.es.networks.domain.NetworkService;
import pl.koordynator.es.networks.domain.NetworkView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.territory.Territory;

/**
 * ROPS creates a network and changes it (under {@code /admin}, so ADMIN by the platform's rule).
 * A form with errors comes back with every field as typed and nothing saved; an edit carries the
 * version it started from, and one saved by someone else in between is refused.
 */
@Controller
@RequestMapping("/admin/networks")
class NetworkAdminPages {

    private final NetworkService networks;
    private final NetworkChoices choices;
    private final Territory territory;

    NetworkAdminPages(NetworkService networks, NetworkChoices choices, Territory territory) {
        this.networks = networks;
        this.choices = choices;
        this.territory = territory;
    }

    @GetMapping("/new")
    String form(Model model) {
        return formPage(null, new NetworkForm(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") NetworkForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            NetworkView created = networks.create(form.toInput(picked(form)));
            redirect.addFlashAttribute("message", "networks.admin.created");
            return "redirect:/networks/" + created.id();
        } catch (InvalidInputException problems) {
            FormErrors.add(result, problems);
        }
        return formPage(null, form, model);
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        NetworkView network = networks.get(id);
        return formPage(network, NetworkForm.of(network), model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") NetworkForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            networks.update(id, form.toInput(picked(form)));
            redirect.addFlashAttribute("message", "networks.admin.saved");
            return "redirect:/networks/" + id;
        } catch (InvalidInputException problems) {
            FormErrors.add(result, problems);
        } catch (ConflictException conflict) {
            result.reject(conflict.messageKey());
        }
        return formPage(networks.get(id), form, model);
    }

    private Long picked(NetworkForm form) {
        return choices.picked(form.getCoordinatorId(), form.getCoordinatorName());
    }

    private String formPage(NetworkView network, NetworkForm form, Model model) {
        model.addAttribute("network", network);
        model.addAttribute("form", form);
        model.addAttribute("territories", NetworkTerritory.values());
        model.addAttribute("statuses", NetworkStatus.values());
        model.addAttribute("subregions", territory.subregions());
        choices.addTo(model);
        return "networks/network-form";
    }
}
