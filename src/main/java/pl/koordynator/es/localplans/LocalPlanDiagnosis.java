package pl.koordynator.es.localplans;

import java.util.Locale;

/**
 * The diagnosis of a plan prefilled from the platform: figures of the plan's gmina or powiat computed
 * through the public APIs of the map, the register, reported needs, support, events, networks and
 * public services (each with its date and source, so a reader can check it), and the text of the
 * plan's DIAGNOSIS section around them. Every signed-in user reads it (plans are public documents);
 * an unknown plan is a {@code NotFoundException}.
 */
public interface LocalPlanDiagnosis {

    /** The figures in the current request's language. */
    PlanDiagnosis diagnosis(long planId);

    /** The same as an A4 PDF (title, unit, date, the section's text and every figure with its source). */
    PlanFile pdf(long planId, Locale locale);
}
