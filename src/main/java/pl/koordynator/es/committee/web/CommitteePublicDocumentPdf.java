package pl.koordynator.es.committee.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import pl.koordynator.es.committee.DocumentView;
import pl.koordynator.es.committee.Tally;
import pl.koordynator.es.committee.TermView;
import pl.koordynator.es.documents.PdfDocuments;
import pl.koordynator.es.documents.Xhtml;

/**
 * An adopted document of the committee as a PDF (A4, the font with Polish letters embedded by
 * {@link PdfDocuments}): its kind and number, the date and term, the subject, the text in its
 * paragraphs and the result of the vote as the system counted it.
 */
@Component
class CommitteePublicDocumentPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PdfDocuments pdf;
    private final MessageSource messages;

    CommitteePublicDocumentPdf(PdfDocuments pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    byte[] render(DocumentView document, TermView term) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = text(locale, "committee.public.pdf.title",
                text(locale, "committee.public.type." + document.type()), document.number());
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="%s"><head><meta charset="UTF-8"/><title>%s</title><style>
                @page { size: A4; margin: 20mm 20mm 20mm 20mm;
                  @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
                body { font-family: sans-serif; font-size: 10.5pt; color: #111; line-height: 1.4; }
                p.issuer { text-align: center; font-size: 10pt; margin: 0 0 6mm 0; }
                h1 { text-align: center; font-size: 15pt; margin: 0 0 2mm 0; }
                p.date { text-align: center; margin: 0 0 6mm 0; }
                p.subject { text-align: center; font-weight: bold; margin: 0 0 8mm 0; }
                p.body { text-align: justify; margin: 0 0 3mm 0; }
                table { border-collapse: collapse; margin-top: 8mm; }
                th, td { border: 0.5pt solid #999; padding: 2pt 5pt; text-align: left; }
                th { background: #e9eef4; }
                p.result { font-weight: bold; margin-top: 3mm; }
                </style></head><body>""".formatted(Xhtml.escape(locale.getLanguage()), Xhtml.escape(title)));
        html.append("<p class=\"issuer\">").append(Xhtml.escape(text(locale, "committee.public.pdf.issuer",
                String.valueOf(term.number())))).append("</p>");
        html.append("<h1>").append(Xhtml.escape(title)).append("</h1>");
        if (document.adoptedOn() != null) {
            html.append("<p class=\"date\">").append(Xhtml.escape(text(locale, "committee.public.pdf.date",
                    DATE.format(document.adoptedOn())))).append("</p>");
        }
        if (document.opinionSubject() != null) {
            html.append("<p class=\"date\">").append(Xhtml.escape(
                    text(locale, "committee.public.opinionSubject." + document.opinionSubject()))).append("</p>");
        }
        html.append("<p class=\"subject\">").append(Xhtml.escape(document.subject())).append("</p>");
        String body = document.text() == null ? "" : document.text().replace("\r\n", "\n");
        for (String paragraph : body.split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p class=\"body\">").append(Xhtml.escape(paragraph.strip()).replace("\n", "<br/>"))
                        .append("</p>");
            }
        }
        vote(html, locale, document);
        html.append("</body></html>");
        return pdf.render(html.toString());
    }

    private void vote(StringBuilder html, Locale locale, DocumentView document) {
        Tally tally = document.tally();
        if (tally == null) {
            return;
        }
        html.append("<table><caption>").append(Xhtml.escape(text(locale, "committee.public.vote.title")))
                .append("</caption><tbody>");
        row(html, text(locale, "committee.public.vote.for"), tally.forVotes());
        row(html, text(locale, "committee.public.vote.against"), tally.against());
        row(html, text(locale, "committee.public.vote.abstain"), tally.abstain());
        row(html, text(locale, "committee.public.vote.cast"), tally.cast());
        row(html, text(locale, "committee.public.vote.members"), tally.currentMembers());
        row(html, text(locale, "committee.public.vote.needed"), tally.needed());
        html.append("</tbody></table>");
        html.append("<p class=\"result\">").append(Xhtml.escape(text(locale, "committee.public.vote.rule",
                text(locale, "committee.public.majority." + document.majorityRule())))).append(' ')
                .append(Xhtml.escape(text(locale, "committee.public.vote.mode." + document.votingMode())))
                .append("</p>");
    }

    private static void row(StringBuilder html, String label, int value) {
        html.append("<tr><th>").append(Xhtml.escape(label)).append("</th><td>").append(value).append("</td></tr>");
    }

    /** The download's name: the kind and number, e.g. {@code uchwala-3-2026.pdf}. */
    String fileName(DocumentView document) {
        String kind = switch (document.type()) {
            case RESOLUTION -> "uchwala";
            case OPINION -> "opinia";
            case POSITION -> "stanowisko";
            case LETTER -> "pismo";
        };
        return kind + "-" + (document.number() == null ? String.valueOf(document.id()) : document.number().replace('/', '-'))
                + ".pdf";
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
