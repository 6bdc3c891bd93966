package pl.koordynator.es.territory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask about the territory of the configured region. */
public interface Territory {

    /** TERYT code of the configured voivodeship, e.g. {@code 22}. */
    String regionTeryt();

    /** Any unit by its code, also a historical one. */
    Optional<Unit> find(String teryt);

    /**
     * Current (not historical) units of a level, by name in Polish order; with a parent code only
     * those under it (powiats of a voivodeship, gminas of a powiat).
     */
    List<Unit> units(Level level, String parentTeryt);

    /** The current gmina of the region with this 7-digit code, if there is one. */
    Optional<Unit> gmina(String teryt);

    /**
     * GeoJSON geometries (as JSON text, WGS84) of the current units of a level that have an
     * imported boundary, by TERYT; units without one are absent.
     */
    Map<String, String> boundaryGeometries(Level level);

    /** Whether any current unit of the level has an imported boundary (without loading them). */
    boolean hasBoundaries(Level level);

    List<Subregion> subregions();

    Optional<Subregion> subregion(long id);

    /** The subregion a powiat, or the powiat of a gmina, belongs to. */
    Optional<Subregion> subregionOf(String teryt);

    /**
     * Assigns the OWES serving a subregion without a signed-in user; for loading demo data at
     * start-up only. Publishes {@link SubregionsChanged}.
     */
    void assignOwesAtStartup(long subregionId, long owesOrganisationId);
}
