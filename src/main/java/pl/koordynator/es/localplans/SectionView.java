package pl.koordynator.es.localplans;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A section of a plan as read, with the plan's facts its page needs and what the caller may do.
 *
 * @param version          0 until the first save
 * @param updatedByName    the author of the current version (their account's name), null before the first
 * @param openComments     comments awaiting the authors' decision
 * @param consultationOpen whether PES of the area may comment now (until {@code consultationDeadline})
 */
public record SectionView(long planId, String planTitle, String unitName, LocalPlanStatus planStatus,
        SectionKey key, String slug, String text, int version, OffsetDateTime updatedAt, String updatedByName,
        String updatedByOrganisationName, long openComments, LocalDate consultationDeadline,
        boolean consultationOpen, LocalPlanView.Rights rights) {
}
