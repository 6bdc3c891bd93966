package pl.koordynator.es.localplans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import pl.koordynator.es.programme.Direction;

/**
 * A plan as read, with what the caller may do with it ({@link Rights}).
 *
 * @param powiatTeryt the powiat the unit lies in (the unit itself for a powiat plan)
 */
public record LocalPlanView(long id, PlanLevel level, String unitTeryt, String unitName, String powiatTeryt,
        String title, LocalPlanStatus status, LocalDate periodStart, LocalDate periodEnd, String resolutionNumber,
        LocalDate resolutionDate, String resolutionUrl, String strategyTitle, String strategyUrl, Long jstId,
        String jstName, Long responsibleUnitId, String responsibleUnitName, Long owesId, String owesName,
        LocalDate consultationDeadline, Long replacedById, List<Document> documents, List<Goal> goals,
        List<Action> actions, List<Indicator> indicators, boolean demo, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, Rights rights) {

    /** A PDF of the plan, without its bytes. */
    public record Document(long id, String title, String fileName, int sizeBytes, OffsetDateTime uploadedAt) {
    }

    public record Goal(long id, int number, String title, String description) {
    }

    /** An organisation of the register named in an action. */
    public record Party(long id, String name) {
    }

    public record Action(long id, int number, Integer goalNumber, String title, String description,
            List<Party> responsible, List<Party> partners, LocalDate startDate, LocalDate endDate, BigDecimal budget,
            String fundingSource, Long programmeActionId, String programmeActionLabel) {
    }

    public record Indicator(long id, int number, Integer goalNumber, String name, String unit, Direction direction,
            BigDecimal baseline, Integer baselineYear, BigDecimal target, int targetYear, IndicatorSource source,
            String sourceCode) {
    }

    /**
     * What the caller may do, from {@code LocalPlansAccess}: edit the plan's data and documents, write its
     * sections and decide on comments (the JST and the OWES), comment (ROPS, the OWES, in consultation PES
     * of the area), write the yearly monitoring note and indicator values (the JST, ROPS).
     */
    public record Rights(boolean edit, boolean writeSections, boolean decide, boolean comment, boolean monitor) {

        public static final Rights NONE = new Rights(false, false, false, false, false);
    }
}
