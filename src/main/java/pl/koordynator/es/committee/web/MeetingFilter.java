package pl.koordynator.es.committee.web;

import pl.koordynator.es.committee.MeetingQuery;
import pl.koordynator.es.committee.MeetingStatus;

/** The filters of the public meeting list as they appear in its address. */
record MeetingFilter(Long term, MeetingStatus status, Integer year, Integer page) {

    MeetingQuery toQuery() {
        // the register lists no cancelled meetings, even when the address asks for them
        return new MeetingQuery(term, status == MeetingStatus.CANCELLED ? null : status, year);
    }
}
