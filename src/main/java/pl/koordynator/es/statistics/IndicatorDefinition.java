package pl.koordynator.es.statistics;

import java.util.Locale;

/**
 * An indicator the map shows per unit and year. {@code live} indicators are computed from the
 * register (or from reported needs) for the current year; earlier years of them, like every year
 * of the others, come from imported statistics. {@code builtIn} ones are the codes of the
 * programme and cannot be removed or renamed by ADMIN.
 */
public record IndicatorDefinition(String code, String namePl, String nameEn, String unitPl, String unitEn,
        String source, IndicatorCategory category, Aggregation aggregation, boolean live, boolean builtIn) {

    public String name(Locale locale) {
        return english(locale) ? nameEn : namePl;
    }

    public String unit(Locale locale) {
        return english(locale) ? unitEn : unitPl;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
