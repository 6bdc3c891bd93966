package pl.koordynator.es.networks.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Parsing of the values forms and the API send, shared by the rules of networks, ties and offers. */
public final class Values {

    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Values() {
    }

    /** A date as the API ({@code 2025-03-14}) or a Polish user ({@code 14.03.2025}) writes it, or null. */
    public static LocalDate date(String text) {
        if (blank(text)) {
            return null;
        }
        String value = text.strip();
        try {
            return value.contains(".") ? LocalDate.parse(value, POLISH_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** An amount with a dot or a decimal comma (spaces between thousands allowed), or null. */
    static BigDecimal amount(String text) {
        String value = text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (!value.matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(value);
    }

    static <E extends Enum<E>> E code(Class<E> type, String code) {
        if (blank(code)) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static String line(String value) {
        return blank(value) ? null : value.strip().replaceAll("\\s+", " ");
    }

    static String text(String value) {
        return blank(value) ? null : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }
}
