package pl.koordynator.es.catalogue.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a widget shows, from its address: offers serving a gmina (TERYT) and/or of a category,
 * at most {@code limit} (1–20, 5 when absent or out of range: a widget is a teaser, not the catalogue).
 */
record WidgetFilter(String gmina, String category, Integer limit) {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;

    WidgetFilter {
        gmina = gmina == null || gmina.isBlank() ? null : gmina.strip();
        category = category == null || category.isBlank() ? null : category.strip();
    }

    public int limitOrDefault() {
        return limit == null || limit < 1 || limit > MAX_LIMIT ? DEFAULT_LIMIT : limit;
    }

    /** The widget's own address for these choices. */
    String widgetLink() {
        return link(WidgetPages.WIDGET, true);
    }

    /** The full catalogue with the same filters, for the widget's "all offers" link. */
    String catalogueLink() {
        return link(CatalogueFilter.PATH, false);
    }

    /** The {@code data-*} attributes of the script snippet, each with a leading space. */
    String dataAttributes() {
        StringBuilder attributes = new StringBuilder();
        if (gmina != null) {
            attributes.append(" data-gmina=\"").append(attribute(gmina)).append('"');
        }
        if (category != null) {
            attributes.append(" data-category=\"").append(attribute(category)).append('"');
        }
        if (limit != null && limitOrDefault() != DEFAULT_LIMIT) {
            attributes.append(" data-limit=\"").append(limitOrDefault()).append('"');
        }
        return attributes.toString();
    }

    private String link(String path, boolean withLimit) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        if (gmina != null) {
            builder.queryParam("gmina", gmina);
        }
        if (category != null) {
            builder.queryParam("category", category);
        }
        if (withLimit && limit != null && limitOrDefault() != DEFAULT_LIMIT) {
            builder.queryParam("limit", limitOrDefault());
        }
        return builder.build().encode().toUriString();
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
