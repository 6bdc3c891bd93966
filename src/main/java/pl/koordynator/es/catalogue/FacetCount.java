package pl.koordynator.es.catalogue;

/**
 * One value of a facet and how many offers the search finds when that value is chosen as well
 * (the facet's own filter left out). {@code label}: a name from the data (category in the page's
 * language, powiat, gmina), else null; {@code messageKey}: the message of an enum value
 * (PES kind, yes/no), else null.
 */
public record FacetCount(String value, String label, String messageKey, long count) {
}
