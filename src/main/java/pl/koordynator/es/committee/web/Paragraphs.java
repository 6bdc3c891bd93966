package pl.koordynator.es.committee.web;

import java.util.Arrays;
import java.util.List;

/**
 * A long text as typed (minutes, a resolution, a position) in its paragraphs, one per line, so a
 * page shows its structure without markup from the author and without inline styles, which the
 * pages' content security policy refuses.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
