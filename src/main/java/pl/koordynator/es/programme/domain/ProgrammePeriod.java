package pl.koordynator.es.programme.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year ({@code 2025}) or a quarter of it ({@code 2025Q2}, also {@code 2025-Q2} and lower case),
 * the periods of an indicator's targets and values.
 *
 * @param quarter 1–4, or 0 for the whole year
 */
public record ProgrammePeriod(int year, int quarter) implements Comparable<ProgrammePeriod> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:\\s*-?\\s*[Qq]\\s*([1-4]))?");

    public ProgrammePeriod {
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public static ProgrammePeriod ofYear(int year) {
        return new ProgrammePeriod(year, 0);
    }

    /** The period written, or null when it is no period. */
    public static ProgrammePeriod parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        return new ProgrammePeriod(Integer.parseInt(matcher.group(1)),
                matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
    }

    public boolean wholeYear() {
        return quarter == 0;
    }

    public LocalDate start() {
        return LocalDate.of(year, wholeYear() ? 1 : quarter * 3 - 2, 1);
    }

    public LocalDate end() {
        LocalDate lastMonth = LocalDate.of(year, wholeYear() ? 12 : quarter * 3, 1);
        return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
    }

    /** The period's end on a scale of years: a year's end is the year itself, a quarter's a fraction before it. */
    double timePoint() {
        return wholeYear() ? year : year - 1 + quarter / 4.0;
    }

    @Override
    public int compareTo(ProgrammePeriod other) {
        int byEnd = end().compareTo(other.end());
        // a year after its fourth quarter, which ends the same day
        return byEnd != 0 ? byEnd : Integer.compare(quarter == 0 ? 5 : quarter, other.quarter == 0 ? 5 : other.quarter);
    }

    @Override
    public String toString() {
        return wholeYear() ? String.valueOf(year) : year + "Q" + quarter;
    }
}
