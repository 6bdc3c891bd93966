package pl.koordynator.es.reporting;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: {@code 2025Q1}..{@code 2025Q4}, {@code 2025H1}, {@code 2025H2} or a year
 * {@code 2025}. {@code number} is the quarter or half (1-based), 1 for a year.
 */
public record Period(PeriodType type, int year, int number) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:([QH])(\\d))?");

    public Period {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (type) {
            case QUARTER -> 4;
            case HALF_YEAR -> 2;
            case YEAR -> 1;
        };
        if (number < 1 || number > max) {
            throw new IllegalArgumentException("no " + type + " " + number);
        }
    }

    /** The period written as {@code 2025Q1}, {@code 2025h2} or {@code 2025}; empty when it is none. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        PeriodType type = matcher.group(2) == null ? PeriodType.YEAR
                : matcher.group(2).equals("Q") ? PeriodType.QUARTER : PeriodType.HALF_YEAR;
        int number = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
        try {
            return Optional.of(new Period(type, year, number));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodType.QUARTER, year, quarter);
    }

    /** The period of the type that contains the day. */
    public static Period containing(LocalDate day, PeriodType type) {
        int month = day.getMonthValue();
        return switch (type) {
            case QUARTER -> new Period(type, day.getYear(), (month - 1) / 3 + 1);
            case HALF_YEAR -> new Period(type, day.getYear(), month <= 6 ? 1 : 2);
            case YEAR -> new Period(type, day.getYear(), 1);
        };
    }

    private int months() {
        return switch (type) {
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR -> 12;
        };
    }

    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * months() + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(months()).minusDays(1);
    }

    /** Whether the other period lies wholly within this one (a quarter in its half-year or year). */
    public boolean contains(Period other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /** The period of the same type just before this one. */
    public Period previous() {
        return number > 1 ? new Period(type, year, number - 1)
                : new Period(type, year - 1, type == PeriodType.QUARTER ? 4 : type == PeriodType.HALF_YEAR ? 2 : 1);
    }

    /** The period's code, e.g. {@code 2025Q1}. */
    public String code() {
        return switch (type) {
            case QUARTER -> year + "Q" + number;
            case HALF_YEAR -> year + "H" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
