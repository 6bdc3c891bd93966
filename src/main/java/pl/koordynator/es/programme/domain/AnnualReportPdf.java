package pl.koordynator.es.programme.domain;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.koordynator.es.documents.PdfDocuments;
import pl.koordynator.es.documents.Xhtml;
import pl.koordynator.es.programme.ProgrammeProgress;
import pl.koordynator.es.programme.ProgressStatus;
import pl.koordynator.es.programme.domain.AnnualReport.Row;

/**
 * The annual monitoring report as a PDF (A4 landscape, the font with Polish letters embedded by
 * {@link PdfDocuments}): one table of the {@link AnnualReport} rows, the tree's nodes as bold
 * lines with their progress, an action's responsible organisations, partners and budget under it,
 * each indicator with its values, status (in words, never colour alone) and comment.
 */
@Component
public class AnnualReportPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int COLUMNS = 11;
    /** Per cent of the page's width: the name and the comment get the room, numbers what "1 234 567,5" needs. */
    private static final int[] WIDTHS = {6, 22, 7, 7, 6, 6, 7, 6, 6, 8, 19};

    private final PdfDocuments pdf;
    private final MessageSource messages;

    AnnualReportPdf(PdfDocuments pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    public byte[] render(ProgrammeProgress progress, Locale locale) {
        ReportTexts text = new ReportTexts(messages, locale);
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="%s"><head><meta charset="UTF-8"/><title>%s</title><style>
                @page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm;
                  @bottom-right { content: counter(page) " / " counter(pages); font-size: 7pt; color: #555; } }
                body { font-family: sans-serif; font-size: 7.5pt; color: #111; }
                h1 { font-size: 14pt; margin: 0 0 2mm 0; color: #1b3a5c; }
                p.meta { margin: 0 0 1mm 0; font-size: 8.5pt; }
                table { border-collapse: collapse; width: 100%%; margin-top: 3mm; table-layout: fixed; -fs-table-paginate: paginate; }
                th, td { border: 0.4pt solid #999; padding: 1.2pt 2.5pt; vertical-align: top; }
                th { background: #dde6f0; font-weight: bold; text-align: left; }
                td.n { text-align: right; white-space: nowrap; }
                tr { page-break-inside: avoid; }
                tr.PRIORITY td, tr.PROJECT td { background: #e9eef4; font-weight: bold; font-size: 8.5pt; }
                tr.OBJECTIVE td { background: #f4f6f9; font-weight: bold; }
                tr.ACTION td { font-weight: bold; }
                tr.details td { font-weight: normal; color: #333; border-top: none; }
                td.d1 { padding-left: 8pt; } td.d2 { padding-left: 14pt; } td.d3 { padding-left: 20pt; } td.d4 { padding-left: 26pt; }
                .ON_TRACK { color: #1e6b34; } .AT_RISK { color: #8a5a00; } .OFF_TRACK { color: #a4161a; } .NO_DATA { color: #555; }
                </style></head><body>""".formatted(Xhtml.escape(locale.getLanguage()), Xhtml.escape(text.title(progress))));
        html.append("<h1>").append(Xhtml.escape(text.title(progress))).append("</h1>");
        meta(html, text.get("programme.report.period", String.valueOf(progress.startYear()),
                String.valueOf(progress.endYear()), String.valueOf(progress.version())));
        if (progress.resolutionNumber() != null) {
            meta(html, text.get("programme.report.resolution", progress.resolutionNumber(),
                    progress.resolutionDate() == null ? "" : DATE.format(progress.resolutionDate())));
        }
        meta(html, text.get("programme.report.overall", text.percent(AnnualReport.percent(progress.progress())),
                text.status(progress.overall())));
        html.append("<table><colgroup>");
        for (int width : WIDTHS) {
            html.append("<col style=\"width: ").append(width).append("%\"/>");
        }
        html.append("</colgroup><thead><tr>");
        for (String column : new String[] {"code", "name", "unit", "baseline", "target", "actual", "cumulative",
                "finalTarget", "progress", "status", "sourceComment"}) {
            html.append("<th>").append(Xhtml.escape(text.get("programme.report.col." + column))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Row row : AnnualReport.rows(progress)) {
            if (row.indicator()) {
                indicator(html, text, row);
            } else {
                node(html, text, row);
            }
        }
        html.append("</tbody></table></body></html>");
        return pdf.render(html.toString());
    }

    private static void meta(StringBuilder html, String line) {
        html.append("<p class=\"meta\">").append(Xhtml.escape(line)).append("</p>");
    }

    private static void node(StringBuilder html, ReportTexts text, Row row) {
        html.append("<tr class=\"").append(row.kind()).append("\"><td>").append(Xhtml.escape(row.code()))
                .append("</td><td class=\"d").append(Math.min(row.depth(), 4)).append("\" colspan=\"7\">")
                .append(Xhtml.escape(text.kind(row.kind()) + ": " + row.name())).append("</td>");
        html.append("<td class=\"n\">").append(Xhtml.escape(text.percent(row.progress()))).append("</td>");
        status(html, text, row.status());
        html.append("<td>").append(Xhtml.escape(row.comment())).append("</td></tr>");
        if (row.responsible() != null || row.budgetPlanned() != null || row.actionStatus() != null) {
            StringBuilder details = new StringBuilder();
            append(details, text.get("programme.report.col.responsible"), row.responsible());
            append(details, text.get("programme.report.col.partners"), row.partners());
            append(details, text.get("programme.report.col.budgetPlanned"),
                    row.budgetPlanned() == null ? null : text.number(row.budgetPlanned()) + " zł");
            append(details, text.get("programme.report.col.budgetSpent"),
                    row.budgetSpent() == null ? null : text.number(row.budgetSpent()) + " zł");
            append(details, text.get("programme.report.col.actionStatus"), text.actionStatus(row.actionStatus()));
            html.append("<tr class=\"").append(row.kind()).append(" details\"><td></td><td class=\"d")
                    .append(Math.min(row.depth(), 4)).append("\" colspan=\"").append(COLUMNS - 1).append("\">")
                    .append(Xhtml.escape(details.toString())).append("</td></tr>");
        }
    }

    private static void append(StringBuilder details, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!details.isEmpty()) {
            details.append(" · ");
        }
        details.append(label).append(": ").append(value);
    }

    private static void indicator(StringBuilder html, ReportTexts text, Row row) {
        html.append("<tr><td>").append(Xhtml.escape(row.code())).append("</td><td class=\"d")
                .append(Math.min(row.depth(), 4)).append("\">").append(Xhtml.escape(row.name())).append("</td><td>")
                .append(Xhtml.escape(row.unit())).append("</td>");
        String baseline = text.number(row.baseline()) + (row.baselineYear() == null ? "" : " (" + row.baselineYear() + ")");
        number(html, baseline);
        number(html, text.number(row.target()));
        number(html, text.number(row.actual()));
        number(html, text.number(row.cumulative()));
        number(html, text.number(row.finalTarget()));
        number(html, text.percent(row.progress()));
        status(html, text, row.status());
        String source = text.source(row);
        html.append("<td>").append(Xhtml.escape(row.comment() == null || row.comment().isBlank() ? source
                : source + ". " + row.comment())).append("</td></tr>");
    }

    private static void number(StringBuilder html, String value) {
        html.append("<td class=\"n\">").append(Xhtml.escape(value)).append("</td>");
    }

    private static void status(StringBuilder html, ReportTexts text, ProgressStatus status) {
        html.append("<td class=\"").append(status == null ? "" : status.name()).append("\">")
                .append(Xhtml.escape(text.status(status))).append("</td>");
    }
}
