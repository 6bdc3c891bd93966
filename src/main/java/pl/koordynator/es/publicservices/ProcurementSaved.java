package pl.koordynator.es.publicservices;

/**
 * A procurement was created or replaced (by hand, an import or demo data); published inside the
 * writing transaction, so a listener that must see the committed row listens after the commit.
 */
public record ProcurementSaved(long id) {
}
