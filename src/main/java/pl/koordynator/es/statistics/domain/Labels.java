package pl.koordynator.es.statistics.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column labels of BDL exports and the aliases they are compared with, reduced to what matters:
 * no year, no [unit], lower case, no Polish accents, single spaces.
 */
final class Labels {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
    private static final Pattern UNIT = Pattern.compile("\\[[^]]*]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private Labels() {
    }

    static String normalise(String label) {
        if (label == null) {
            return "";
        }
        String text = UNIT.matcher(label).replaceAll(" ");
        text = YEAR.matcher(text).replaceAll(" ");
        text = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        // ł has no decomposition, so NFD leaves it; everything else loses its accent here
        text = MARKS.matcher(text).replaceAll("").replace('ł', 'l');
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** The last 19xx or 20xx number of the label, or null. */
    static Integer year(String label) {
        Matcher matcher = YEAR.matcher(label == null ? "" : label);
        Integer year = null;
        while (matcher.find()) {
            year = Integer.valueOf(matcher.group());
        }
        return year;
    }

    /** Cell text with runs of white space (also non-breaking) made single spaces. */
    static String collapse(String text) {
        return SPACES.matcher(text == null ? "" : text).replaceAll(" ").strip();
    }
}
