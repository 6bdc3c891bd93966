package pl.koordynator.es.events.web;

import java.text.NumberFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.events.domain.EvaluationService;
import pl.koordynator.es.events.domain.EvaluationSummary;
import pl.koordynator.es.events.domain.EvaluationTicket;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The post-event evaluation: the participant's form behind their personal link (no account
 * needed) and the organiser's summary of the answers.
 */
@Controller
class EvaluationPages {

    private static final List<String> RATINGS = List.of("overall", "usefulness", "organisation");

    private final EvaluationService evaluations;

    EvaluationPages(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/events/registrations/{token}/evaluation")
    String form(@PathVariable UUID token, Model model, CsrfToken csrf) {
        // the attendee has no session: the token's cookie must be set before the page streams out
        csrf.getToken();
        return formPage(token, evaluations.ticket(token), new EvaluationForm(), model);
    }

    @PostMapping("/events/registrations/{token}/evaluation")
    String submit(@PathVariable UUID token, @ModelAttribute("form") EvaluationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        EvaluationTicket ticket = evaluations.ticket(token);
        if (!result.hasErrors()) {
            try {
                evaluations.submit(token, form.toInput());
                redirect.addFlashAttribute("message", "participants.evaluation.thanks");
                return "redirect:/events/registrations/" + token + "/evaluation";
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            } catch (ConflictException refused) {
                // not open (any more): the page says why, from the state of the link as it is now
                ticket = evaluations.ticket(token);
            }
        }
        return formPage(token, ticket, form, model);
    }

    @GetMapping("/events/{id:\\d+}/evaluation")
    String summary(@PathVariable long id, Model model) {
        EvaluationSummary summary = evaluations.summary(id);
        NumberFormat number = NumberFormat.getNumberInstance(Locale.forLanguageTag("pl-PL"));
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        model.addAttribute("summary", summary);
        model.addAttribute("event", summary.event());
        model.addAttribute("means", summary.ratings().stream()
                .map(r -> r.mean() == null ? "–" : number.format(r.mean())).toList());
        model.addAttribute("grades", List.of(1, 2, 3, 4, 5));
        return "events/evaluation-summary";
    }

    private String formPage(UUID token, EvaluationTicket ticket, EvaluationForm form, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("ticket", ticket);
        model.addAttribute("event", ticket.event());
        model.addAttribute("form", form);
        model.addAttribute("ratings", RATINGS);
        model.addAttribute("grades", List.of(1, 2, 3, 4, 5));
        return "events/evaluation";
    }
}
