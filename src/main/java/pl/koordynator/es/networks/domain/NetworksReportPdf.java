package pl.koordynator.es.networks.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import pl.koordynator.es.documents.PdfDocuments;
import pl.koordynator.es.documents.Xhtml;
import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.shared.PlatformSettings;

/** The yearly report as a PDF (A4, DejaVu Sans embedded by {@link PdfDocuments}, so every Polish letter prints). */
@Component
public class NetworksReportPdf {

    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final PlatformSettings settings;

    NetworksReportPdf(PdfDocuments pdf, MessageSource messages, PlatformSettings settings) {
        this.pdf = pdf;
        this.messages = messages;
        this.settings = settings;
    }

    public byte[] render(NetworksReport.Report report) {
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/><style>
                body { font-family: sans-serif; font-size: 9pt; } h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 14pt; }
                h3 { font-size: 10pt; margin: 10pt 0 3pt 0; }
                table { border-collapse: collapse; width: 100%; margin-bottom: 6pt; } th, td { border: 0.5pt solid #888; padding: 2pt 3pt; }
                td.n, th.n { text-align: right; } th { background: #dde6f0; text-align: left; }
                p.note { color: #444; }
                @page { size: A4; margin: 16mm; }
                </style></head><body>""");
        html.append("<h1>").append(text("networks.report.title", String.valueOf(report.year()))).append("</h1>");
        html.append("<p class=\"note\">").append(text("networks.report.note")).append("</p>");

        NetworksReport.Totals totals = report.totals();
        html.append("<h2>").append(text("networks.report.summary")).append("</h2><table><tbody>");
        row(html, text("networks.report.networks"), number(totals.networks()));
        row(html, text("networks.report.members"), number(totals.members()));
        row(html, text("networks.report.meetings"), number(totals.meetings()));
        row(html, text("networks.report.attendees"), number(totals.attendees()));
        row(html, text("networks.report.newTiesInNetworks"), number(totals.newTies()));
        html.append("</tbody></table>");

        html.append("<h2>").append(text("networks.report.perNetwork")).append("</h2>");
        if (report.networks().isEmpty()) {
            html.append("<p>").append(text("networks.report.noNetworks")).append("</p>");
        }
        for (NetworksReport.NetworkYear network : report.networks()) {
            html.append("<h3>").append(Xhtml.escape(network.name())).append("</h3>");
            html.append("<p class=\"note\">").append(text("networks.kind." + network.kind().name()));
            if (network.coordinatorName() != null) {
                html.append(" · ").append(text("networks.list.coordinator", network.coordinatorName()));
            }
            html.append("</p><table><tbody>");
            row(html, text("networks.report.membersAtYearEnd"), number(network.members()));
            StringBuilder sectors = new StringBuilder();
            network.membersBySector().forEach((sector, count) -> sectors.append(sectors.length() == 0 ? "" : ", ")
                    .append(message("networks.sector." + sector.name())).append(": ").append(number(count)));
            row(html, text("networks.report.membersBySector"), sectors.length() == 0 ? "–" : Xhtml.escape(sectors.toString()));
            row(html, text("networks.report.joinedLeft"), number(network.joined()) + " / " + number(network.left()));
            row(html, text("networks.report.meetings"), number(network.meetings().size()));
            row(html, text("networks.report.attendees"), number(network.attendees()));
            row(html, text("networks.report.newTies"), number(network.newTies()));
            html.append("</tbody></table>");
            if (!network.meetings().isEmpty()) {
                html.append("<table><thead><tr><th>").append(text("networks.field.date")).append("</th><th>")
                        .append(text("networks.field.meeting")).append("</th><th class=\"n\">")
                        .append(text("networks.field.attendees")).append("</th><th class=\"n\">")
                        .append(text("networks.field.attendingOrganisations")).append("</th></tr></thead><tbody>");
                for (MeetingView meeting : network.meetings()) {
                    html.append("<tr><td>").append(DAY.format(meeting.startsAt().atZoneSameInstant(settings.timeZone())))
                            .append("</td><td>").append(Xhtml.escape(meeting.title())).append("</td><td class=\"n\">")
                            .append(number(meeting.attendees())).append("</td><td class=\"n\">")
                            .append(number(meeting.organisations())).append("</td></tr>");
                }
                html.append("</tbody></table>");
            }
        }

        html.append("<h2>").append(text("networks.report.measures")).append("</h2>");
        TieMeasureRow region = report.region().rows().isEmpty() ? null : report.region().rows().get(0);
        if (region != null) {
            html.append("<table><thead><tr><th>").append(text("networks.field.sectors")).append("</th><th class=\"n\">")
                    .append(text("networks.report.active")).append("</th><th class=\"n\">")
                    .append(text("networks.report.new")).append("</th></tr></thead><tbody>");
            for (SectorPair pair : NetworksReportXlsx.PES_PAIRS) {
                html.append("<tr><td>").append(Xhtml.escape(pairName(pair))).append("</td><td class=\"n\">")
                        .append(number(region.activeBySectors().getOrDefault(pair.code(), 0L))).append("</td><td class=\"n\">")
                        .append(number(region.newBySectors().getOrDefault(pair.code(), 0L))).append("</td></tr>");
            }
            html.append("<tr><th>").append(text("networks.report.allTies")).append("</th><th class=\"n\">")
                    .append(number(region.activeTies())).append("</th><th class=\"n\">").append(number(region.newTies()))
                    .append("</th></tr></tbody></table><table><tbody>");
            row(html, text("networks.report.pesCrossSector"), number(region.pesWithCrossSectorTie()));
            row(html, text("networks.report.networkMeetings"), number(region.meetings()));
            row(html, text("networks.report.networkAttendees"), number(region.meetingAttendees()));
            html.append("</tbody></table>");
        }
        NetworkGraph.Metrics graph = report.graph();
        html.append("<h3>").append(text("networks.graph.metrics")).append("</h3><table><tbody>");
        row(html, text("networks.graph.m.nodes"), number(graph.nodes()));
        row(html, text("networks.graph.m.edges"), number(graph.edges()));
        row(html, text("networks.graph.m.density"), decimal(graph.density()));
        row(html, text("networks.graph.m.components"), number(graph.components()));
        row(html, text("networks.graph.m.bridges"), number(graph.bridges()));
        row(html, text("networks.graph.m.isolated"), graph.shareOfPesWithoutTie() == null ? "–"
                : decimal(graph.shareOfPesWithoutTie().movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + " %");
        html.append("</tbody></table>");

        List<TieMeasureRow> powiats = report.powiats().rows().stream().filter(r -> "powiat".equals(r.level())).toList();
        if (!powiats.isEmpty()) {
            html.append("<h3>").append(text("networks.report.byPowiat")).append("</h3><table><thead><tr><th>")
                    .append(text("networks.field.powiat")).append("</th>");
            for (String code : NetworksReportXlsx.POWIAT_COLUMNS) {
                html.append("<th class=\"n\">").append(Xhtml.escape(pairName(SectorPair.parse(code)))).append("</th>");
            }
            html.append("<th class=\"n\">").append(text("networks.report.newShort")).append("</th><th class=\"n\">")
                    .append(text("networks.report.pesCrossSectorShort")).append("</th></tr></thead><tbody>");
            for (TieMeasureRow row : powiats) {
                html.append("<tr><td>").append(Xhtml.escape(row.name())).append("</td>");
                for (String code : NetworksReportXlsx.POWIAT_COLUMNS) {
                    html.append("<td class=\"n\">").append(number(row.activeBySectors().getOrDefault(code, 0L))).append("</td>");
                }
                html.append("<td class=\"n\">").append(number(row.newTies())).append("</td><td class=\"n\">")
                        .append(number(row.pesWithCrossSectorTie())).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("</body></html>");
        return pdf.render(html.toString());
    }

    String pairName(SectorPair pair) {
        return message("networks.sector." + pair.first().name()) + " – " + message("networks.sector." + pair.second().name());
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(label).append("</th><td class=\"n\">").append(value).append("</td></tr>");
    }

    private String text(String key, Object... arguments) {
        return Xhtml.escape(messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(POLISH).format(value);
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "–" : NumberFormat.getNumberInstance(POLISH).format(value);
    }
}
