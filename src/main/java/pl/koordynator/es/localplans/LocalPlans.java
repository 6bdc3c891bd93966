package pl.koordynator.es.localplans;

import java.util.List;
import java.util.Optional;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The local plans: every signed-in user reads them; ROPS writes any, the JST (a PARTNER account acting
 * for the plan's JST or its responsible unit) and the supporting OWES write their own (see
 * {@code LocalPlansAccess}). A bad value is an {@code InvalidInputException} naming the field and changes
 * nothing; a second active plan for a JST is a {@code ConflictException} on {@code unitTeryt}.
 */
public interface LocalPlans {

    LocalPlanView create(LocalPlanInput input);

    /** Replaces the plan written at {@code version} (goals, actions and indicators included), else a conflict. */
    LocalPlanView update(long id, long version, LocalPlanInput input);

    LocalPlanView plan(long id);

    /** Plans by powiat and unit name, then the newest first. */
    PageOf<LocalPlanSummary> plans(LocalPlanQuery query, Paging paging);

    /** The JST's active plan (in preparation, in consultation or adopted), if any. */
    Optional<LocalPlanSummary> activePlanOf(String unitTeryt);

    /**
     * Plans in which the organisation takes part: as the JST, its responsible unit, the supporting OWES,
     * or named in an action; newest first.
     */
    List<LocalPlanSummary> plansOfOrganisation(long organisationId);

    /** Adds a PDF (checked to be one, within the upload limit). */
    LocalPlanView.Document addDocument(long planId, String title, String fileName, byte[] content);

    PlanFile document(long planId, long documentId);

    void removeDocument(long planId, long documentId);
}
