package pl.koordynator.es.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.documents.PdfDocuments;
import pl.koordynator.es.documents.Xhtml;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.reporting.domain.AggregateService;
import pl.koordynator.es.reporting.domain.AggregateService.Aggregate;
import pl.koordynator.es.reporting.domain.AggregateService.Completeness;
import pl.koordynator.es.reporting.domain.AggregateService.CompletenessRow;
import pl.koordynator.es.reporting.domain.AggregateService.Row;
import pl.koordynator.es.reporting.domain.Indicator;
import pl.koordynator.es.reporting.domain.TemplateService;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import tools.jackson.databind.json.JsonMapper;

/**
 * The regional summary of OWES reports: region, subregions and an OWES comparison for a period,
 * the region's trend, and for ROPS and the committee who has reported; as a page, XLSX and PDF.
 */
@Controller
@RequestMapping("/reporting")
class SummaryPages {

    private final RegionalSummary summaries;
    private final AggregateService aggregates;
    private final TemplateService templates;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final JsonMapper json;

    SummaryPages(RegionalSummary summaries, AggregateService aggregates, TemplateService templates,
            PdfDocuments pdf, MessageSource messages, JsonMapper json) {
        this.summaries = summaries;
        this.aggregates = aggregates;
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
        this.json = json;
    }

    /** One OWES in the completeness matrix: its status in each period, and whether it is late. */
    public record CompletenessLine(String owes, String subregion, List<String> statuses, List<Boolean> overdue,
            List<Long> reportIds) {
    }

    /** The region's value of one indicator over the periods, for the chart and its table. */
    public record Trend(String code, String name, List<String> periods, List<BigDecimal> values, String chart) {
    }

    @GetMapping("/summary")
    String summary(@RequestParam(required = false) String template, @RequestParam(required = false) String period,
            @RequestParam(required = false) String indicator, Model model) {
        RegionalSummary.Summary summary;
        try {
            summary = summaries.of(template, period);
        } catch (pl.koordynator.es.shared.InvalidInputException invalid) {
            // a mistyped period or template: show the latest period, say what was wrong beside the field
            invalid.problems().forEach(problem -> model.addAttribute(problem.field() + "Error", problem.messageKey()));
            model.addAttribute("typedPeriod", period);
            summary = summaries.of(null, null);
        }
        List<Indicator> indicators = summary.region().indicators();
        Indicator chosen = indicators.stream().filter(i -> i.code().equals(indicator)).findFirst()
                .orElse(indicators.isEmpty() ? null : indicators.get(0));
        model.addAttribute("templates", templates.current());
        model.addAttribute("summary", summary);
        model.addAttribute("indicators", indicators);
        model.addAttribute("regionRow", summary.region().rows().isEmpty() ? null : summary.region().rows().get(0));
        model.addAttribute("trend", chosen == null ? null : trend(summary, chosen));
        if (aggregates.maySeeCompleteness()) {
            completeness(summary, model);
        }
        return "reporting/summary";
    }

    @GetMapping("/summary.xlsx")
    void xlsx(@RequestParam(required = false) String template, @RequestParam(required = false) String period,
            HttpServletResponse response) throws IOException {
        RegionalSummary.Summary summary = summaries.of(template, period);
        Downloads.xlsx(response, fileName(summary, "xlsx"),
                sheet(message("reporting.summary.region"), summary, summary.region()),
                sheet(message("reporting.summary.subregions"), summary, summary.subregions()),
                sheet(message("reporting.summary.owes"), summary, summary.owes()));
    }

    @GetMapping("/summary.pdf")
    void pdf(@RequestParam(required = false) String template, @RequestParam(required = false) String period,
            HttpServletResponse response) throws IOException {
        RegionalSummary.Summary summary = summaries.of(template, period);
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/><style>
                body { font-family: sans-serif; font-size: 9pt; } h1 { font-size: 15pt; } h2 { font-size: 11pt; margin-top: 14pt; }
                table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #888; padding: 2pt 3pt; }
                td.n { text-align: right; } th { background: #dde6f0; } tr > :first-child { width: 22%; }
                @page { size: A4 landscape; margin: 14mm; }
                </style></head><body>""");
        html.append("<h1>").append(Xhtml.escape(message("reporting.summary.title") + ": "
                + summary.template().name() + ", " + summary.period().code())).append("</h1>");
        html.append("<p>").append(Xhtml.escape(message("reporting.summary.approvedOnly"))).append("</p>");
        table(html, message("reporting.summary.region"), summary.region());
        table(html, message("reporting.summary.subregions"), summary.subregions());
        table(html, message("reporting.summary.owes"), summary.owes());
        html.append("</body></html>");
        byte[] bytes = pdf.render(html.toString());
        Downloads.attachment(response, MediaType.APPLICATION_PDF, fileName(summary, "pdf"));
        response.getOutputStream().write(bytes);
    }

    private void completeness(RegionalSummary.Summary summary, Model model) {
        List<Period> periods = new ArrayList<>();
        Period step = summary.period();
        for (int i = 0; i < 4 && step.type() == summary.template().periodType(); i++, step = step.previous()) {
            periods.add(0, step);
        }
        Map<Long, CompletenessLine> lines = new LinkedHashMap<>();
        for (int p = 0; p < periods.size(); p++) {
            Completeness completeness = aggregates.completeness(summary.template().code(), periods.get(p).code());
            for (CompletenessRow row : completeness.rows()) {
                CompletenessLine line = lines.computeIfAbsent(row.owesId(), id -> new CompletenessLine(row.owesName(),
                        row.subregion(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                while (line.statuses().size() < p) {
                    line.statuses().add(null);
                    line.overdue().add(false);
                    line.reportIds().add(null);
                }
                line.statuses().add(row.status() == null ? null : row.status().name());
                line.overdue().add(row.overdue());
                line.reportIds().add(row.reportId());
            }
        }
        model.addAttribute("completenessPeriods", periods.stream().map(Period::code).toList());
        model.addAttribute("completeness", List.copyOf(lines.values()));
        model.addAttribute("approvedStatus", ReportStatus.APPROVED.name());
    }

    private Trend trend(RegionalSummary.Summary summary, Indicator indicator) {
        List<String> periods = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Aggregate aggregate : summary.trend()) {
            periods.add(aggregate.period());
            values.add(aggregate.rows().isEmpty() ? null : aggregate.rows().get(0).values().get(indicator.code()));
        }
        boolean any = values.stream().filter(v -> v != null).count() >= 2;
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", periods);
        chart.put("values", values);
        chart.put("label", indicator.name());
        return new Trend(indicator.code(), indicator.name(), periods, values,
                any ? json.writeValueAsString(chart) : null);
    }

    private Table<Row> sheet(String title, RegionalSummary.Summary summary, Aggregate aggregate) {
        Table<Row> sheet = new Table<Row>(title)
                .title(message("reporting.summary.title") + ": " + summary.template().name() + ", "
                        + summary.period().code())
                .title(message("reporting.summary.approvedOnly"))
                .column(message("reporting.summary.name"), 40, Row::name);
        for (Indicator indicator : aggregate.indicators()) {
            sheet.column(indicator.name() + " (" + indicator.code() + ")", 16,
                    row -> row.values().get(indicator.code()));
        }
        return sheet.rows(aggregate.rows());
    }

    private void table(StringBuilder html, String title, Aggregate aggregate) {
        html.append("<h2>").append(Xhtml.escape(title)).append("</h2><table><thead><tr><th>")
                .append(Xhtml.escape(message("reporting.summary.name"))).append("</th>");
        for (Indicator indicator : aggregate.indicators()) {
            html.append("<th>").append(Xhtml.escape(indicator.name())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        if (aggregate.rows().isEmpty()) {
            html.append("<tr><td colspan=\"").append(aggregate.indicators().size() + 1).append("\">")
                    .append(Xhtml.escape(message("reporting.summary.none"))).append("</td></tr>");
        }
        for (Row row : aggregate.rows()) {
            html.append("<tr><td>").append(Xhtml.escape(row.name())).append("</td>");
            for (Indicator indicator : aggregate.indicators()) {
                BigDecimal value = row.values().get(indicator.code());
                html.append("<td class=\"n\">").append(value == null ? "–" : polish(value)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static String polish(BigDecimal value) {
        return java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("pl-PL")).format(value);
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String fileName(RegionalSummary.Summary summary, String extension) {
        return "raport-zbiorczy-" + summary.template().code().toLowerCase(java.util.Locale.ROOT) + "-"
                + summary.period().code() + "." + extension;
    }
}
