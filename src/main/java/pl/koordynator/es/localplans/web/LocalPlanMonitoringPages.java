package pl.koordynator.es.localplans.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.localplans.LocalPlanMonitoring;
import pl.koordynator.es.localplans.PlanMonitoring;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * A local plan's monitoring page: the year's indicators against their targets with the programme's
 * trajectory status, the form of the values of entered indicators and the JST's yearly note. Both forms
 * work without JavaScript; a refused form comes back with the problems beside its fields and nothing saved.
 */
@Controller
class LocalPlanMonitoringPages {

    private static final Pattern VALUE_FIELD = Pattern.compile("values\\[(\\d+)]");
    static final String PREFIX = "localplans.monitoring.";

    private final LocalPlanMonitoring monitoring;
    private final MessageSource messages;

    LocalPlanMonitoringPages(LocalPlanMonitoring monitoring, MessageSource messages) {
        this.monitoring = monitoring;
        this.messages = messages;
    }

    @GetMapping("/plany-lokalne/{id:\\d+}/monitoring")
    String page(@PathVariable long id, @RequestParam(name = "rok", required = false) Integer year, Model model) {
        return show(monitoring.monitoring(id, year), Map.of(), new LinkedHashMap<>(), new ArrayList<>(), null, null,
                new ArrayList<>(), model);
    }

    /** The values of the year's entered indicators; a blank field leaves its value as it is. */
    @PostMapping("/plany-lokalne/{id:\\d+}/monitoring/wartosci")
    String values(@PathVariable long id, @RequestParam(name = "rok") int year,
            @RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        Map<Long, String> typed = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            Matcher field = VALUE_FIELD.matcher(name);
            if (field.matches()) {
                typed.put(Long.parseLong(field.group(1)), value == null ? "" : value.strip());
            }
        });
        Map<Long, String> valueErrors = new LinkedHashMap<>();
        List<String> globalErrors = new ArrayList<>();
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        typed.forEach((indicatorId, text) -> {
            if (!text.isEmpty()) {
                BigDecimal value = number(text);
                if (value == null) {
                    valueErrors.put(indicatorId, message(PREFIX + "value.notNumber"));
                } else {
                    values.put(indicatorId, value);
                }
            }
        });
        if (valueErrors.isEmpty() && values.isEmpty()) {
            globalErrors.add(message(PREFIX + "value.none"));
        }
        if (valueErrors.isEmpty() && globalErrors.isEmpty()) {
            try {
                monitoring.enterValues(id, year, values);
                redirect.addFlashAttribute("monitoringMessage", PREFIX + "values.saved");
                return "redirect:/plany-lokalne/" + id + "/monitoring?rok=" + year;
            } catch (InvalidInputException problems) {
                problems.problems().forEach(problem -> {
                    Matcher field = VALUE_FIELD.matcher(problem.field());
                    String text = message(problem.messageKey(), problem.arguments());
                    if (field.matches()) {
                        valueErrors.put(Long.parseLong(field.group(1)), text);
                    } else {
                        globalErrors.add(text);
                    }
                });
            } catch (ConflictException refusal) {
                globalErrors.add(message(refusal.messageKey(), refusal.arguments()));
            }
        }
        return show(shown(id, year), valueErrors, typed, globalErrors, null, null, new ArrayList<>(), model);
    }

    @PostMapping("/plany-lokalne/{id:\\d+}/monitoring/notatka")
    String note(@PathVariable long id, @RequestParam(name = "rok") int year,
            @RequestParam(name = "text", defaultValue = "") String text,
            @RequestParam(name = "version", required = false) Long version, Model model, RedirectAttributes redirect) {
        List<String> noteErrors = new ArrayList<>();
        try {
            monitoring.saveNote(id, year, text, version);
            redirect.addFlashAttribute("monitoringMessage", PREFIX + "note.saved");
            return "redirect:/plany-lokalne/" + id + "/monitoring?rok=" + year;
        } catch (InvalidInputException problems) {
            problems.problems().forEach(problem -> noteErrors.add(message(problem.messageKey(), problem.arguments())));
        } catch (ConflictException refusal) {
            noteErrors.add(message(refusal.messageKey(), refusal.arguments()));
        }
        return show(shown(id, year), Map.of(), new LinkedHashMap<>(), new ArrayList<>(), text, version, noteErrors,
                model);
    }

    /** The year a refused form was for, or the plan's current year when that year was the problem. */
    private PlanMonitoring shown(long id, int year) {
        try {
            return monitoring.monitoring(id, year);
        } catch (InvalidInputException yearOutsideThePlan) {
            return monitoring.monitoring(id, null);
        }
    }

    private String show(PlanMonitoring plan, Map<Long, String> valueErrors, Map<Long, String> typedValues,
            List<String> valueGlobalErrors, String noteText, Long noteVersion, List<String> noteErrors, Model model) {
        model.addAttribute("monitoring", plan);
        model.addAttribute("valueErrors", valueErrors);
        model.addAttribute("typedValues", typedValues);
        model.addAttribute("valueGlobalErrors", valueGlobalErrors);
        List<PlanMonitoring.IndicatorStatus> entered = plan.indicators().stream()
                .filter(indicator -> indicator.source() == pl.koordynator.es.localplans.IndicatorSource.ENTERED)
                .toList();
        model.addAttribute("enteredIndicators", entered);
        // the error summary names each indicator, as several share the field's words
        Map<Long, String> labels = new LinkedHashMap<>();
        entered.forEach(indicator -> labels.put(indicator.indicatorId(), indicator.number() + ". " + indicator.name()));
        model.addAttribute("indicatorLabels", labels);
        boolean noteRefused = !noteErrors.isEmpty();
        model.addAttribute("noteText", noteRefused ? noteText : plan.note() == null ? "" : plan.note().text());
        model.addAttribute("noteVersion", noteRefused ? noteVersion
                : plan.note() == null ? null : plan.note().version());
        model.addAttribute("noteErrors", noteErrors);
        return "localplans/monitoring";
    }

    /** A number as people type it here: a comma or a point, spaces between thousands. */
    static BigDecimal number(String text) {
        String plain = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.');
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
