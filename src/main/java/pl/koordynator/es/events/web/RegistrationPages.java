package pl.koordynator.es.events.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.events.domain.EventService;
import pl.koordynator.es.events.domain.RegistrationService;
import pl.koordynator.es.events.domain.RegistrationView;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.web.RateLimited;

/**
 * Registration as the public does it: the form on the event's page, then the person's own page
 * (reached again through the link in their e-mails) with their status and the cancel button.
 */
@Controller
class RegistrationPages {

    private final RegistrationService registrations;
    private final EventService events;
    private final EventPages eventPages;
    private final Organisations organisations;
    private final EventChoices choices;
    private final Clock clock;

    RegistrationPages(RegistrationService registrations, EventService events, EventPages eventPages,
            Organisations organisations, EventChoices choices, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.eventPages = eventPages;
        this.organisations = organisations;
        this.choices = choices;
        this.clock = clock;
    }

    @PostMapping("/events/{id:\\d+}/registrations")
    @RateLimited("registrations")
    String register(@PathVariable long id, @ModelAttribute("registration") RegistrationForm form,
            BindingResult result, Locale locale, Model model, CsrfToken csrf) {
        csrf.getToken();
        if (!result.hasErrors()) {
            try {
                RegistrationView registration = registrations.register(id, form.toInput(), locale);
                return "redirect:/events/registrations/" + registration.token() + "?new";
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            } catch (ConflictException conflict) {
                if ("email".equals(conflict.properties().get("field"))) {
                    result.rejectValue("email", conflict.messageKey());
                } else {
                    result.reject(conflict.messageKey());
                }
            }
        }
        return eventPages.detailPage(events.get(id), model);
    }

    @GetMapping("/events/registrations/{token}")
    String own(@PathVariable String token, @RequestParam(name = "new", required = false) String fresh, Model model,
            CsrfToken csrf) {
        csrf.getToken();
        RegistrationService.Own own = registrations.own(uuid(token))
                .orElseThrow(() -> new NotFoundException("registration", token));
        model.addAttribute("own", own);
        model.addAttribute("fresh", fresh != null);
        model.addAttribute("mayCancel", own.mayCancel(OffsetDateTime.now(clock)));
        model.addAttribute("place", choices.place(own.event()));
        return "events/registration";
    }

    @PostMapping("/events/registrations/{token}/cancel")
    String cancel(@PathVariable String token, RedirectAttributes redirect) {
        try {
            registrations.cancel(uuid(token));
            redirect.addFlashAttribute("message", "events.registration.cancelledMessage");
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
        }
        return "redirect:/events/registrations/" + token;
    }

    /** Organisations of the register whose name contains what was typed, as options of the form's list. */
    @GetMapping("/events/organisations")
    String organisationOptions(@RequestParam(name = "organisationName", required = false) String typed,
            Model model) {
        List<OrganisationView> found = typed == null || typed.strip().length() < 3 ? List.of()
                : organisations.named(typed, 15);
        model.addAttribute("organisations", found);
        return "events/detail :: organisationOptions";
    }

    private static UUID uuid(String token) {
        try {
            return UUID.fromString(token);
        } catch (IllegalArgumentException notAToken) {
            throw new NotFoundException("registration", token);
        }
    }
}
