package pl.koordynator.es.localplans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A plan's diagnosis: the figures of its unit as of {@code asOf} (today in the region), in groups,
 * the unit's place in the priority index, and the DIAGNOSIS section's text written around them
 * ({@code sectionText} empty while nobody has written it, {@code sectionVersion} 0 then).
 *
 * @param mayEditText whether the caller may write the plan's sections (the link to the section editor)
 */
public record PlanDiagnosis(long planId, String title, PlanLevel level, String unitTeryt, String unitName,
        LocalDate asOf, List<DiagnosisGroup> groups, DiagnosisPriority priority, String sectionText,
        int sectionVersion, OffsetDateTime sectionUpdatedAt, boolean mayEditText) {

    public PlanDiagnosis {
        groups = groups == null ? List.of() : List.copyOf(groups);
        sectionText = sectionText == null ? "" : sectionText;
    }

    /** The figure of this code in any group, for tests and readers of the API. */
    public java.util.Optional<DiagnosisFigure> figure(String code) {
        return groups.stream().flatMap(g -> g.figures().stream()).filter(f -> f.code().equals(code)).findFirst();
    }
}
