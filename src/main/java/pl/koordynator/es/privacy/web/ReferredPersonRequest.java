package pl.koordynator.es.privacy.web;

/**
 * A person known only by a pseudonym, as the API receives them: {@code personPesel} or, without one,
 * {@code personSurname} and {@code personBirthDate} ({@code yyyy-MM-dd}). The date is read as text by the
 * service, so that a malformed one is a problem on its field and never a parser's message quoting it.
 */
record ReferredPersonRequest(String personPesel, String personSurname, String personBirthDate) {

    /** Never prints the person: exceptions and debuggers may show a record's text. */
    @Override
    public String toString() {
        return "ReferredPersonRequest[hidden]";
    }
}
