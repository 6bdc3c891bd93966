package pl.koordynator.es.shared;

/**
 * Facts about this installation that modules may act on, e.g. whether to load demo data.
 *
 * @param embeddedDatabase the embedded PostgreSQL runs (no external database configured)
 * @param demoData         the fictional demo data set is to be loaded on first start
 */
public record Installation(boolean embeddedDatabase, boolean demoData) {
}
