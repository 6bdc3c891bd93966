package pl.koordynator.es.reintegration;

import java.time.LocalDate;

/**
 * An outcome recorded by the receiving unit: at EXIT once the programme has ended (this moves the
 * referral to follow-up and schedules the follow-ups), or at 3, 6 or 12 months.
 *
 * @param on the day it was found (today when null)
 */
public record OutcomeInput(OutcomeMoment moment, ExitOutcome outcome, LocalDate on) {
}
