package pl.koordynator.es.committee.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A meeting invitation as an iCalendar object (RFC 5545 with the iTIP methods of RFC 5546): CRLF
 * line ends, lines folded at 75 octets without splitting a character, text escaped, times in UTC.
 * The UID stays the same for a meeting, so a calendar replaces its entry when the SEQUENCE rises;
 * a cancellation is METHOD:CANCEL with STATUS:CANCELLED.
 */
final class MeetingCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    record Invitation(long meetingId, int sequence, boolean cancelled, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String summary, String description, String location, String url,
            String attendeeEmail) {
    }

    private final StringBuilder out = new StringBuilder();

    private MeetingCalendar() {
    }

    static String uid(long meetingId, String host) {
        return "committee-meeting-" + meetingId + "@" + host;
    }

    static String of(Invitation invitation, String host, OffsetDateTime now) {
        MeetingCalendar calendar = new MeetingCalendar();
        calendar.line("BEGIN:VCALENDAR");
        calendar.line("VERSION:2.0");
        calendar.line("PRODID:-//Koordynator ES//Komitet//PL");
        calendar.line("CALSCALE:GREGORIAN");
        calendar.line("METHOD:" + (invitation.cancelled() ? "CANCEL" : "REQUEST"));
        calendar.line("BEGIN:VEVENT");
        calendar.line("UID:" + uid(invitation.meetingId(), host));
        calendar.line("DTSTAMP:" + utc(now));
        calendar.line("DTSTART:" + utc(invitation.startsAt()));
        calendar.line("DTEND:" + utc(invitation.endsAt()));
        calendar.line("SEQUENCE:" + invitation.sequence());
        calendar.property("SUMMARY", invitation.summary());
        calendar.property("DESCRIPTION", invitation.description());
        if (invitation.location() != null && !invitation.location().isBlank()) {
            calendar.property("LOCATION", invitation.location());
        }
        calendar.line("ORGANIZER:mailto:noreply@" + host);
        if (invitation.attendeeEmail() != null) {
            calendar.line("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:" + invitation.attendeeEmail());
        }
        if (invitation.url() != null) {
            calendar.line("URL:" + invitation.url());
        }
        calendar.line("STATUS:" + (invitation.cancelled() ? "CANCELLED" : "CONFIRMED"));
        calendar.line("END:VEVENT");
        calendar.line("END:VCALENDAR");
        return calendar.out.toString();
    }

    private void property(String name, String value) {
        line(name + ":" + escape(value == null ? "" : value));
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    private static String utc(OffsetDateTime at) {
        return UTC.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** A content line folded at 75 octets of UTF-8, never inside a character. */
    private void line(String text) {
        int octets = 0;
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append(line).append("\r\n ");
                line.setLength(0);
                octets = 1;
            }
            line.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(line).append("\r\n");
    }
}
