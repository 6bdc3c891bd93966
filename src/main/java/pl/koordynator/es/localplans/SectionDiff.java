package pl.koordynator.es.localplans;

import java.util.Arrays;
import java.util.List;

/**
 * What changed between two texts, word by word: runs of unchanged, inserted and deleted words with the
 * spaces and line breaks between them, in the order of the newer text.
 *
 * @param from the older version (0: the empty text; null when not a version, e.g. the current text)
 * @param to   the newer version (null for a suggested wording)
 */
public record SectionDiff(Integer from, Integer to, List<Piece> pieces) {

    public enum Change {
        UNCHANGED, INSERTED, DELETED
    }

    /** A run of words with one kind of change. */
    public record Piece(Change change, String text) {

        /** The run's lines, for pages that show a line break as {@code <br>}. */
        public List<String> lines() {
            return Arrays.asList(text.split("\n", -1));
        }
    }

    public boolean changed() {
        return pieces.stream().anyMatch(piece -> piece.change() != Change.UNCHANGED);
    }
}
