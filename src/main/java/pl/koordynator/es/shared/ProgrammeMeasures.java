package pl.koordynator.es.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * The named measures a module computes from its own data, so that the regional programme's
 * indicators are counted by the platform instead of retyped ("PES supported", "new social
 * enterprises", "participants of events"). A module implements it once, in its {@code domain}
 * package, as a bean named {@code <Module>ProgrammeMeasures}; the programme module collects every
 * bean, lists their measures and asks the one that owns a code. Values are regional and never
 * depend on who is signed in: a reader's right to the underlying list is checked where the list is.
 */
public interface ProgrammeMeasures {

    /** The measures this module offers; codes start with the module's name ({@code support.pes-supported}). */
    List<Measure> measures();

    /**
     * One of this module's measures over the days {@code from}..{@code to}, both included: for a
     * {@link Measure.Kind#FLOW} what happened in those days (distinct where the measure says so),
     * for a {@link Measure.Kind#STOCK} the state at the end of {@code to}; {@code from} is then
     * ignored. Throws {@link IllegalArgumentException} for a code that is not one of {@link #measures()}.
     */
    MeasureValue compute(String code, LocalDate from, LocalDate to);
}
