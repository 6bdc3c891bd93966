package pl.koordynator.es.shared;

/**
 * A measure a module offers to the programme's indicators.
 *
 * @param code        stable, unique across modules, {@code <module>.<what>} ({@code registry.ps-active})
 * @param nameKey     message key of its name in the reader's language
 * @param unitKey     message key of its unit ({@code measure.unit.pes}, {@code measure.unit.persons})
 * @param kind        whether it counts what happened in the days asked or the state at their end
 * @param territorial whether its values also split by powiat ({@link MeasureValue#byPowiat()})
 * @param name        its name as the data names it, for a measure the module defines from its data
 *                    rather than in code (an OWES report template's indicator); shown instead of
 *                    {@code nameKey}'s text when not null
 * @param unit        its unit as the data names it ({@code os.}, {@code godz.}); shown instead of
 *                    {@code unitKey}'s text when not null
 */
public record Measure(String code, String nameKey, String unitKey, Kind kind, boolean territorial, String name,
        String unit) {

    /** A measure named by its message keys alone. */
    public Measure(String code, String nameKey, String unitKey, Kind kind, boolean territorial) {
        this(code, nameKey, unitKey, kind, territorial, null, null);
    }

    public enum Kind {
        /** What happened within the days asked: a year's value is computed over the year, a cumulative one over all the days so far. */
        FLOW,
        /** The state at the end of the days asked (PS active at year end, jobs at year end). */
        STOCK
    }
}
