package pl.koordynator.es.networks.web;

import java.time.LocalDate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import pl.koordynator.es.networks.MemberRole;
import pl.koordynator.es.networks.NetworkKind;
import pl.koordynator.es.networks.OfferCategory;
import pl.koordynator.es.networks.OfferSide;
import pl.koordynator.es.networks.Sector;
import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.networks.TieKind;
import pl.koordynator.es.networks.TieSource;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.OrganisationOption;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/** The lists the networks pages offer to choose from, and the names they show for TERYT codes. */
@Component
class NetworkChoices {

    static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** How many years back the year filters go: the ties of the demo data span five. */
    static final int YEARS = 6;

    private final Territory territory;
    private final Organisations organisations;
    private final Clock clock;

    NetworkChoices(Territory territory, Organisations organisations, Clock clock) {
        this.territory = territory;
        this.organisations = organisations;
        this.clock = clock;
    }

    int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The years to choose, the latest first. */
    List<Integer> years() {
        int now = currentYear();
        return IntStream.range(0, YEARS).mapToObj(i -> now - i).toList();
    }

    /** Pairs of sectors with a PES at one end, the ones the programme measures, then the rest. */
    static List<SectorPair> sectorPairs() {
        return java.util.Arrays.stream(Sector.values()).flatMap(a -> java.util.Arrays.stream(Sector.values())
                .filter(b -> a.ordinal() <= b.ordinal()).map(b -> new SectorPair(a, b))).toList();
    }

    void addTo(Model model) {
        List<Unit> powiats = territory.units(Level.POWIAT, null);
        Map<String, String> names = new LinkedHashMap<>();
        powiats.forEach(u -> names.put(u.teryt(), u.name()));
        model.addAttribute("powiats", powiats);
        model.addAttribute("unitNames", names);
        model.addAttribute("networkKinds", NetworkKind.values());
        model.addAttribute("memberKinds", Kind.values());
        model.addAttribute("memberRoles", MemberRole.values());
        model.addAttribute("tieKinds", TieKind.values());
        model.addAttribute("tieSources", TieSource.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("sectorPairs", sectorPairs().stream().filter(SectorPair::involvesPes).toList());
        model.addAttribute("offerCategories", OfferCategory.values());
        model.addAttribute("offerSides", OfferSide.values());
        model.addAttribute("years", years());
    }

    /** Gminas grouped by powiat, for an offer's area. */
    void addGminasTo(Model model) {
        List<Unit> powiats = territory.units(Level.POWIAT, null);
        Map<String, List<Unit>> gminas = territory.units(Level.GMINA, null).stream()
                .collect(java.util.stream.Collectors.groupingBy(Unit::powiatTeryt));
        Map<String, String> names = new LinkedHashMap<>();
        powiats.forEach(u -> names.put(u.teryt(), u.name()));
        gminas.values().forEach(list -> list.forEach(u -> names.put(u.teryt(), u.name())));
        model.addAttribute("areaGroups", powiats.stream()
                .map(p -> new AreaGroup(p, gminas.getOrDefault(p.teryt(), List.of()))).toList());
        model.addAttribute("unitNames", names);
    }

    /** A powiat and its gminas, for a select grouped with optgroup. */
    record AreaGroup(Unit powiat, List<Unit> gminas) {
    }

    /** What an organisation picker offers for a text of two letters or more. */
    List<OrganisationOption> organisationsNamed(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return organisations.named(text.strip(), 10).stream()
                .map(o -> new OrganisationOption(o.id(), o.name(), o.kind().name(), o.town())).toList();
    }

    /** The organisation a picker sent: its id while the box holds its name, else the typed name looked up. */
    Long picked(Long id, String typedName) {
        return pl.koordynator.es.shared.PickedOrganisation.resolve(id, typedName,
                known -> organisations.find(known).map(o -> o.name()),
                text -> organisations.named(text, 50).stream()
                        .map(o -> new pl.koordynator.es.shared.PickedOrganisation.Candidate(o.id(), o.name())).toList());
    }

    String nameOf(Long id) {
        return id == null || id < 0 ? null : organisations.find(id).map(o -> o.name()).orElse(null);
    }
}
