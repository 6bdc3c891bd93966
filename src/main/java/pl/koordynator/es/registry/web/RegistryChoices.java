package pl.koordynator.es.registry.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.domain.FieldsOfActivity;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.OwesDirectory;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/** The lists the register's pages offer to choose from and the names they show for codes. */
@Component
class RegistryChoices {

    /** A powiat with its gminas, for grouped choices. */
    record PowiatGroup(Unit powiat, List<Unit> gminas) {
    }

    private final Territory territory;
    private final OwesDirectory owes;
    private final FieldsOfActivity fields;

    RegistryChoices(Territory territory, OwesDirectory owes, FieldsOfActivity fields) {
        this.territory = territory;
        this.owes = owes;
        this.fields = fields;
    }

    void addTo(Model model, boolean signedIn) {
        List<Unit> powiats = territory.units(Level.POWIAT, null);
        model.addAttribute("powiats", powiats);
        model.addAttribute("gminaGroups", powiats.stream()
                .map(p -> new PowiatGroup(p, territory.units(Level.GMINA, p.teryt()))).toList());
        model.addAttribute("pesKinds", Kind.pesKinds());
        model.addAttribute("partnerKinds", List.of(Kind.values()).stream().filter(k -> !k.isPes()).toList());
        model.addAttribute("statuses", OrganisationStatus.values());
        model.addAttribute("sorts", pl.koordynator.es.registry.OrganisationQuery.Sort.values());
        model.addAttribute("fieldsOfActivity", fields.all());
        model.addAttribute("unitNames", unitNames());
        if (signedIn) {
            model.addAttribute("subregions", territory.subregions());
            List<OwesDirectory.Owes> allOwes = owes.all();
            model.addAttribute("owesList", allOwes);
            model.addAttribute("owesNames", allOwes.stream()
                    .collect(Collectors.toMap(OwesDirectory.Owes::id, OwesDirectory.Owes::name)));
        }
    }

    /** Names of the region's powiats and gminas by TERYT code, for showing codes as places. */
    Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        territory.units(Level.POWIAT, null).forEach(u -> names.put(u.teryt(), u.name()));
        territory.units(Level.GMINA, null).forEach(u -> names.put(u.teryt(), u.name()));
        return names;
    }

    Map<String, String> fieldNames(Function<pl.koordynator.es.registry.FieldOfActivity, String> name) {
        return fields.all().stream().collect(Collectors.toMap(f -> f.code(), name, (a, b) -> a, LinkedHashMap::new));
    }
}
