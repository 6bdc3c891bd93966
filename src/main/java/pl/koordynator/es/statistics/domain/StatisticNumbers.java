package pl.koordynator.es.statistics.domain;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers as statistics files write them: a decimal comma (or point), spaces or non-breaking
 * spaces between groups of thousands, and "-", "x" or "." where GUS has no data.
 */
final class StatisticNumbers {

    /** What GUS writes instead of a number: no data, confidential, not applicable. */
    private static final Set<String> NO_DATA = Set.of("", "-", "–", "—", "x", "X", ".");
    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}( \\d{3})+(\\.\\d+)?");
    static final int MAX_INTEGER_DIGITS = 15;

    private StatisticNumbers() {
    }

    static boolean noData(String cell) {
        return NO_DATA.contains(clean(cell));
    }

    /**
     * The number in a cell; {@code commaDecimal} allows a decimal comma (files separated by
     * semicolons). Null for a no-data cell; {@link IllegalArgumentException} when it is no number.
     */
    static BigDecimal parse(String cell, boolean commaDecimal) {
        String text = clean(cell);
        if (NO_DATA.contains(text)) {
            return null;
        }
        if (commaDecimal) {
            if (text.indexOf(',') >= 0 && text.indexOf('.') >= 0) {
                throw new IllegalArgumentException(cell);
            }
            text = text.replace(',', '.');
        }
        boolean grouped = text.indexOf(' ') >= 0;
        if (!(grouped ? GROUPED : PLAIN).matcher(text).matches()) {
            throw new IllegalArgumentException(cell);
        }
        BigDecimal value = new BigDecimal(text.replace(" ", ""));
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(cell);
        }
        return normalised(value);
    }

    /** 480000 rather than 4.8E+5 or 480000.00, so equal numbers look equal everywhere. */
    static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.replace('\u00A0', ' ').replace('\u202F', ' ').strip()
                .replaceAll(" {2,}", " ");
    }
}
