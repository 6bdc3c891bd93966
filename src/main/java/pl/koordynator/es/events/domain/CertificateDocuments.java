package pl.koordynator.es.events.domain;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.koordynator.es.documents.PdfDocuments;
import pl.koordynator.es.documents.Xhtml;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.territory.Territory;

/**
 * Certificates of attendance ("zaświadczenie o udziale"): one A4 page per attendee, in Polish
 * whatever the organiser's page language, because they are documents of a Polish public programme
 * (participants file them with the OWES and the employment office). Dates and times in the
 * region's time zone; the organiser's name stands under the signature line.
 */
@Component
public class CertificateDocuments {

    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final Territory territory;
    private final PlatformSettings settings;
    private final Clock clock;

    CertificateDocuments(PdfDocuments pdf, MessageSource messages, Territory territory, PlatformSettings settings,
            Clock clock) {
        this.pdf = pdf;
        this.messages = messages;
        this.territory = territory;
        this.settings = settings;
        this.clock = clock;
    }

    /** One PDF with a page for each attendee, in the order given. */
    public byte[] render(EventView event, List<Participant> attendees) {
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="pl"><head><meta charset="UTF-8"/>
                <title>Zaświadczenie o udziale</title><style>
                @page { size: A4; margin: 22mm 20mm; }
                body { font-family: sans-serif; font-size: 12pt; color: #111; }
                .certificate { page-break-after: always; text-align: center; }
                .certificate.last { page-break-after: auto; }
                .issuer { text-align: left; font-size: 10pt; color: #444; margin-bottom: 28mm; }
                h1 { font-size: 24pt; letter-spacing: 1pt; margin: 0 0 14mm 0; color: #1b3a5c; }
                .name { font-size: 20pt; font-weight: bold; margin: 6mm 0; }
                .title { font-size: 15pt; font-weight: bold; margin: 4mm 0 10mm 0; }
                table.facts { margin: 0 auto; border-collapse: collapse; text-align: left; }
                table.facts th { font-weight: normal; color: #444; padding: 1.5mm 5mm 1.5mm 0; vertical-align: top; }
                table.facts td { padding: 1.5mm 0; vertical-align: top; }
                .issued { text-align: left; margin-top: 30mm; }
                .signature { margin-top: 22mm; margin-left: 95mm; text-align: center; font-size: 10pt; }
                .line { border-top: 0.6pt dotted #333; padding-top: 2mm; }
                </style></head><body>""");
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        String place = place(event);
        String issuePlace = event.gminaTeryt() == null ? null
                : territory.gmina(event.gminaTeryt()).map(g -> g.name()).orElse(null);
        for (int i = 0; i < attendees.size(); i++) {
            Participant person = attendees.get(i);
            html.append("<div class=\"certificate").append(i == attendees.size() - 1 ? " last" : "").append("\">");
            html.append("<div class=\"issuer\">").append(Xhtml.escape(event.organiserName())).append("</div>");
            html.append("<h1>Zaświadczenie o udziale</h1>");
            html.append("<p>Zaświadcza się, że</p>");
            html.append("<p class=\"name\">").append(Xhtml.escape(person.name())).append("</p>");
            if (person.organisationName() != null && !person.organisationName().isBlank()) {
                html.append("<p>(").append(Xhtml.escape(person.organisationName())).append(")</p>");
            }
            html.append("<p>uczestniczył(a) w wydarzeniu</p>");
            html.append("<p class=\"title\">„").append(Xhtml.escape(event.title())).append("”</p>");
            html.append("<table class=\"facts\"><tbody>");
            fact(html, "Rodzaj:", messages.getMessage("participants.type." + event.type(), null, POLISH));
            fact(html, "Termin:", when(event));
            fact(html, "Miejsce:", place);
            fact(html, "Organizator:", event.organiserName());
            html.append("</tbody></table>");
            html.append("<p class=\"issued\">").append(Xhtml.escape(issuePlace == null ? "" : issuePlace + ", "))
                    .append("dnia ").append(DATE.format(today)).append(" r.</p>");
            html.append("<div class=\"signature\"><div class=\"line\">")
                    .append(Xhtml.escape(event.organiserName())).append("<br/>(organizator)</div></div>");
            html.append("</div>");
        }
        html.append("</body></html>");
        return pdf.render(html.toString());
    }

    /** The dates and hours, with the length of a one-day event in hours ("6 godz.", "2,5 godz."). */
    String when(EventView event) {
        ZoneId zone = settings.timeZone();
        ZonedDateTime start = event.startsAt().atZoneSameInstant(zone);
        ZonedDateTime end = event.endsAt().atZoneSameInstant(zone);
        if (start.toLocalDate().equals(end.toLocalDate())) {
            double hours = Duration.between(start, end).toMinutes() / 60.0;
            NumberFormat number = NumberFormat.getNumberInstance(POLISH);
            number.setMaximumFractionDigits(1);
            return DATE.format(start) + ", godz. " + TIME.format(start) + "–" + TIME.format(end) + " ("
                    + number.format(hours) + " godz.)";
        }
        return DATE.format(start) + " " + TIME.format(start) + " – " + DATE.format(end) + " " + TIME.format(end);
    }

    private String place(EventView event) {
        StringBuilder place = new StringBuilder();
        if (event.venue() != null) {
            place.append(event.venue());
        }
        if (event.gminaTeryt() != null) {
            territory.gmina(event.gminaTeryt()).ifPresent(gmina -> place.append(place.isEmpty() ? "" : ", ")
                    .append("gmina ").append(gmina.name()));
        }
        if (event.onlineUrl() != null) {
            place.append(place.isEmpty() ? "online" : "; online");
        }
        return place.toString();
    }

    private static void fact(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(Xhtml.escape(label)).append("</th><td>").append(Xhtml.escape(value))
                .append("</td></tr>");
    }
}
