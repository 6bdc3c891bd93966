package pl.koordynator.es.needs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import pl.koordynator.es.needs.NeedCategory;
import pl.koordynator.es.needs.NeedStatus;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/** The lists the needs pages offer to choose from, and the names they show for TERYT codes. */
@Component
class NeedChoices {

    /** A powiat with its gminas, for a select grouped with optgroup. */
    record PowiatGroup(Unit powiat, List<Unit> gminas) {
    }

    private final Territory territory;

    NeedChoices(Territory territory) {
        this.territory = territory;
    }

    void addTo(Model model) {
        List<Unit> powiats = territory.units(Level.POWIAT, null);
        Map<String, List<Unit>> gminasByPowiat = territory.units(Level.GMINA, null).stream()
                .collect(Collectors.groupingBy(Unit::powiatTeryt));
        model.addAttribute("gminaGroups", powiats.stream()
                .map(p -> new PowiatGroup(p, gminasByPowiat.getOrDefault(p.teryt(), List.of()))).toList());
        Map<String, String> names = new LinkedHashMap<>();
        powiats.forEach(u -> names.put(u.teryt(), u.name()));
        gminasByPowiat.values().forEach(gminas -> gminas.forEach(u -> names.put(u.teryt(), u.name())));
        model.addAttribute("unitNames", names);
        model.addAttribute("categories", NeedCategory.values());
        model.addAttribute("statuses", NeedStatus.values());
    }
}
