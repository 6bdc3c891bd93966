package pl.koordynator.es.publicservices.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.publicservices.ClauseMeasure;
import pl.koordynator.es.publicservices.ClauseMeasureLevel;
import pl.koordynator.es.publicservices.ClauseMeasures;
import pl.koordynator.es.publicservices.ClauseType;
import pl.koordynator.es.publicservices.JstClauseHistory;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The public pages of social clauses: the region in a year with its JST (sortable, paged, as CSV and
 * XLSX), and a JST's history next to the region's share.
 */
@Controller
class ClauseMeasuresPages {

    private static final List<String> SORTS = List.of("name", "share", "value", "valueWithClauses");

    private final ClauseMeasures measures;
    private final ClauseMeasuresParameters parameters;
    private final MessageSource messages;

    ClauseMeasuresPages(ClauseMeasures measures, ClauseMeasuresParameters parameters, MessageSource messages) {
        this.measures = measures;
        this.parameters = parameters;
        this.messages = messages;
    }

    @GetMapping("/klauzule-spoleczne")
    String region(@RequestParam(required = false) String year, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        int y = parameters.year(year);
        String by = sort != null && SORTS.contains(sort) ? sort : "name";
        boolean ascending = dir == null ? "name".equals(by) : !"desc".equals(dir);
        Paging paging = Paging.of(page, null);
        List<ClauseMeasure> jst = sorted(measures.measures(y, ClauseMeasureLevel.JST), by, ascending);
        int from = (int) Math.min(paging.offset(), jst.size());
        int to = Math.min(from + paging.size(), jst.size());
        model.addAttribute("year", y);
        List<Integer> years = new ArrayList<>(measures.years());
        if (!years.contains(y)) {
            years.add(y);
        }
        years.sort(java.util.Comparator.reverseOrder());
        model.addAttribute("years", years);
        model.addAttribute("region", measures.region(y));
        model.addAttribute("clauseTypes", ClauseType.values());
        model.addAttribute("jst", new PageOf<>(jst.subList(from, to), paging.page(), paging.size(), jst.size()));
        model.addAttribute("sort", by);
        model.addAttribute("dir", ascending ? "asc" : "desc");
        return "publicservices/measures/region";
    }

    @GetMapping("/klauzule-spoleczne.csv")
    void csv(@RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        int y = parameters.year(year);
        Downloads.csv(response, "klauzule-spoleczne-" + y + ".csv", table(y));
    }

    @GetMapping("/klauzule-spoleczne.xlsx")
    void xlsx(@RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        int y = parameters.year(year);
        Downloads.xlsx(response, "klauzule-spoleczne-" + y + ".xlsx", table(y));
    }

    @GetMapping("/klauzule-spoleczne/{id:\\d+}")
    String jst(@PathVariable long id, Model model) {
        JstClauseHistory history = measures.history(id).orElseThrow(() -> new NotFoundException("JST", id));
        model.addAttribute("history", history);
        model.addAttribute("clauseTypes", ClauseType.values());
        return "publicservices/measures/jst";
    }

    private static List<ClauseMeasure> sorted(List<ClauseMeasure> jst, String by, boolean ascending) {
        Comparator<ClauseMeasure> byName = Comparator.comparing(m -> m.unitName() == null ? "" : m.unitName(),
                java.text.Collator.getInstance(Locale.forLanguageTag("pl")));
        Comparator<ClauseMeasure> order = switch (by) {
            case "share" -> Comparator.comparing(ClauseMeasure::share, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "value" -> Comparator.comparing(ClauseMeasure::valueTotal);
            case "valueWithClauses" -> Comparator.comparing(ClauseMeasure::valueWithClauses);
            default -> byName;
        };
        if (!ascending) {
            order = order.reversed();
        }
        List<ClauseMeasure> result = new ArrayList<>(jst);
        result.sort(order.thenComparing(byName));
        return result;
    }

    private Table<ClauseMeasure> table(int year) {
        Locale locale = LocaleContextHolder.getLocale();
        Table<ClauseMeasure> table = new Table<ClauseMeasure>(text("publicservices.measures.download.sheet", locale))
                .title(text("publicservices.measures.download.title", locale, String.valueOf(year)))
                .column(text("publicservices.measures.col.jst", locale), 40, ClauseMeasure::unitName)
                .column(text("publicservices.measures.col.procurements", locale), ClauseMeasure::procurements)
                .column(text("publicservices.measures.col.lots", locale), ClauseMeasure::lots)
                .column(text("publicservices.measures.col.valueTotal", locale), ClauseMeasure::valueTotal)
                .column(text("publicservices.measures.col.valueWithClauses", locale), ClauseMeasure::valueWithClauses)
                .column(text("publicservices.measures.col.share", locale), ClauseMeasure::share);
        for (ClauseType type : ClauseType.values()) {
            table.column(text("publicservices.clause.short." + type.name(), locale),
                    (ClauseMeasure m) -> m.clause(type).value());
        }
        ClauseMeasure region = measures.region(year);
        return table
                .column(text("publicservices.measures.col.contractsWonByPes", locale), ClauseMeasure::contractsWonByPes)
                .column(text("publicservices.measures.col.valueWonByPes", locale), ClauseMeasure::valueWonByPes)
                .column(text("publicservices.measures.col.contractsWonByPs", locale),
                        ClauseMeasure::contractsWonBySocialEnterprises)
                .column(text("publicservices.measures.col.valueWonByPs", locale),
                        ClauseMeasure::valueWonBySocialEnterprises)
                .column(text("publicservices.measures.col.personsEmployed", locale), ClauseMeasure::personsEmployedArt96)
                .column(text("publicservices.measures.col.personsRequired", locale), ClauseMeasure::personsRequiredArt96)
                .column(text("publicservices.measures.col.tasksValue", locale), ClauseMeasure::publicTasksValue)
                .column(text("publicservices.measures.col.tasksValueToPes", locale), ClauseMeasure::publicTasksValueToPes)
                .column(text("publicservices.measures.col.socialServices", locale), ClauseMeasure::socialServicesValue)
                .rows(sorted(measures.measures(year, ClauseMeasureLevel.JST), "name", true))
                .footer(footer(region, locale));
    }

    private Object[] footer(ClauseMeasure r, Locale locale) {
        List<Object> cells = new ArrayList<>(List.of(text("publicservices.measures.download.region", locale),
                r.procurements(), r.lots(), r.valueTotal(), r.valueWithClauses()));
        cells.add(r.share());
        for (ClauseType type : ClauseType.values()) {
            cells.add(r.clause(type).value());
        }
        cells.addAll(List.of(r.contractsWonByPes(), r.valueWonByPes(), r.contractsWonBySocialEnterprises(),
                r.valueWonBySocialEnterprises(), r.personsEmployedArt96(), r.personsRequiredArt96(),
                r.publicTasksValue(), r.publicTasksValueToPes(), r.socialServicesValue()));
        return cells.toArray();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
