package pl.koordynator.es.committee;

/** Filters of the meeting list, each optional. */
public record MeetingQuery(Long termId, MeetingStatus status, Integer year) {

    public static MeetingQuery everything() {
        return new MeetingQuery(null, null, null);
    }
}
