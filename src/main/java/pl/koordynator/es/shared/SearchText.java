package pl.koordynator.es.shared;

/**
 * What a visitor types into a search box, bounded: at most 10 words and 200 characters. A longer
 * one would make the database compare dozens of words against every row (each word is matched
 * on its own), for an answer nobody could use.
 */
public final class SearchText {

    public static final int MAX_WORDS = 10;
    public static final int MAX_LENGTH = 200;

    private SearchText() {
    }

    /** The text stripped (null when blank); a longer one is a problem naming {@code field}. */
    public static String of(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH || stripped.split("\\s+").length > MAX_WORDS) {
            throw InvalidInputException.of(field, "search.tooLong");
        }
        return stripped;
    }
}
