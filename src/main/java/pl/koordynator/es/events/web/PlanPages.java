package pl.koordynator.es.events.web;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.domain.ActivityPlan;
import pl.koordynator.es.events.domain.CoverageGmina;
import pl.koordynator.es.events.domain.CoverageReport;
import pl.koordynator.es.events.domain.PlanQuery;
import pl.koordynator.es.events.domain.PlanView;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;

/**
 * The shared activity plan of the OWES and ROPS (powiat × month, the events by month, possible
 * duplicates) and the coverage view of gminas nobody has reached in the last 12 months.
 */
@Controller
@RequestMapping("/events/plan")
class PlanPages {

    private static final DateTimeFormatter COLUMN = DateTimeFormatter.ofPattern("MM.yyyy");

    private final ActivityPlan plan;
    private final Territory territory;
    private final MessageSource messages;

    PlanPages(ActivityPlan plan, Territory territory, MessageSource messages) {
        this.plan = plan;
        this.territory = territory;
        this.messages = messages;
    }

    @GetMapping
    String plan(@RequestParam(required = false) String from, @RequestParam(required = false) String months,
            @RequestParam(required = false) String organiser, @RequestParam(required = false) String type,
            @RequestParam(required = false) String powiat, Model model) {
        PlanQuery query;
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            query = PlanQuery.parse(from, months, organiser, type, powiat, plan.thisMonth());
        } catch (InvalidInputException invalid) {
            // a mistyped filter: say beside the field what was wrong and use its default, keeping the others
            invalid.problems().forEach(problem -> errors.put(problem.field(), problem.messageKey()));
            query = PlanQuery.parse(errors.containsKey("from") ? null : from,
                    errors.containsKey("months") ? null : months, errors.containsKey("organiser") ? null : organiser,
                    errors.containsKey("type") ? null : type, errors.containsKey("powiat") ? null : powiat,
                    plan.thisMonth());
        }
        PlanView view = plan.plan(query);
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter heading = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        Map<YearMonth, String> monthNames = new LinkedHashMap<>();
        Map<YearMonth, String> columnNames = new LinkedHashMap<>();
        view.months().forEach(month -> {
            String name = heading.format(month);
            monthNames.put(month, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
            columnNames.put(month, COLUMN.format(month));
        });
        Map<String, List<Cell>> cells = new LinkedHashMap<>();
        for (PlanView.PlanRow row : view.rows()) {
            List<Cell> line = new java.util.ArrayList<>();
            for (int i = 0; i < view.months().size(); i++) {
                YearMonth month = view.months().get(i);
                long count = row.counts().get(i);
                String label = messages.getMessage("activityplan.matrix.cell", new Object[] {count,
                        row.name() != null ? row.name() : messages.getMessage("activityplan.online", null, locale),
                        monthNames.get(month)}, locale);
                line.add(new Cell(count, filtered(view.query(), month, row.key()), label));
            }
            cells.put(row.key(), line);
        }
        model.addAttribute("view", view);
        model.addAttribute("query", view.query());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", new Typed(errors.containsKey("from") ? from : view.query().from().toString(),
                errors.containsKey("months") ? months : String.valueOf(view.query().months())));
        model.addAttribute("monthNames", monthNames);
        model.addAttribute("columns", view.months().stream()
                .map(month -> new Column(monthNames.get(month), columnNames.get(month))).toList());
        model.addAttribute("cells", cells);
        model.addAttribute("types", EventType.values());
        model.addAttribute("powiats", territory.units(Level.POWIAT, null));
        model.addAttribute("maxMonths", PlanQuery.MAX_MONTHS);
        return "events/plan";
    }

    @GetMapping("/coverage")
    String coverage(Model model) {
        CoverageReport report = plan.coverage();
        model.addAttribute("report", report);
        model.addAttribute("powiats", report.byPowiat());
        // two gminas of a powiat may share a name (a town and the rural gmina around it)
        Map<String, String> gminaTypes = new LinkedHashMap<>();
        territory.units(Level.GMINA, null).stream().filter(unit -> unit.type() != null)
                .forEach(unit -> gminaTypes.put(unit.teryt(), unit.type().name()));
        model.addAttribute("gminaTypes", gminaTypes);
        return "events/coverage";
    }

    @GetMapping("/coverage.csv")
    void coverageCsv(HttpServletResponse response) throws IOException {
        CoverageReport report = plan.coverage();
        Downloads.csv(response, "gminy-aktywnosc-" + report.to() + ".csv", new Table<CoverageGmina>("gminy")
                .column(column("teryt"), CoverageGmina::teryt)
                .column(column("gmina"), CoverageGmina::name)
                .column(column("powiat_teryt"), CoverageGmina::powiatTeryt)
                .column(column("powiat"), CoverageGmina::powiatName)
                .column(column("events"), CoverageGmina::events)
                .column(column("other_activities"), CoverageGmina::otherActivities)
                .rows(report.gminas()));
    }

    private String column(String name) {
        return messages.getMessage("activityplan.csv." + name, null, LocaleContextHolder.getLocale());
    }

    /** The plan narrowed to one cell of the matrix, keeping the organiser and type filters. */
    private static String filtered(PlanQuery query, YearMonth month, String powiat) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/events/plan")
                .queryParam("from", month.toString()).queryParam("months", 1).queryParam("powiat", powiat);
        if (query.organiser() != null) {
            link.queryParam("organiser", query.organiser());
        }
        if (query.type() != null) {
            link.queryParam("type", query.type().name());
        }
        return link.fragment("events").build().toUriString();
    }

    /** A month column of the matrix: its full name and its short heading. */
    record Column(String name, String column) {
    }

    /** A cell of the matrix: the count, the list it leads to and what a screen reader says of it. */
    record Cell(long count, String link, String label) {
    }

    /** The range fields as the user typed them, shown again beside their error. */
    record Typed(String from, String months) {
    }

}
