package pl.koordynator.es.events.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import pl.koordynator.es.events.EventTopic;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.domain.EventService;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/** The lists the event pages offer to choose from, and the names they show for TERYT codes. */
@Component
class EventChoices {

    /** A powiat with its gminas, for a select grouped with optgroup. */
    record PowiatGroup(Unit powiat, List<Unit> gminas) {
    }

    private final Territory territory;

    EventChoices(Territory territory) {
        this.territory = territory;
    }

    void addTo(Model model) {
        List<Unit> powiats = territory.units(Level.POWIAT, null);
        Map<String, List<Unit>> gminasByPowiat = territory.units(Level.GMINA, null).stream()
                .collect(Collectors.groupingBy(Unit::powiatTeryt));
        model.addAttribute("powiats", powiats);
        model.addAttribute("gminaGroups", powiats.stream()
                .map(p -> new PowiatGroup(p, gminasByPowiat.getOrDefault(p.teryt(), List.of()))).toList());
        model.addAttribute("unitNames", names(powiats, gminasByPowiat));
        model.addAttribute("types", EventType.values());
        model.addAttribute("topics", EventTopic.values());
    }

    private static Map<String, String> names(List<Unit> powiats, Map<String, List<Unit>> gminasByPowiat) {
        Map<String, String> names = new LinkedHashMap<>();
        powiats.forEach(u -> names.put(u.teryt(), u.name()));
        gminasByPowiat.values().forEach(gminas -> gminas.forEach(u -> names.put(u.teryt(), u.name())));
        return names;
    }

    /** Where an event happens, in words: venue, gmina and powiat, and "online" with the link. */
    String place(EventView event) {
        StringBuilder place = new StringBuilder();
        if (event.venue() != null) {
            place.append(event.venue());
        }
        if (event.gminaTeryt() != null) {
            territory.gmina(event.gminaTeryt()).ifPresent(g -> place.append(place.isEmpty() ? "" : ", ")
                    .append("gm. ").append(g.name()));
        }
        if (event.onlineUrl() != null) {
            place.append(place.isEmpty() ? "" : "; ").append("online: ").append(event.onlineUrl());
        }
        return place.toString();
    }

    /** Organisers to filter by: ROPS first, then the others by name. */
    static Map<String, String> organiserOptions(Map<Long, String> organisers) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("rops", EventService.ROPS);
        organisers.entrySet().stream().filter(e -> e.getKey() != null).sorted(Map.Entry.comparingByValue())
                .forEach(e -> options.put(e.getKey().toString(), e.getValue()));
        return options;
    }
}
