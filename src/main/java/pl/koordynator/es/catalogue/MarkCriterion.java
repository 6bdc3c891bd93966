package pl.koordynator.es.catalogue;

/**
 * One criterion of the mark as the application shows it.
 *
 * @param code     LEGAL_FORM, ACTIVITY, SOCIAL_AIMS, OWN_REVENUE
 * @param met      whether it is met (a declared criterion is met by its declaration)
 * @param register true when the register decided it, false when the applicant declared it
 * @param detail   what it rests on: the PES kind, the date and its source, the share in %
 */
public record MarkCriterion(String code, boolean met, boolean register, String detail) {
}
