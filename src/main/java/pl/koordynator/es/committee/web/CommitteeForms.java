package pl.koordynator.es.committee.web;

/** Small helpers of the committee's forms. */
final class CommitteeForms {

    private CommitteeForms() {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
