package pl.koordynator.es.reintegration.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.reintegration.FreePlaces;
import pl.koordynator.es.reintegration.ReferralPartyKind;
import pl.koordynator.es.reintegration.ReferralView;
import pl.koordynator.es.reintegration.ReintegrationCapacity;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;

/**
 * The places of the units: a unit's own form (its PES users go straight to it, ROPS picks a unit first)
 * and the public page of free places by powiat, for an OPS or PUP worker looking for a place.
 */
@Controller
class CapacityPages {

    private static final String STALE = "problem.concurrentEdit";

    private final ReintegrationCapacity capacity;
    private final UserAccounts users;
    private final Territory territory;

    CapacityPages(ReintegrationCapacity capacity, UserAccounts users, Territory territory) {
        this.capacity = capacity;
        this.users = users;
        this.territory = territory;
    }

    @GetMapping("/reintegracja/miejsca")
    String own(@RequestParam(required = false) Long organisationId, Model model) {
        if (organisationId != null) {
            return "redirect:/reintegracja/miejsca/" + organisationId;
        }
        List<ReferralView.Party> units = capacity.editableUnits();
        var caller = users.caller();
        if (!caller.admin() && units.size() == 1) {
            return "redirect:/reintegracja/miejsca/" + units.get(0).id();
        }
        model.addAttribute("units", units);
        model.addAttribute("picker", caller.admin());
        return "reintegration/capacity-units";
    }

    @GetMapping("/reintegracja/miejsca/{organisationId:\\d+}")
    String form(@PathVariable long organisationId, Model model) {
        ReferralView.Party unit = capacity.requireEditable(organisationId);
        CapacityForm form = capacity.find(organisationId).map(CapacityForm::of).orElseGet(CapacityForm::first);
        return form(unit, form, model);
    }

    @PostMapping("/reintegracja/miejsca/{organisationId:\\d+}")
    String save(@PathVariable long organisationId, @ModelAttribute("form") CapacityForm form, BindingResult result,
            @RequestParam(required = false) String addLine, @RequestParam(required = false) Integer removeLine,
            Model model, RedirectAttributes redirect) {
        ReferralView.Party unit = capacity.requireEditable(organisationId);
        if (addLine != null) {
            form.addLine();
            return form(unit, form, model);
        }
        if (removeLine != null) {
            form.removeLine(removeLine);
            return form(unit, form, model);
        }
        String next = FormErrors.saved(result, problems -> problems, () -> {
            capacity.save(organisationId, form.toInput());
            redirect.addFlashAttribute("message", "reintegration.capacity.saved");
            return "redirect:/reintegracja/miejsca/" + organisationId;
        });
        return next != null ? next : form(unit, form, model);
    }

    private String form(ReferralView.Party unit, CapacityForm form, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("current", capacity.find(unit.id()).orElse(null));
        model.addAttribute("maxLines", pl.koordynator.es.reintegration.CapacityInput.MAX_LINES);
        return "reintegration/capacity";
    }

    @GetMapping("/reintegracja/wolne-miejsca")
    String freePlaces(@RequestParam(required = false) String powiat, @RequestParam(required = false) String kind,
            Model model) {
        List<String> problems = new ArrayList<>();
        ReferralPartyKind chosenKind = null;
        try {
            chosenKind = ReintegrationCapacityApi.kind(kind);
        } catch (InvalidInputException unknown) {
            problems.add("reintegration.capacity.error.kind");
        }
        FreePlaces places;
        String chosenPowiat = powiat == null || powiat.isBlank() ? null : powiat.strip();
        try {
            places = capacity.freePlaces(chosenPowiat, chosenKind);
        } catch (InvalidInputException unknown) {
            unknown.problems().forEach(problem -> problems.add(problem.messageKey()));
            chosenPowiat = null;
            chosenKind = null;
            places = capacity.freePlaces(null, null);
        }
        if (!problems.isEmpty()) {
            chosenPowiat = null;
            chosenKind = null;
            places = capacity.freePlaces(null, null);
        }
        model.addAttribute("places", places);
        model.addAttribute("powiats", territory.units(Level.POWIAT, null));
        model.addAttribute("kinds", java.util.Arrays.stream(ReferralPartyKind.values()).filter(ReferralPartyKind::receives)
                .toList());
        model.addAttribute("chosenPowiat", chosenPowiat);
        model.addAttribute("chosenKind", chosenKind);
        model.addAttribute("filtered", chosenPowiat != null || chosenKind != null);
        model.addAttribute("problems", problems);
        return "reintegration/capacity-free";
    }

}
