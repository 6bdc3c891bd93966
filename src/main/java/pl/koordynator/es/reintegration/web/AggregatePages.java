package pl.koordynator.es.reintegration.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.reintegration.AggregateLevel;
import pl.koordynator.es.reintegration.AggregateTable;
import pl.koordynator.es.reintegration.AggregateTable.Area;
import pl.koordynator.es.reintegration.AggregateTable.Cell;
import pl.koordynator.es.reintegration.CooperationMap;
import pl.koordynator.es.reintegration.ExitOutcome;
import pl.koordynator.es.reintegration.ReintegrationAggregates;
import pl.koordynator.es.reintegration.domain.ReintegrationAccess;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics of referrals ({@code /reintegracja/statystyki}: a GET form of year, quarter and level; the
 * measures per area, the outcomes and the flows between kinds of institutions of the region or one area; the
 * same tables as CSV and XLSX) and the cooperation map ({@code /reintegracja/wspolpraca}: powiats coloured by
 * their pairs of cooperating institutions, drawn by /js/reintegration-cooperation.js, with the same figures in
 * a table). Every figure comes suppressed from {@link ReintegrationAggregates}; nothing here counts.
 */
@Controller("reintegrationAggregatePages")
class AggregatePages {

    private final ReintegrationAggregates aggregates;
    private final ReintegrationAccess access;
    private final Territory territory;
    private final MessageSource messages;
    private final JsonMapper json;
    private final String tilesUrl;

    AggregatePages(ReintegrationAggregates aggregates, ReintegrationAccess access, Territory territory,
            MessageSource messages, JsonMapper json,
            @Value("${koordynator.map.tiles-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tilesUrl) {
        this.aggregates = aggregates;
        this.access = access;
        this.territory = territory;
        this.messages = messages;
        this.json = json;
        this.tilesUrl = tilesUrl;
    }

    /** What the form asked, read leniently: a bad field is a problem shown above the form and its default used. */
    private record Question(int year, Integer quarter, AggregateLevel level, List<String> problems) {
    }

    private Question question(String year, String quarter, String level) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> problems = new ArrayList<>();
        int chosenYear = access.today().getYear();
        Integer chosenQuarter = null;
        AggregateLevel chosenLevel = AggregateLevel.parse(level);
        if (year != null && !year.isBlank()) {
            try {
                int asked = ReintegrationAggregatesApi.year(year);
                if (asked < 2000 || asked > chosenYear + 1) {
                    throw InvalidInputException.of("year", "reintegration.agg.error.year", chosenYear + 1);
                }
                chosenYear = asked;
            } catch (InvalidInputException bad) {
                problems.add(message(bad, locale));
            }
        }
        try {
            chosenQuarter = ReintegrationAggregatesApi.quarter(quarter);
            if (chosenQuarter != null && (chosenQuarter < 1 || chosenQuarter > 4)) {
                chosenQuarter = null;
                throw InvalidInputException.of("quarter", "reintegration.agg.error.quarter");
            }
        } catch (InvalidInputException bad) {
            problems.add(message(bad, locale));
        }
        if (chosenLevel == null) {
            problems.add(messages.getMessage("reintegration.agg.error.level", null, locale));
            chosenLevel = AggregateLevel.REGION;
        }
        return new Question(chosenYear, chosenQuarter, chosenLevel, problems);
    }

    private String message(InvalidInputException bad, Locale locale) {
        var problem = bad.problems().get(0);
        return messages.getMessage(problem.messageKey(), problem.arguments(), locale);
    }

    @GetMapping("/reintegracja/statystyki")
    String statistics(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) String level, @RequestParam(required = false) String area, Model model) {
        Question question = question(year, quarter, level);
        AggregateTable table = aggregates.table(question.year(), question.quarter(), question.level());
        Area flowsOf = table.region();
        if (area != null && !area.isBlank()) {
            flowsOf = table.area(area.strip()).orElse(table.region());
        }
        int thisYear = access.today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear + 1; y >= Math.max(2000, thisYear - 9); y--) {
            years.add(y);
        }
        model.addAttribute("table", table);
        model.addAttribute("flowsOf", flowsOf);
        model.addAttribute("problems", question.problems());
        model.addAttribute("years", years);
        model.addAttribute("levels", AggregateLevel.values());
        model.addAttribute("outcomes", ExitOutcome.values());
        model.addAttribute("query", query(question, null));
        return "reintegration/aggregates";
    }

    @GetMapping("/reintegracja/statystyki/{format:csv|xlsx}")
    void download(@PathVariable String format, @RequestParam(required = false) String year,
            @RequestParam(required = false) String quarter, @RequestParam(required = false) String level,
            HttpServletResponse response) throws IOException {
        Question question = question(year, quarter, level);
        if (!question.problems().isEmpty()) {
            // a file of other figures than asked would mislead: the form shows the problem instead
            throw new NotFoundException("statistics", 0L);
        }
        AggregateTable table = aggregates.table(question.year(), question.quarter(), question.level());
        Locale locale = LocaleContextHolder.getLocale();
        String period = table.quarter() == null ? String.valueOf(table.year()) : table.year() + "Q" + table.quarter();
        Downloads.Table<Area> areas = new Downloads.Table<Area>(text("reintegration.agg.file.sheet.areas", locale))
                .title(text("reintegration.agg.file.title", locale, period,
                        text("reintegration.agg.level." + table.level().name(), locale)))
                .title(text("reintegration.agg.suppressed.note", locale))
                .column(text("reintegration.agg.col.area", locale), 30, Area::name)
                .column(text("reintegration.agg.col.referrals", locale), a -> cell(a.referrals()))
                .column(text("reintegration.agg.col.accepted", locale), a -> cell(a.accepted()))
                .column(text("reintegration.agg.col.completed", locale), a -> cell(a.completed()))
                .column(text("reintegration.agg.col.employment", locale), a -> cell(a.employment()))
                .column(text("reintegration.agg.col.pairs", locale), a -> cell(a.cooperatingPairs()));
        for (ExitOutcome outcome : ExitOutcome.values()) {
            String label = text("reintegration.outcome." + outcome.name(), locale);
            areas.column(text("reintegration.agg.col.atExit", locale, label), a -> cell(a.exitOutcomes().get(outcome)));
        }
        for (ExitOutcome outcome : ExitOutcome.values()) {
            String label = text("reintegration.outcome." + outcome.name(), locale);
            areas.column(text("reintegration.agg.col.at12", locale, label),
                    a -> cell(a.outcomes12Months().get(outcome)));
        }
        List<Area> rows = new ArrayList<>(table.areas());
        if (table.level() != AggregateLevel.REGION) {
            rows.add(table.region());
        }
        areas.rows(rows);
        // the flows of every row: one line per area and sending kind
        record FlowLine(Area area, pl.koordynator.es.reintegration.ReferralPartyKind sender) {
        }
        List<FlowLine> lines = new ArrayList<>();
        for (Area row : rows) {
            if (row.flows() == null) {
                // published for the region's year only
                continue;
            }
            for (var sender : table.senderKinds()) {
                lines.add(new FlowLine(row, sender));
            }
        }
        Downloads.Table<FlowLine> flows = new Downloads.Table<FlowLine>(text("reintegration.agg.file.sheet.flows", locale))
                .title(text("reintegration.agg.file.title", locale, period,
                        text("reintegration.agg.level." + table.level().name(), locale)))
                .column(text("reintegration.agg.col.area", locale), 30, l -> l.area().name())
                .column(text("reintegration.agg.col.sender", locale), 30,
                        l -> text("reintegration.party." + l.sender().name(), locale));
        for (var receiver : table.receiverKinds()) {
            flows.column(text("reintegration.party." + receiver.name(), locale),
                    l -> cell(l.area().flows().cell(l.sender(), receiver)));
        }
        flows.column(text("reintegration.agg.col.total", locale), l -> cell(l.area().flows().bySender().get(l.sender())));
        flows.rows(lines);
        String name = text("reintegration.agg.file.name", locale, period) + "." + format;
        if (format.equals("csv")) {
            Downloads.csv(response, name, areas);
        } else {
            Downloads.xlsx(response, name, areas, flows);
        }
    }

    /** A cell in a file: the number, or the text "<5". */
    private static Object cell(Cell cell) {
        return cell.suppressed() ? AggregateTable.SUPPRESSED : cell.value();
    }

    @GetMapping("/reintegracja/wspolpraca")
    String cooperation(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
            Model model) {
        Question question = question(year, quarter, null);
        CooperationMap map = aggregates.cooperation(question.year(), question.quarter());
        // a hidden count goes to the map as the text "<5", drawn in a colour of its own
        Map<String, Object> pairs = new LinkedHashMap<>();
        map.powiats().forEach(p -> pairs.put(p.teryt(), cell(p.pairs())));
        long most = map.powiats().stream().filter(p -> !p.pairs().suppressed()).mapToLong(p -> p.pairs().value())
                .max().orElse(0);
        int thisYear = access.today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear + 1; y >= Math.max(2000, thisYear - 9); y--) {
            years.add(y);
        }
        model.addAttribute("map", map);
        model.addAttribute("problems", question.problems());
        model.addAttribute("years", years);
        model.addAttribute("classes", classes(most));
        model.addAttribute("hasBoundaries", territory.hasBoundaries(Level.POWIAT));
        model.addAttribute("tilesUrl", tilesUrl == null ? "" : tilesUrl.strip());
        model.addAttribute("pairsJson", json.writeValueAsString(pairs));
        model.addAttribute("classesJson", json.writeValueAsString(classes(most)));
        return "reintegration/cooperation";
    }

    /** The legend's classes: 0, then up to four equal steps to the most pairs of any powiat; lower bounds. */
    static List<Long> classes(long most) {
        List<Long> bounds = new ArrayList<>(List.of(0L));
        if (most <= 0) {
            return bounds;
        }
        long step = Math.max(1, (most + 3) / 4);
        for (long bound = 1; bound <= most; bound += step) {
            bounds.add(bound);
        }
        return bounds;
    }

    private static Map<String, String> query(Question question, String area) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("year", String.valueOf(question.year()));
        if (question.quarter() != null) {
            query.put("quarter", String.valueOf(question.quarter()));
        }
        query.put("level", question.level().name());
        if (area != null) {
            query.put("area", area);
        }
        return query;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
