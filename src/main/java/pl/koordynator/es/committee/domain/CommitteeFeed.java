package pl.koordynator.es.committee.domain;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * The Atom feed (RFC 4287) of the public register: adopted documents and approved minutes, the
 * latest first. Drafts, votes in progress, rejected documents and draft minutes never appear.
 * Written with the JDK's XML writer, so the text of a subject is always escaped.
 */
@Component
public class CommitteeFeed {

    static final int ENTRIES = 50;
    /** Where the public register shows a document and a meeting (the pages of the register). */
    public static final String DOCUMENT_PAGE = "/komitet/dokumenty/";
    public static final String MEETING_PAGE = "/komitet/posiedzenia/";

    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final PlatformSettings platform;

    CommitteeFeed(JdbcClient jdbc, MessageSource messages, PlatformSettings platform) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.platform = platform;
    }

    private record Entry(String id, String title, String summary, String link, OffsetDateTime updated) {
    }

    @Transactional(readOnly = true)
    public String atom() {
        List<Entry> entries = new ArrayList<>();
        jdbc.sql("""
                select id, type, number_seq, number_year, subject, coalesce(closed_at, created_at) as updated
                from committee_document where status = 'ADOPTED' order by closed_at desc nulls last, id desc limit :n""")
                .param("n", ENTRIES).query((rs, n) -> entries.add(new Entry(
                        platform.link(DOCUMENT_PAGE + rs.getLong("id")),
                        text("committee.core.feed.document", text("committee.DocumentType." + rs.getString("type")),
                                rs.getInt("number_seq") + "/" + rs.getInt("number_year"), rs.getString("subject")),
                        rs.getString("subject"), platform.link(DOCUMENT_PAGE + rs.getLong("id")),
                        rs.getObject("updated", OffsetDateTime.class)))).list();
        jdbc.sql("""
                select g.id, g.number, t.number as term_number, g.minutes_approved_on, g.starts_at
                from committee_meeting g join committee_term t on t.id = g.term_id
                where g.minutes_status = 'APPROVED' order by g.minutes_approved_on desc, g.id desc limit :n""")
                .param("n", ENTRIES).query((rs, n) -> entries.add(new Entry(
                        platform.link(MEETING_PAGE + rs.getLong("id")) + "#protokol",
                        text("committee.core.feed.minutes", rs.getInt("number"), rs.getInt("term_number")),
                        text("committee.core.feed.minutes", rs.getInt("number"), rs.getInt("term_number")),
                        platform.link(MEETING_PAGE + rs.getLong("id")),
                        rs.getObject("minutes_approved_on", java.time.LocalDate.class).atStartOfDay(platform.timeZone())
                                .toOffsetDateTime()))).list();
        entries.sort(Comparator.comparing(Entry::updated).reversed());
        List<Entry> latest = entries.subList(0, Math.min(ENTRIES, entries.size()));
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", platform.link("/api/v1/committee/feed.atom"));
            element(xml, "title", text("committee.core.feed.title"));
            element(xml, "updated", time(latest.isEmpty() ? OffsetDateTime.parse("2015-06-23T00:00:00Z")
                    : latest.get(0).updated()));
            link(xml, platform.link("/api/v1/committee/feed.atom"), "self");
            link(xml, platform.link("/komitet"), "alternate");
            xml.writeStartElement("author");
            element(xml, "name", text("committee.core.feed.author"));
            xml.writeEndElement();
            for (Entry entry : latest) {
                xml.writeStartElement("entry");
                element(xml, "id", entry.id());
                element(xml, "title", entry.title());
                element(xml, "updated", time(entry.updated()));
                link(xml, entry.link(), "alternate");
                element(xml, "summary", entry.summary());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the committee feed could not be written", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String time(OffsetDateTime at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, POLISH);
    }
}
