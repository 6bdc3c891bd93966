package pl.koordynator.es.map.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.UnitValue;
import pl.koordynator.es.map.domain.MapData;
import pl.koordynator.es.needs.PublishedNeed;
import pl.koordynator.es.needs.ReportedNeeds;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile of a gmina or powiat: every indicator with its regional rank and its trend, the
 * PES located there, the OWES serving it and the needs reported there.
 */
@Controller
class UnitProfilePages {

    static final int PES_SHOWN = 100;

    private final MapData data;
    private final Territory territory;
    private final Organisations organisations;
    private final ReportedNeeds needs;
    private final JsonMapper json;

    UnitProfilePages(MapData data, Territory territory, Organisations organisations, ReportedNeeds needs, JsonMapper json) {
        this.data = data;
        this.territory = territory;
        this.organisations = organisations;
        this.needs = needs;
        this.json = json;
    }

    /** An indicator on the profile: the latest value, its rank, and the series for the chart. */
    public record IndicatorRow(String code, String name, String unit, String source, boolean resource, Integer year,
            BigDecimal value, Integer rank, List<Integer> years, List<BigDecimal> values, String chart) {

        public boolean hasTrend() {
            return chart != null;
        }
    }

    @GetMapping("/map/{level:gmina|powiat}/{teryt}")
    String profile(@PathVariable String level, @PathVariable String teryt, Model model) {
        MapLevel mapLevel = MapLevel.parse(level);
        Unit unit = territory.find(teryt)
                .filter(u -> u.level() == mapLevel.territoryLevel() && !u.historical()
                        && u.teryt().startsWith(territory.regionTeryt()))
                .orElseThrow(() -> new NotFoundException(mapLevel.path(), teryt));
        Locale locale = LocaleContextHolder.getLocale();
        List<IndicatorRow> rows = new ArrayList<>();
        for (Map.Entry<IndicatorDefinition, TreeMap<Integer, UnitValue>> entry : data.history(mapLevel, teryt).entrySet()) {
            rows.add(row(entry.getKey(), entry.getValue(), locale));
        }
        // a PES kind the unit has none of says nothing the total does not
        rows.removeIf(row -> row.code().startsWith("PES_ACTIVE_") && (row.value() == null || row.value().signum() == 0));
        int unitCount = territory.units(mapLevel.territoryLevel(), null).size();
        List<OrganisationView> pes = organisations.activePesIn(teryt, PES_SHOWN + 1);
        Subregion subregion = territory.subregionOf(teryt).orElse(null);
        OrganisationView owes = subregion == null || subregion.owesOrganisationId() == null ? null
                : organisations.find(subregion.owesOrganisationId()).orElse(null);

        model.addAttribute("level", mapLevel);
        model.addAttribute("unit", unit);
        model.addAttribute("parent", unit.parentTeryt() == null ? null : territory.find(unit.parentTeryt()).orElse(null));
        model.addAttribute("gminas", mapLevel == MapLevel.POWIAT ? territory.units(Level.GMINA, teryt) : List.of());
        model.addAttribute("rows", rows);
        model.addAttribute("unitCount", unitCount);
        model.addAttribute("pes", pes.size() > PES_SHOWN ? pes.subList(0, PES_SHOWN) : pes);
        model.addAttribute("morePes", pes.size() > PES_SHOWN);
        model.addAttribute("subregion", subregion);
        model.addAttribute("owes", owes);
        model.addAttribute("needs", publishedNeeds(mapLevel, teryt));
        model.addAttribute("gminaNames", gminaNames());
        return "map/profile";
    }

    private List<PublishedNeed> publishedNeeds(MapLevel level, String teryt) {
        if (level == MapLevel.GMINA) {
            return needs.published(teryt);
        }
        List<PublishedNeed> all = new ArrayList<>();
        territory.units(Level.GMINA, teryt).forEach(gmina -> all.addAll(needs.published(gmina.teryt())));
        all.sort(Comparator.comparing(PublishedNeed::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return all;
    }

    private Map<String, String> gminaNames() {
        Map<String, String> names = new LinkedHashMap<>();
        territory.units(Level.GMINA, null).forEach(g -> names.put(g.teryt(), g.name()));
        return names;
    }

    private IndicatorRow row(IndicatorDefinition indicator, TreeMap<Integer, UnitValue> byYear, Locale locale) {
        List<Integer> years = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        byYear.forEach((year, value) -> {
            if (value.value() != null) {
                years.add(year);
                values.add(value.value());
            }
        });
        Map.Entry<Integer, UnitValue> latest = byYear.entrySet().stream()
                .filter(e -> e.getValue().value() != null).reduce((a, b) -> b).orElse(null);
        String chart = years.size() < 2 ? null : json.writeValueAsString(Map.of("labels", years, "values", values,
                "label", indicator.name(locale)));
        return new IndicatorRow(indicator.code(), indicator.name(locale), indicator.unit(locale), indicator.source(),
                indicator.category() == pl.koordynator.es.statistics.IndicatorCategory.RESOURCE,
                latest == null ? null : latest.getKey(), latest == null ? null : latest.getValue().value(),
                latest == null ? null : latest.getValue().rank(), years, values, chart);
    }
}
