package pl.koordynator.es.localplans;

/** The section after a save; {@code newVersion} false when the text was the current one and nothing was saved. */
public record SectionSaved(SectionView section, boolean newVersion) {
}
