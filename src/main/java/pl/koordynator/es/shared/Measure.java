package pl.koordynator.es.shared;

/**
 * A measure a module offers to the programme's indicators.
 *
 * @param code        stable, unique across modules, {@code <module>.<what>} ({@code registry.ps-active})
 * @param nameKey     message key of its name in the reader's language
 * @param unitKey     message key of its unit ({@code measure.unit.pes}, {@code measure.unit.persons})
 * @param kind        whether it counts what happened in the days asked or the state at their end
 * @param territorial whether its values also split by powiat ({@link MeasureValue#byPowiat()})
 */
public record Measure(String code, String nameKey, String unitKey, Kind kind, boolean territorial) {

    public enum Kind {
        /** What happened within the days asked: a year's value is computed over the year, a cumulative one over all the days so far. */
        FLOW,
        /** The state at the end of the days asked (PS active at year end, jobs at year end). */
        STOCK
    }
}
