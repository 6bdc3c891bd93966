package pl.koordynator.es.catalogue;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A news item. {@code image} is null when it has none; its files are at
 * {@code /aktualnosci/{id}/obraz/{thumb|large}}.
 */
public record NewsView(long id, String title, String lead, String body, List<NewsCategory> categories,
        NewsStatus status, OffsetDateTime publishAt, String slug, Image image, OffsetDateTime updatedAt, int version) {

    /** The picture's description and size; the bytes are served apart. */
    public record Image(String alt, int width, int height) {
    }

    /** The text's paragraphs: blocks separated by an empty line, each trimmed. */
    public List<String> paragraphs() {
        return body == null ? List.of() : java.util.Arrays.stream(body.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(String::strip).filter(paragraph -> !paragraph.isEmpty()).toList();
    }
}
