package pl.koordynator.es.support;

/** How the support was given. */
public enum SupportForm {
    CONSULTING, MENTORING, TRAINING, STUDY_VISIT
}
