package pl.koordynator.es.localplans.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.koordynator.es.documents.PdfDocuments;
import pl.koordynator.es.documents.Xhtml;
import pl.koordynator.es.localplans.DiagnosisFigure;
import pl.koordynator.es.localplans.DiagnosisGroup;
import pl.koordynator.es.localplans.DiagnosisPriority;
import pl.koordynator.es.localplans.PlanDiagnosis;

/**
 * A plan's diagnosis as an A4 PDF (the font with Polish letters embedded by {@link PdfDocuments}): the
 * plan's title, unit and date, the DIAGNOSIS section's text, then every group of figures with its date
 * and source, the priority index's components and what the figures name (needs, networks, OWES).
 */
@Component
class LocalPlanDiagnosisPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    private final PdfDocuments pdf;
    private final MessageSource messages;

    LocalPlanDiagnosisPdf(PdfDocuments pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    byte[] render(PlanDiagnosis diagnosis, Locale locale) {
        String title = text(locale, "localplans.diagnosis.pdf.title", diagnosis.unitName());
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="%s"><head><meta charset="UTF-8"/><title>%s</title><style>
                @page { size: A4; margin: 15mm 14mm 16mm 14mm;
                  @bottom-right { content: counter(page) " / " counter(pages); font-size: 7pt; color: #555; } }
                body { font-family: sans-serif; font-size: 8.5pt; color: #111; }
                h1 { font-size: 15pt; margin: 0 0 2mm 0; color: #1b3a5c; }
                h2 { font-size: 11pt; margin: 5mm 0 1mm 0; color: #1b3a5c; }
                p.meta { margin: 0 0 1mm 0; font-size: 9pt; }
                p.text { margin: 0 0 2mm 0; }
                table { border-collapse: collapse; width: 100%%; margin-top: 1mm; table-layout: fixed; -fs-table-paginate: paginate; }
                th, td { border: 0.4pt solid #999; padding: 1.5pt 3pt; vertical-align: top; }
                th { background: #dde6f0; font-weight: bold; text-align: left; }
                td.n { text-align: right; white-space: nowrap; }
                tr { page-break-inside: avoid; }
                ul { margin: 0 0 0 4mm; padding: 0; }
                </style></head><body>""".formatted(Xhtml.escape(locale.getLanguage()), Xhtml.escape(title)));
        html.append("<h1>").append(Xhtml.escape(title)).append("</h1>");
        meta(html, text(locale, "localplans.diagnosis.pdf.plan", diagnosis.title()));
        meta(html, text(locale, "localplans.diagnosis.pdf.unit", diagnosis.unitName(), diagnosis.unitTeryt()));
        meta(html, text(locale, "localplans.diagnosis.pdf.asOf", DATE.format(diagnosis.asOf())));

        html.append("<h2>").append(Xhtml.escape(text(locale, "localplans.diagnosis.text"))).append("</h2>");
        if (diagnosis.sectionText().isBlank()) {
            html.append("<p class=\"text\">").append(Xhtml.escape(text(locale, "localplans.diagnosis.text.empty")))
                    .append("</p>");
        } else {
            for (String paragraph : diagnosis.sectionText().strip().split("\\R\\s*\\R")) {
                html.append("<p class=\"text\">");
                String[] lines = paragraph.strip().split("\\R");
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        html.append("<br/>");
                    }
                    html.append(Xhtml.escape(lines[i]));
                }
                html.append("</p>");
            }
        }

        for (DiagnosisGroup group : diagnosis.groups()) {
            html.append("<h2>").append(Xhtml.escape(group.title())).append("</h2>");
            html.append("<table><colgroup><col style=\"width: 34%\"/><col style=\"width: 12%\"/>"
                    + "<col style=\"width: 11%\"/><col style=\"width: 15%\"/><col style=\"width: 28%\"/></colgroup><thead><tr>");
            for (String column : new String[] {"figure", "value", "unit", "asOf", "source"}) {
                html.append("<th>").append(Xhtml.escape(text(locale, "localplans.diagnosis.col." + column)))
                        .append("</th>");
            }
            html.append("</tr></thead><tbody>");
            for (DiagnosisFigure figure : group.figures()) {
                html.append("<tr><td>").append(Xhtml.escape(figure.label()));
                if (!figure.items().isEmpty()) {
                    html.append("<ul>");
                    figure.items().forEach(item -> html.append("<li>").append(Xhtml.escape(item.label()))
                            .append(item.detail() == null ? "" : " (" + Xhtml.escape(item.detail()) + ")").append("</li>"));
                    html.append("</ul>");
                }
                html.append("</td><td class=\"n\">").append(Xhtml.escape(value(figure, locale))).append("</td><td>")
                        .append(Xhtml.escape(figure.unit() == null ? "" : figure.unit())).append("</td><td>")
                        .append(Xhtml.escape(when(figure))).append("</td><td>").append(Xhtml.escape(figure.source()))
                        .append("<br/>").append(Xhtml.escape(figure.sourceApi())).append("</td></tr>");
            }
            html.append("</tbody></table>");
            if ("priority".equals(group.key()) && !diagnosis.priority().components().isEmpty()) {
                priority(html, diagnosis.priority(), locale);
            }
        }
        html.append("</body></html>");
        return pdf.render(html.toString());
    }

    private void priority(StringBuilder html, DiagnosisPriority priority, Locale locale) {
        html.append("<table><thead><tr>");
        for (String column : new String[] {"component", "weight", "year", "value", "z", "contribution"}) {
            html.append("<th>").append(Xhtml.escape(text(locale, "localplans.diagnosis.priority.col." + column)))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (DiagnosisPriority.Component component : priority.components()) {
            html.append("<tr><td>").append(Xhtml.escape(component.name())).append("</td><td class=\"n\">")
                    .append(number(component.weight())).append("</td><td class=\"n\">").append(component.year())
                    .append("</td><td class=\"n\">")
                    .append(component.missing() ? Xhtml.escape(text(locale, "localplans.diagnosis.noData"))
                            : number(component.value()))
                    .append("</td><td class=\"n\">").append(number(component.z())).append("</td><td class=\"n\">")
                    .append(number(component.contribution())).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private String value(DiagnosisFigure figure, Locale locale) {
        if (figure.value() == null) {
            return text(locale, "localplans.diagnosis.noData");
        }
        return number(figure.value());
    }

    static String when(DiagnosisFigure figure) {
        if (figure.from() != null && figure.asOf() != null) {
            return DATE.format(figure.from()) + " – " + DATE.format(figure.asOf());
        }
        if (figure.asOf() != null) {
            return DATE.format(figure.asOf());
        }
        return figure.year() == null ? "" : String.valueOf(figure.year());
    }

    private static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(POLISH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static void meta(StringBuilder html, String line) {
        html.append("<p class=\"meta\">").append(Xhtml.escape(line)).append("</p>");
    }
}
