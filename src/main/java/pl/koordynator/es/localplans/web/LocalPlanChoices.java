package pl.koordynator.es.localplans.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import pl.koordynator.es.localplans.IndicatorSource;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.map.MapFigures;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.Programmes;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.ProgrammeMeasures;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The lists the plan pages offer: the region's powiats with their gminas, the JST, responsible units
 * and OWES of the register, every organisation by kind for an action's responsible and partners, the
 * WPRES actions in force, and the codes an indicator's values can come from (map indicators and the
 * programme measures that split by powiat).
 */
@Component
class LocalPlanChoices {

    /** Who may be a plan's responsible unit: the JST itself, its social assistance or labour office, or another body. */
    static final Set<Kind> RESPONSIBLE_KINDS = EnumSet.of(Kind.JST, Kind.JSPS, Kind.IRP, Kind.OTHER);

    private final Organisations organisations;
    private final Territory territory;
    private final Programmes programmes;
    private final MapFigures map;
    private final List<ProgrammeMeasures> measures;

    LocalPlanChoices(Organisations organisations, Territory territory, Programmes programmes, MapFigures map,
            List<ProgrammeMeasures> measures) {
        this.organisations = organisations;
        this.territory = territory;
        this.programmes = programmes;
        this.map = map;
        this.measures = measures;
    }

    /** A powiat and its gminas, for a select grouped with optgroup. */
    record UnitGroup(Unit powiat, List<Unit> gminas) {
    }

    /** Organisations of one kind, for a select grouped with optgroup. */
    record KindGroup(Kind kind, List<OrganisationView> organisations) {
    }

    /** A code an indicator's values may come from, with its name in the reader's language. */
    record SourceCode(IndicatorSource source, String code, String name, String nameKey) {
    }

    List<UnitGroup> units() {
        Map<String, List<Unit>> gminas = territory.units(Level.GMINA, null).stream()
                .collect(Collectors.groupingBy(Unit::powiatTeryt));
        return territory.units(Level.POWIAT, null).stream()
                .map(p -> new UnitGroup(p, gminas.getOrDefault(p.teryt(), List.of()))).toList();
    }

    List<OrganisationView> ofKinds(Set<Kind> kinds) {
        return kinds.stream().flatMap(kind -> organisations.ofKind(kind).stream())
                .sorted(Comparator.comparing(OrganisationView::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    String nameOf(Long id) {
        return id == null ? null : organisations.find(id).map(OrganisationView::name).orElse(null);
    }

    /** The list filters: powiats, OWES, statuses. */
    void addFiltersTo(Model model) {
        List<pl.koordynator.es.territory.Unit> powiats = territory.units(Level.POWIAT, null);
        model.addAttribute("powiats", powiats);
        // the list is ordered by powiat, so each row names its powiat
        model.addAttribute("powiatNames", powiats.stream().collect(java.util.stream.Collectors.toMap(
                pl.koordynator.es.territory.Unit::teryt, pl.koordynator.es.territory.Unit::name)));
        model.addAttribute("oweses", ofKinds(EnumSet.of(Kind.OWES)));
        model.addAttribute("statuses", LocalPlanStatus.values());
    }

    /** Every list of the form. */
    void addFormChoicesTo(Model model) {
        model.addAttribute("unitGroups", units());
        model.addAttribute("statuses", LocalPlanStatus.values());
        model.addAttribute("jsts", ofKinds(EnumSet.of(Kind.JST)));
        model.addAttribute("responsibleUnits", ofKinds(RESPONSIBLE_KINDS));
        model.addAttribute("oweses", ofKinds(EnumSet.of(Kind.OWES)));
        List<KindGroup> parties = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<OrganisationView> ofKind = organisations.ofKind(kind);
            if (!ofKind.isEmpty()) {
                parties.add(new KindGroup(kind, ofKind));
            }
        }
        model.addAttribute("partyGroups", parties);
        model.addAttribute("programmeActions", programmes.actionsInForce());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("sources", IndicatorSource.values());
        model.addAttribute("sourceCodes", sourceCodes(LocaleContextHolder.getLocale()));
    }

    /** The map's indicators, then the programme measures that split by powiat. */
    List<SourceCode> sourceCodes(Locale locale) {
        List<SourceCode> codes = new ArrayList<>();
        map.indicators().forEach(indicator -> codes.add(
                new SourceCode(IndicatorSource.MAP, indicator.code(), indicator.name(locale), null)));
        measures.stream().flatMap(bean -> bean.measures().stream()).filter(Measure::territorial)
                .sorted(Comparator.comparing(Measure::code))
                .forEach(measure -> codes.add(new SourceCode(IndicatorSource.MEASURE, measure.code(), measure.name(),
                        measure.name() == null ? measure.nameKey() : null)));
        return codes;
    }
}
