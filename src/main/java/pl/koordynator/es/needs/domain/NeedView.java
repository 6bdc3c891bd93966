package pl.koordynator.es.needs.domain;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import pl.koordynator.es.needs.NeedCategory;
import pl.koordynator.es.needs.NeedStatus;
import pl.koordynator.es.needs.PublishedNeed;

/**
 * A reported need as its module's pages and API show it. Who submitted and decided it, and why
 * it was rejected, are shown only to ROPS and to the reporting organisation ({@link #forPublic()}
 * leaves them out for everyone else).
 */
public record NeedView(long id, NeedCategory category, String gminaTeryt, String title, String description,
        NeedStatus status, Long organisationId, String organisationName, String submittedBy,
        OffsetDateTime submittedAt, String decidedBy, OffsetDateTime decidedAt, String rejectionReason, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public String powiatTeryt() {
        return gminaTeryt.substring(0, 4);
    }

    /** The description split where its author started a new line, for showing it as paragraphs. */
    public List<String> paragraphs() {
        return Arrays.stream(description.split("\\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public boolean submitted() {
        return status == NeedStatus.SUBMITTED;
    }

    public boolean published() {
        return status == NeedStatus.PUBLISHED;
    }

    public boolean rejected() {
        return status == NeedStatus.REJECTED;
    }

    /** The same need without the names of the people who handled it. */
    NeedView forPublic() {
        return new NeedView(id, category, gminaTeryt, title, description, status, organisationId, organisationName,
                null, submittedAt, null, decidedAt, null, version, createdAt, updatedAt);
    }

    PublishedNeed toPublished() {
        return new PublishedNeed(id, category, gminaTeryt, title, description, organisationName, decidedAt);
    }
}
