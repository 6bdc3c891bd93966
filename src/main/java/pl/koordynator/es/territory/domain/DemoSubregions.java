package pl.koordynator.es.territory.domain;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;

/**
 * Four demo subregions covering the 20 powiats of Pomorskie, split roughly along the OWES
 * subregions the region has used: the Słupsk area, the south-west, the Tricity metropolitan area
 * and the Vistula valley in the south-east. No OWES yet: the registry's demo assigns them. The
 * registry's demo runs after this one because the registry depends on the territory module.
 */
@Component
class DemoSubregions implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(DemoSubregions.class);

    static final Map<String, List<String>> POMORSKIE = Map.of(
            "Subregion słupski", List.of("2201", "2208", "2212", "2263"),
            "Subregion chojnicki", List.of("2202", "2203", "2206"),
            "Subregion metropolitalny", List.of("2204", "2205", "2211", "2215", "2261", "2262", "2264"),
            "Subregion starogardzko-malborski", List.of("2207", "2209", "2210", "2213", "2214", "2216"));

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final SubregionService subregions;
    private final TerritorySettings settings;
    private final RegionPackLoader regionPack;

    DemoSubregions(Installation installation, DemoDataSets demoDataSets, SubregionService subregions,
            TerritorySettings settings, RegionPackLoader regionPack) {
        this.installation = installation;
        this.regionPack = regionPack;
        this.demoDataSets = demoDataSets;
        this.subregions = subregions;
        this.settings = settings;
    }

    @Override
    public void initialize() {
        // both initializers are of this module, so the graph does not order them: the subregions
        // are made of the pack's powiats, so the pack goes first (a no-op when already loaded)
        regionPack.initialize();
        if (installation.demoData() && "22".equals(settings.teryt()) && demoDataSets.claim("territory")) {
            load();
        }
    }

    void load() {
        if (!subregions.list().isEmpty()) {
            return;
        }
        POMORSKIE.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry ->
                subregions.createAtStartup(new SubregionChange(entry.getKey(), entry.getValue(), null, null)));
        log.info("Demo subregions created: {}", POMORSKIE.keySet());
    }
}
