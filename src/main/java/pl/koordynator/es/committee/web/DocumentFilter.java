package pl.koordynator.es.committee.web;

import java.util.List;
import java.util.stream.IntStream;

import pl.koordynator.es.committee.DocumentQuery;
import pl.koordynator.es.committee.DocumentStatus;
import pl.koordynator.es.committee.DocumentType;

/** The filters of the public document list as they appear in its address: words, type, year of adoption. */
record DocumentFilter(String q, DocumentType type, Integer year, Integer page) {

    /** The committee's register starts with its first resolutions of 2015. */
    static final int FIRST_YEAR = 2015;

    DocumentQuery toQuery() {
        // adopted only, whatever the caller may see elsewhere
        return new DocumentQuery(DocumentStatus.ADOPTED, type, null, year, q == null || q.isBlank() ? null : q.strip());
    }

    /** The years a visitor may pick, this one first. */
    static List<Integer> years(int thisYear) {
        return IntStream.rangeClosed(FIRST_YEAR, thisYear).map(y -> thisYear + FIRST_YEAR - y).boxed().toList();
    }
}
