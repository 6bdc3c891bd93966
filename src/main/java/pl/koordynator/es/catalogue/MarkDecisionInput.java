package pl.koordynator.es.catalogue;

import java.time.LocalDate;

/**
 * ROPS's decision on an application after the board's vote: {@code grant} true gives a licence
 * valid for a year from {@code decidedOn} (today when null); false refuses it, with a reason.
 */
public record MarkDecisionInput(Boolean grant, LocalDate decidedOn, String reason) {
}
