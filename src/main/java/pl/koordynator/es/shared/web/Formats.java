package pl.koordynator.es.shared.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Dates and numbers as Polish users write them (dd.MM.yyyy, "1 234,5"), in the region's time
 * zone; used by templates as {@code ${@fmt.dateTime(x)}}.
 */
@Component("fmt")
class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    private final PlatformSettings settings;

    Formats(PlatformSettings settings) {
        this.settings = settings;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(OffsetDateTime moment) {
        return moment == null ? "" : DATE.format(moment.atZoneSameInstant(settings.timeZone()));
    }

    public String dateTime(OffsetDateTime moment) {
        return moment == null ? "" : DATE_TIME.format(moment.atZoneSameInstant(settings.timeZone()));
    }

    /** The time of day alone, {@code HH:mm}, e.g. beside a date shown separately. */
    public String time(OffsetDateTime moment) {
        return moment == null ? "" : TIME.format(moment.atZoneSameInstant(settings.timeZone()));
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(POLISH).format(value);
    }
}
