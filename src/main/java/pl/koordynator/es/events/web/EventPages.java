package pl.koordynator.es.events.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.security.web.csrf.CsrfToken;
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
import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.domain.EventAccess.Caller;
import pl.koordynator.es.events.domain.EventInput;
import pl.koordynator.es.events.domain.EventQuery;
import pl.koordynator.es.events.domain.EventService;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The public calendar (a list of coming or past events, and a month), an event's page with its
 * registration form, and the organiser's form to create and change events.
 */
@Controller
@RequestMapping("/events")
class EventPages {

    private static final int MONTH_LIMIT = 500;

    private final EventService events;
    private final EventChoices choices;
    private final Organisations organisations;
    private final Clock clock;
    private final ZoneId zone;

    EventPages(EventService events, EventChoices choices, Organisations organisations, Clock clock) {
        this.events = events;
        this.choices = choices;
        this.organisations = organisations;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    @GetMapping
    String list(@ModelAttribute("filter") CalendarFilter filter, Model model) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        EventQuery query = filter.pastEvents() ? filter.query(null, now) : filter.query(now, null);
        PageOf<EventView> page = events.search(query, Paging.of(filter.page(), 20), filter.pastEvents());
        model.addAttribute("events", page);
        return calendarPage(filter, "list", model);
    }

    @GetMapping("/calendar")
    String month(@ModelAttribute("filter") CalendarFilter filter, Model model) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = filter.yearMonth(YearMonth.from(today));
        OffsetDateTime from = CalendarMonth.firstShown(month).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = CalendarMonth.lastShown(month).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        List<EventView> found = events.search(filter.query(from, to), new Paging(0, MONTH_LIMIT), false).items();
        model.addAttribute("calendar", CalendarMonth.of(month, found, today, zone));
        return calendarPage(filter, "month", model);
    }

    private String calendarPage(CalendarFilter filter, String view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("caller", events.caller());
        model.addAttribute("organisers", EventChoices.organiserOptions(events.organisers()));
        model.addAttribute("filterParameters", filter.parameters());
        choices.addTo(model);
        return "events/" + view;
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model, CsrfToken csrf) {
        // the registration form needs the token, and a visitor its cookie, before the page streams out
        csrf.getToken();
        EventView event = events.get(id);
        model.addAttribute("registration", new RegistrationForm());
        return detailPage(event, model);
    }

    String detailPage(EventView event, Model model) {
        Caller caller = events.caller();
        OffsetDateTime now = OffsetDateTime.now(clock);
        model.addAttribute("event", event);
        model.addAttribute("caller", caller);
        model.addAttribute("mayManage", caller.mayManage(event));
        model.addAttribute("place", choices.place(event));
        model.addAttribute("registrationOpen", event.registrationOpen(now));
        model.addAttribute("registrationNotYetOpen", event.published() && event.registrationNotYetOpen(now));
        model.addAttribute("over", event.over(now));
        choices.addTo(model);
        return "events/detail";
    }

    @GetMapping("/new")
    String newEvent(Model model) {
        EventForm form = new EventForm();
        return formPage(form, null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") EventForm form, BindingResult result,
            @RequestParam(defaultValue = "DRAFT") String action, Model model, RedirectAttributes redirect) {
        String status = "publish".equals(action) ? EventStatus.PUBLISHED.name() : EventStatus.DRAFT.name();
        if (result.hasErrors()) {
            otherProblems(form.toInput(status), null, result);
        } else {
            try {
                EventView created = events.create(form.toInput(status));
                redirect.addFlashAttribute("message", created.published() ? "events.published" : "events.savedDraft");
                return "redirect:/events/" + created.id();
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            }
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        EventView event = events.managed(id);
        return formPage(EventForm.of(event, zone), event, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") EventForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        EventView event = events.managed(id);
        if (result.hasErrors()) {
            otherProblems(form.toInput(event.status().name()), event.gminaTeryt(), result);
        } else {
            try {
                events.update(id, form.toInput(event.status().name()));
                redirect.addFlashAttribute("message", "events.saved");
                return "redirect:/events/" + id;
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            } catch (ConflictException conflict) {
                result.reject(conflict.messageKey());
            }
        }
        return formPage(form, event, model);
    }

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "events.published", () -> events.publish(id, version));
    }

    @PostMapping("/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "events.cancelledMessage", () -> events.cancel(id, version));
    }

    @PostMapping("/{id:\\d+}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            events.delete(id, version);
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
            return "redirect:/events/" + id;
        }
        redirect.addFlashAttribute("message", "events.deleted");
        return "redirect:/events";
    }

    /** Beside a field that could not be read (a number typed as text), the mistakes of the other fields. */
    private void otherProblems(EventInput input, String previousGmina, BindingResult result) {
        events.problems(input, previousGmina).stream().filter(problem -> !result.hasFieldErrors(problem.field()))
                .forEach(problem -> result.rejectValue(problem.field(), problem.messageKey()));
    }

    private String act(long id, RedirectAttributes redirect, String message, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", message);
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
        }
        return "redirect:/events/" + id;
    }

    private String formPage(EventForm form, EventView event, Model model) {
        Caller caller = events.creator();
        model.addAttribute("form", form);
        model.addAttribute("event", event);
        model.addAttribute("caller", caller);
        if (caller.admin()) {
            model.addAttribute("organiserChoices", organiserChoices());
        } else {
            model.addAttribute("ownOrganiser", organisations.find(caller.ownOrganiser()).map(o -> o.name()).orElse(""));
        }
        choices.addTo(model);
        return "events/form";
    }

    /** ROPS organises itself or names an OWES (or another partner by editing through the API). */
    private Map<String, String> organiserChoices() {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("", EventService.ROPS);
        organisations.ofKind(Kind.OWES).forEach(o -> options.put(String.valueOf(o.id()), o.name()));
        return options;
    }
}
