package pl.koordynator.es.committee;

import java.time.LocalDate;
import java.util.List;

/**
 * A position or opinion submitted on behalf of the sector: what it answers (an act or a
 * consultation), to whom, by when, who co-signed it, the committee resolution that adopted it (if
 * any), when it was submitted and what the addressee answered.
 */
public record PositionView(long id, String topic, String addressee, String actTitle, String actReference,
        String actLink, LocalDate deadline, List<OrganisationRef> coSigners, Long resolutionId,
        String resolutionNumber, String text, List<AttachmentView> attachments, LocalDate submittedOn,
        String response, LocalDate respondedOn, TakenIntoAccount takenIntoAccount) {
}
