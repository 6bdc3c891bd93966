package pl.koordynator.es.registry.web;

import java.util.List;

/**
 * An organisation's history as the card shows it and the API returns it: the sections of every
 * module the caller may see, in order, with their texts in the reader's language. The keys
 * ({@code id} of a section, {@code key} of a figure group and figure) are stable; the texts are not.
 */
public record ActivityView(long organisationId, String organisationName, List<Section> sections) {

    public record Section(String id, String title, List<FigureGroup> figures, List<Row> rows, long total,
            String moreUrl, String more, String empty) {
    }

    public record FigureGroup(String key, String title, List<Figure> figures) {
    }

    public record Figure(String key, String label, Number value) {
    }

    public record Row(String text, String url, String note) {
    }
}
