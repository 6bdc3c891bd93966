package pl.koordynator.es.programme.domain;

/**
 * A new version of a programme, copied from the one given.
 *
 * @param changeSummary what the update is about ("aktualizacja i wdrażanie WPRES"); required
 */
public record VersionInput(String changeSummary) {
}
