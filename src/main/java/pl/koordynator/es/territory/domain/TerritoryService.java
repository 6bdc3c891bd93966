package pl.koordynator.es.territory.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/** The territory as other modules and the module's own pages read it. */
@Service
public class TerritoryService implements Territory {

    private static final Comparator<Unit> POLISH_ORDER = Comparator.comparing(Unit::name,
            Collator.getInstance(Locale.forLanguageTag("pl"))).thenComparing(Unit::teryt);

    private final UnitRepository units;
    private final SubregionService subregions;
    private final TerritorySettings settings;
    private final CachedAnswers<ListKey, List<Unit>> lists;

    private record ListKey(Level level, String parent) {
    }

    TerritoryService(UnitRepository units, SubregionService subregions, TerritorySettings settings,
            DataChanges changes) {
        this.units = units;
        this.subregions = subregions;
        this.settings = settings;
        // the lists of powiats and gminas behind every form and filter: sorting them by Polish
        // collation (a synchronized comparator) on each page was most of an event page's time
        this.lists = changes.cache(500, "territory");
    }

    @Override
    public String regionTeryt() {
        return settings.teryt();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Unit> find(String teryt) {
        return teryt == null ? Optional.empty() : units.find(teryt.strip());
    }

    /** A unit by its code, or {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public Unit get(String teryt) {
        return find(teryt).orElseThrow(() -> new NotFoundException("unit", teryt));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Unit> units(Level level, String parentTeryt) {
        String parent = parentTeryt == null || parentTeryt.isBlank() ? null : parentTeryt.strip();
        return lists.get(new ListKey(level, parent),
                () -> units.current(settings.teryt(), level, parent).stream().sorted(POLISH_ORDER).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Unit> gmina(String teryt) {
        return find(teryt).filter(unit -> unit.level() == Level.GMINA && !unit.historical()
                && unit.teryt().startsWith(settings.teryt()));
    }

    @Override
    public List<Subregion> subregions() {
        return subregions.list();
    }

    @Override
    public Optional<Subregion> subregion(long id) {
        return subregions.find(id);
    }

    @Override
    public Optional<Subregion> subregionOf(String teryt) {
        if (teryt == null || teryt.strip().length() < 4) {
            return Optional.empty();
        }
        return subregions.findByPowiat(teryt.strip().substring(0, 4));
    }

    @Override
    public void assignOwesAtStartup(long subregionId, long owesOrganisationId) {
        subregions.assignOwesAtStartup(subregionId, owesOrganisationId);
    }

    @Transactional(readOnly = true)
    public PageOf<Unit> search(UnitQuery query, Paging paging) {
        return units.search(settings.teryt(), query, paging);
    }

    @Transactional(readOnly = true)
    public TerritoryCounts counts() {
        return units.counts(settings.teryt());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> boundaryGeometries(Level level) {
        return units.geometries(settings.teryt(), level);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasBoundaries(Level level) {
        return units.hasBoundaries(settings.teryt(), level);
    }

    /** The boundaries of a level's current units as a GeoJSON FeatureCollection (properties teryt, name). */
    @Transactional(readOnly = true)
    public String boundaries(Level level) {
        return units.featureCollection(settings.teryt(), level);
    }
}
