package pl.koordynator.es.committee;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A draft document. {@code opinionSubject} only for an opinion (required there); {@code meetingId}
 * for a vote at a meeting; {@code circulationDeadline} for a circulation vote;
 * {@code majorityRule} left out is the type's default (simple; absolute for a resolution).
 */
public record DocumentInput(
        @NotNull Long termId,
        @NotNull DocumentType type,
        OpinionSubject opinionSubject,
        @NotBlank @Size(max = 500) String subject,
        @Size(max = 200_000) String text,
        @NotNull VotingMode votingMode,
        Long meetingId,
        OffsetDateTime circulationDeadline,
        MajorityRule majorityRule) {
}
