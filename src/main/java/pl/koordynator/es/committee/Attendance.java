package pl.koordynator.es.committee;

/** A member at a meeting; PRESENT and REMOTE count towards the quorum, ABSENT is unexcused. */
public enum Attendance {
    PRESENT, REMOTE, EXCUSED, ABSENT
}
