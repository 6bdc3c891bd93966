package pl.koordynator.es.committee.web;

import pl.koordynator.es.committee.PositionQuery;
import pl.koordynator.es.committee.TakenIntoAccount;

/**
 * The filters of the public positions list as they appear in its address: words of the topic, the
 * addressee or the act ({@code q}), whether the addressee took it into account, the year.
 */
record PositionFilter(String q, TakenIntoAccount taken, Integer year, Integer page) {

    PositionQuery toQuery() {
        return new PositionQuery(q == null || q.isBlank() ? null : q.strip(), taken, year, null);
    }
}
