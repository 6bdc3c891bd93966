package pl.koordynator.es.publicservices.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import pl.koordynator.es.publicservices.ClauseType;
import pl.koordynator.es.publicservices.EmploymentGroup;
import pl.koordynator.es.publicservices.LotResult;
import pl.koordynator.es.publicservices.ProcurementProcedure;
import pl.koordynator.es.publicservices.PublicBenefitArea;
import pl.koordynator.es.publicservices.ReservedFor;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.OrganisationOption;
import pl.koordynator.es.shared.PickedOrganisation;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The lists the procurement and public task pages offer: the public bodies that buy (JST, JSPS, IRP
 * and other), the powiats with their gminas, the years, the dictionaries of the module; the
 * organisation pickers' suggestions and what a picker sent.
 */
@Component
class PublicServicesChoices {

    /** Who may be a procurement's buyer. */
    static final Set<Kind> BUYER_KINDS = EnumSet.of(Kind.JST, Kind.JSPS, Kind.IRP, Kind.OTHER);

    /** Who commissions public tasks. */
    static final Set<Kind> JST_KINDS = EnumSet.of(Kind.JST);

    private final Organisations organisations;
    private final Territory territory;
    private final Clock clock;
    private final PlatformSettings platform;

    PublicServicesChoices(Organisations organisations, Territory territory, Clock clock, PlatformSettings platform) {
        this.organisations = organisations;
        this.territory = territory;
        this.clock = clock;
        this.platform = platform;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(platform.timeZone()));
    }

    /** The organisations of the kinds given, by name, for a filter's select. */
    List<OrganisationView> ofKinds(Set<Kind> kinds) {
        return kinds.stream().flatMap(kind -> organisations.ofKind(kind).stream())
                .sorted(Comparator.comparing(OrganisationView::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The suggestions of a picker for a text of two letters or more. */
    List<OrganisationOption> named(String text, Set<Kind> kinds) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return organisations.named(text.strip(), 30).stream().filter(o -> kinds.contains(o.kind())).limit(10)
                .map(o -> new OrganisationOption(o.id(), o.name(), o.kind().name(), o.town())).toList();
    }

    /** The organisation a picker sent: its id while the box holds its name, else the typed name looked up. */
    Long picked(Long id, String typedName, Set<Kind> kinds) {
        return PickedOrganisation.resolve(id, typedName, known -> organisations.find(known).map(o -> o.name()),
                text -> organisations.named(text, 50).stream().filter(o -> kinds.contains(o.kind()))
                        .map(o -> new PickedOrganisation.Candidate(o.id(), o.name())).toList());
    }

    /**
     * A contractor or winner of the register kept by the form while its name is unchanged; a name typed
     * anew is left to the service, which links it to the register when the name and NIP match.
     */
    Long kept(Long kept, String typedName) {
        String typed = typedName == null ? null : typedName.strip();
        if (kept == null || typed == null || typed.isEmpty()) {
            return null;
        }
        return organisations.find(kept).filter(o -> o.name().equalsIgnoreCase(typed)).map(o -> kept).orElse(null);
    }

    String nameOf(Long id) {
        return id == null || id < 0 ? null : organisations.find(id).map(OrganisationView::name).orElse(null);
    }

    /** The filters' lists of the procurement list. */
    void addProcurementFiltersTo(Model model) {
        addTerritoryTo(model);
        model.addAttribute("buyers", ofKinds(BUYER_KINDS));
        model.addAttribute("years", years());
        model.addAttribute("clauseTypes", ClauseType.values());
    }

    void addTaskFiltersTo(Model model) {
        addTerritoryTo(model);
        model.addAttribute("jsts", ofKinds(JST_KINDS));
        model.addAttribute("years", years());
        model.addAttribute("areas", PublicBenefitArea.values());
    }

    /** The dictionaries of the procurement form. */
    void addProcurementFormChoicesTo(Model model) {
        addTerritoryTo(model);
        model.addAttribute("procedures", ProcurementProcedure.values());
        model.addAttribute("reservations", ReservedFor.values());
        model.addAttribute("groups", EmploymentGroup.values());
        model.addAttribute("results", LotResult.values());
    }

    void addTaskFormChoicesTo(Model model) {
        model.addAttribute("areas", PublicBenefitArea.values());
    }

    private void addTerritoryTo(Model model) {
        List<Unit> powiats = territory.units(Level.POWIAT, null);
        Map<String, List<Unit>> gminas = territory.units(Level.GMINA, null).stream()
                .collect(Collectors.groupingBy(Unit::powiatTeryt));
        model.addAttribute("areaGroups", powiats.stream()
                .map(p -> new AreaGroup(p, gminas.getOrDefault(p.teryt(), List.of()))).toList());
    }

    private List<Integer> years() {
        int year = today().getYear();
        return IntStream.rangeClosed(0, 5).mapToObj(back -> year - back).toList();
    }

    /** A powiat and its gminas, for a select grouped with optgroup. */
    record AreaGroup(Unit powiat, List<Unit> gminas) {
    }
}
