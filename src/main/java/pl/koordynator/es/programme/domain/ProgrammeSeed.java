package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.NodeLevel;
import pl.koordynator.es.programme.ProgrammeStatus;
import pl.koordynator.es.programme.TimeAggregation;
import pl.koordynator.es.programme.ValueSource;
import pl.koordynator.es.programme.domain.IndicatorInput.TargetInput;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.territory.Territory;

/**
 * What the programme module loads on first start.
 * <ul>
 * <li>The fictional demo WPRES "Pomorska Ekonomia Społeczna 2030 (demo)", marked as demo: three
 * priorities, their objectives and actions and 20 indicators, half computed by platform measures,
 * half entered by hand (a few approved values with evidence, one waiting for approval); version 2
 * made from version 1 ("aktualizacja i wdrażanie WPRES") with a changed target and an added
 * indicator, in force. Only with the demo data set.
 * <li>The project "Pomorski system przedsiębiorczości społecznej 2015–2018" (RPO WP 2014–2020,
 * measure 06.03) with its four effects as computed indicators. It is ROPS Pomorskie's real
 * project, so it is reference data rather than demo: loaded once in every installation for the
 * Pomorskie region (TERYT 22), linked to the demo WPRES's actions when the demo is there.
 * </ul>
 * A measure no module offers at start-up (a module not installed yet) makes its indicator a manual
 * one, with a warning in the log: it switches to computed later without losing its values.
 */
@Component
class ProgrammeSeed implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeSeed.class);

    static final String DEMO_NAME = "Pomorska Ekonomia Społeczna 2030 (demo)";
    static final String PROJECT_NAME = "Pomorski system przedsiębiorczości społecznej 2015–2018";

    private final Installation installation;
    private final DemoDataSets dataSets;
    private final ProgrammeService programmes;
    private final IndicatorService indicators;
    private final ProgrammeRepository repository;
    private final MeasureCatalogue measures;
    private final Organisations organisations;
    private final Territory territory;
    private final TransactionTemplate transaction;

    ProgrammeSeed(Installation installation, DemoDataSets dataSets, ProgrammeService programmes,
            IndicatorService indicators, ProgrammeRepository repository, MeasureCatalogue measures,
            Organisations organisations, Territory territory, TransactionTemplate transaction) {
        this.installation = installation;
        this.dataSets = dataSets;
        this.programmes = programmes;
        this.indicators = indicators;
        this.repository = repository;
        this.measures = measures;
        this.organisations = organisations;
        this.territory = territory;
        this.transaction = transaction;
    }

    @Override
    public void initialize() {
        // a transaction of its own rather than @Transactional: Spring Modulith orders initializers by the
        // module of their class, and a proxy's generated class belongs to none
        transaction.executeWithoutResult(status -> {
            List<Long> demoActions = List.of();
            if (installation.demoData() && dataSets.claim("programme")) {
                demoActions = loadDemo();
            }
            if ("22".equals(territory.regionTeryt()) && dataSets.claim("programme-reference")) {
                loadProject(demoActions);
            }
        });
    }

    // the demo WPRES

    private List<Long> loadDemo() {
        List<Long> owes = organisations.ofKind(Kind.OWES).stream().map(OrganisationView::id).limit(4).toList();
        List<Long> partners = Stream.of(Kind.JSPS, Kind.JST, Kind.IRP)
                .flatMap(kind -> organisations.ofKind(kind).stream().limit(1)).map(OrganisationView::id).toList();
        List<Long> rops = organisations.ofKind(Kind.JSPS).stream().limit(1).map(OrganisationView::id).toList();
        List<NodeInput> priorities = List.of(
                priority("P1", "Rozwój przedsiębiorczości społecznej", List.of(
                        objective("P1.1", "Zwiększenie liczby i trwałości podmiotów ekonomii społecznej", List.of(
                                action("P1.1.1", "Wsparcie doradcze i szkoleniowe OWES dla PES", rops, owes,
                                        "12000000", "4100000", "ONGOING", List.of(
                                        computed("W01", "PES objęte wsparciem OWES", "PES", "support.pes-supported",
                                                null, targets(2024, 150, 2026, 450, 2030, 900), true),
                                        computed("W02", "Nowe PES wpisane do rejestru", "PES", "registry.pes-new",
                                                null, targets(2030, 160), true),
                                        manual("W11", "Biznesplany PES przygotowane z doradcą", "szt.",
                                                TimeAggregation.SUM, null, targets(2025, 40, 2030, 200), false))),
                                action("P1.1.2", "Przekształcanie PES w przedsiębiorstwa społeczne", rops, owes,
                                        "3500000", "900000", "ONGOING", List.of(
                                        computed("W03", "Nowe przedsiębiorstwa społeczne (nadany status PS)", "PS",
                                                "registry.ps-granted", null, targets(2030, 60), true),
                                        computed("W04", "Przedsiębiorstwa społeczne aktywne na koniec roku", "PS",
                                                "registry.ps-active", new Baseline("40", 2022),
                                                targets(2026, 70, 2030, 100), true))))),
                        objective("P1.2", "Miejsca pracy w ekonomii społecznej", List.of(
                                action("P1.2.1", "Tworzenie miejsc pracy w PES", rops, partners,
                                        "8000000", "2600000", "ONGOING", List.of(
                                        computed("W05", "Miejsca pracy w PES", "etaty", "registry.jobs",
                                                new Baseline("1200", 2022), targets(2030, 1800), true),
                                        computed("W06", "Miejsca pracy dla osób zagrożonych wykluczeniem w PES",
                                                "etaty", "registry.jobs-at-risk", new Baseline("500", 2022),
                                                targets(2030, 800), true),
                                        manual("W12", "Osoby zatrudnione w PES po zakończeniu wsparcia", "osoby",
                                                TimeAggregation.SUM, null, targets(2024, 60, 2030, 420), false))))))),
                priority("P2", "Reintegracja społeczna i zawodowa", List.of(
                        objective("P2.1", "Dostępność usług reintegracyjnych", List.of(
                                action("P2.1.1", "Rozwój CIS, KIS, ZAZ i WTZ", rops, partners,
                                        "6000000", "1500000", "ONGOING", List.of(
                                        computed("W07", "Miejsca reintegracyjne", "miejsca",
                                                "registry.reintegration-places", new Baseline("900", 2022),
                                                targets(2030, 1200), true),
                                        manual("W13", "Uczestnicy CIS i KIS, którzy podjęli zatrudnienie", "osoby",
                                                TimeAggregation.SUM, null, targets(2024, 80, 2030, 600), false),
                                        manual("W14", "Odsetek gmin z ofertą usług reintegracyjnych", "%",
                                                TimeAggregation.END_VALUE, new Baseline("55", 2022),
                                                targets(2030, 80), true))))),
                        objective("P2.2", "Współpraca instytucji w reintegracji", List.of(
                                action("P2.2.1", "Partnerstwa JST, OPS, PUP, PES i OWES", rops, partners,
                                        "1500000", "300000", "PLANNED", List.of(
                                        manual("W15", "Porozumienia o współpracy w reintegracji", "szt.",
                                                TimeAggregation.SUM, null, targets(2026, 10, 2030, 30), false),
                                        manual("W16", "Lokalne plany rozwoju ES przyjęte przez gminy", "plany",
                                                TimeAggregation.END_VALUE, new Baseline("8", 2022),
                                                targets(2030, 40), true))))))),
                priority("P3", "Partnerstwo, promocja i koordynacja", List.of(
                        objective("P3.1", "Rozpoznawalność ekonomii społecznej", List.of(
                                action("P3.1.1", "Wydarzenia, kampanie i sieciowanie", rops, owes,
                                        "2500000", "800000", "ONGOING", List.of(
                                        computed("W08", "Wydarzenia o ekonomii społecznej", "wydarzenia",
                                                "events.held", null, targets(2024, 60, 2030, 420), true),
                                        computed("W09", "Uczestnicy wydarzeń", "osoby", "events.participants",
                                                null, targets(2030, 12000), true),
                                        manual("W17", "Zamówienia publiczne JST z klauzulami społecznymi", "szt.",
                                                TimeAggregation.SUM, null, targets(2030, 150), false),
                                        manual("W18", "Odsetek mieszkańców znających pojęcie ekonomii społecznej",
                                                "%", TimeAggregation.AVERAGE, new Baseline("18", 2022),
                                                targets(2030, 35), true))))),
                        objective("P3.2", "Koordynacja polityki regionalnej", List.of(
                                action("P3.2.1", "Mapa zasobów i potrzeb oraz monitoring programu", rops, owes,
                                        "900000", "350000", "ONGOING", List.of(
                                        computed("W10", "Potrzeby zgłoszone i opublikowane na mapie", "potrzeby",
                                                "needs.published", null, targets(2030, 300), true),
                                        manual("W19", "Posiedzenia Pomorskiego Komitetu Rozwoju ES", "posiedzenia",
                                                TimeAggregation.SUM, null, targets(2030, 32), true),
                                        manual("W20", "Opinie Komitetu do projektów uchwał dotyczących PES",
                                                "opinie", TimeAggregation.SUM, null, targets(2030, 40),
                                                false))))))));
        ProgrammeView first = programmes.createAtStartup(new ProgrammeInput(DEMO_NAME, false, null, 2023, 2030,
                "123/45/23 (demo)", LocalDate.of(2023, 3, 27), ProgrammeStatus.IN_FORCE, true, priorities, null));
        int thisYear = LocalDate.now().getYear();
        approved(first, "W11", "2023", "14", "Sprawozdanie OWES za 2023 r., zał. 3");
        approved(first, "W11", "2024", "22", "https://owes.example.pl/sprawozdania/2024");
        approved(first, "W12", "2023", "31", "Sprawozdanie z realizacji WPRES za 2023 r.");
        approved(first, "W13", "2024", "57", "Informacja CIS i KIS za 2024 r. (pismo DPS.I.2024)");
        approved(first, "W15", "2024", "4", "Porozumienia nr 1–4/2024, rejestr umów ROPS");
        approved(first, "W19", "2023", "4", "Protokoły posiedzeń Komitetu 1–4/2023");
        approved(first, "W19", "2024", "4", "Protokoły posiedzeń Komitetu 1–4/2024");
        if (thisYear >= 2025) {
            pending(first, "W17", String.valueOf(Math.min(thisYear - 1, 2030)), "9",
                    "Zestawienie zamówień z klauzulami społecznymi, Urząd Marszałkowski");
        }
        ProgrammeView second = programmes.newVersionAtStartup(first.id(), new VersionInput("aktualizacja i wdrażanie WPRES"));
        programmes.updateAtStartup(second.id(), updated(second));
        log.info("Demo programme loaded: {} (fictional), versions 1 and 2", DEMO_NAME);
        return repository.tree(repository.find(second.id()).orElseThrow()).nodes().stream()
                .filter(node -> node.level() == NodeLevel.ACTION).map(Stored.Node::id).limit(3).toList();
    }

    /** Version 2: W01's final target raised, one indicator added, in force. */
    private ProgrammeInput updated(ProgrammeView version) {
        List<NodeInput> nodes = version.nodes().stream().map(this::input).toList();
        NodeInput firstPriority = nodes.get(0);
        NodeInput firstObjective = firstPriority.children().get(0);
        NodeInput firstAction = firstObjective.children().get(0);
        List<IndicatorInput> changed = new ArrayList<>();
        for (IndicatorInput indicator : firstAction.indicators()) {
            if ("W01".equals(indicator.code())) {
                changed.add(new IndicatorInput(indicator.id(), null, indicator.code(), indicator.name(),
                        indicator.unit(), indicator.direction(), indicator.aggregation(), indicator.weight(),
                        indicator.baselineValue(), indicator.baselineYear(), targets(2024, 150, 2026, 450, 2030, 1000),
                        indicator.kpresReference(), indicator.publicIndicator(), indicator.source(),
                        indicator.measure(), "Cel podniesiony przy aktualizacji programu.", null));
            } else {
                changed.add(indicator);
            }
        }
        changed.add(manual("W21", "PES korzystające z instrumentów zwrotnych", "PES", TimeAggregation.SUM, null,
                targets(2030, 120), false));
        NodeInput action = withIndicators(firstAction, changed);
        NodeInput objective = withChildren(firstObjective, replaceFirst(firstObjective.children(), action));
        NodeInput priority = withChildren(firstPriority, replaceFirst(firstPriority.children(), objective));
        return new ProgrammeInput(version.name(), false, version.reference(), version.startYear(), version.endYear(),
                "456/78/25 (demo)", LocalDate.of(2025, 6, 30), ProgrammeStatus.IN_FORCE, true,
                replaceFirst(nodes, priority), version.version());
    }

    private static <T> List<T> replaceFirst(List<T> list, T first) {
        List<T> copy = new ArrayList<>(list);
        copy.set(0, first);
        return copy;
    }

    private static NodeInput withChildren(NodeInput node, List<NodeInput> children) {
        return new NodeInput(node.id(), node.level(), node.code(), node.name(), node.weight(), node.comment(),
                node.responsible(), node.partners(), node.budgetPlanned(), node.budgetSpent(), node.actionStatus(),
                node.implementsActions(), children, node.indicators());
    }

    private static NodeInput withIndicators(NodeInput node, List<IndicatorInput> indicators) {
        return new NodeInput(node.id(), node.level(), node.code(), node.name(), node.weight(), node.comment(),
                node.responsible(), node.partners(), node.budgetPlanned(), node.budgetSpent(), node.actionStatus(),
                node.implementsActions(), node.children(), indicators);
    }

    /** A version's tree as input again, ids kept, so that an update changes it in place. */
    private NodeInput input(ProgrammeView.NodeView node) {
        return new NodeInput(node.id(), node.level(), node.code(), node.name(), node.weight(), node.comment(),
                node.responsible().stream().map(ProgrammeView.OrganisationRef::id).toList(),
                node.partners().stream().map(ProgrammeView.OrganisationRef::id).toList(), node.budgetPlanned(),
                node.budgetSpent(), node.actionStatus(),
                node.implementsActions().stream().map(ProgrammeView.ActionRef::id).toList(),
                node.children().stream().map(this::input).toList(),
                node.indicators().stream().map(ProgrammeSeed::input).toList());
    }

    private static IndicatorInput input(IndicatorView indicator) {
        return new IndicatorInput(indicator.id(), null, indicator.code(), indicator.name(), indicator.unit(),
                indicator.direction(), indicator.aggregation(), indicator.weight(), indicator.baselineValue(),
                indicator.baselineYear(), indicator.targets().stream()
                        .map(t -> new TargetInput(t.year(), t.quarter(), t.value())).toList(),
                indicator.kpresReference(), indicator.publicIndicator(), indicator.source(), indicator.measure(),
                indicator.comment(), indicator.version());
    }

    private void approved(ProgrammeView programme, String code, String period, String value, String evidence) {
        record(programme, code, period, value, evidence, true);
    }

    private void pending(ProgrammeView programme, String code, String period, String value, String evidence) {
        record(programme, code, period, value, evidence, false);
    }

    private void record(ProgrammeView programme, String code, String period, String value, String evidence,
            boolean approved) {
        repository.indicatorByCode(programme.id(), code).flatMap(repository::indicator)
                .filter(indicator -> indicator.view().source() == ValueSource.MANUAL)
                .ifPresent(indicator -> indicators.recordApproved(indicator, ProgrammePeriod.parse(period),
                        new BigDecimal(value), evidence, null, approved ? "system" : "demo.owes", approved));
    }

    // the project

    private void loadProject(List<Long> demoActions) {
        boolean reach = measures.measure("events.campaign-reach").isPresent();
        String promotion = reach ? "events.campaign-reach" : "events.held.campaign";
        // declared, confirmed ties once the networks module offers them; co-attendance at events before
        String ties = measures.measure("networks.ties-pes-business-science").isPresent()
                ? "networks.ties-pes-business-science"
                : "events.pes-business-ties";
        NodeInput project = new NodeInput(null, NodeLevel.PROJECT, "PS", PROJECT_NAME, BigDecimal.ONE,
                "Projekt ROPS w Gdańsku współfinansowany z RPO WP 2014–2020, działanie 06.03.",
                List.of(), List.of(), null, null, null, demoActions, List.of(), List.of(
                        computed("PS1", "PES objęte wsparciem", "PES", "support.pes-supported", null,
                                targets(2018, 30), true),
                        computed("PS2", "Powiązania PES z biznesem i nauką", "powiązania",
                                ties, null, List.of(), true),
                        computed("PS3", reach ? "Osoby, do których dotarły kampanie promujące ekonomię społeczną"
                                : "Kampanie promujące ekonomię społeczną i jej produkty", reach ? "osoby" : "kampanie",
                                promotion, null, List.of(), true),
                        computed("PS4", "Współpraca JST, OPS, PUP, PES i OWES w reintegracji", "działania",
                                "events.reintegration-cooperation", null, List.of(), true)));
        programmes.createAtStartup(new ProgrammeInput(PROJECT_NAME, true, "RPO WP 2014–2020, działanie 06.03",
                2015, 2018, null, null, ProgrammeStatus.IN_FORCE, false, List.of(project), null));
        log.info("Reference project loaded: {}", PROJECT_NAME);
    }

    // building blocks

    private record Baseline(String value, int year) {
    }

    private static NodeInput priority(String code, String name, List<NodeInput> objectives) {
        return new NodeInput(null, NodeLevel.PRIORITY, code, name, BigDecimal.ONE, null, List.of(), List.of(), null,
                null, null, List.of(), objectives, List.of());
    }

    private static NodeInput objective(String code, String name, List<NodeInput> actions) {
        return new NodeInput(null, NodeLevel.OBJECTIVE, code, name, BigDecimal.ONE, null, List.of(), List.of(), null,
                null, null, List.of(), actions, List.of());
    }

    private static NodeInput action(String code, String name, List<Long> responsible, List<Long> partners,
            String planned, String spent, String status, List<IndicatorInput> indicators) {
        return new NodeInput(null, NodeLevel.ACTION, code, name, BigDecimal.ONE, null, responsible, partners,
                new BigDecimal(planned), new BigDecimal(spent), status, List.of(), List.of(), indicators);
    }

    /** An indicator on a measure, or a manual one (with a warning) when no module offers the measure yet. */
    private IndicatorInput computed(String code, String name, String unit, String measure, Baseline baseline,
            List<TargetInput> targets, boolean publicIndicator) {
        Optional<pl.koordynator.es.shared.Measure> offered = measures.measure(measure);
        if (offered.isEmpty()) {
            log.warn("Programme indicator {} is entered by hand for now: no module offers the measure {}", code,
                    measure);
        }
        TimeAggregation aggregation = offered.map(m -> m.kind() == pl.koordynator.es.shared.Measure.Kind.STOCK
                ? TimeAggregation.END_VALUE : TimeAggregation.SUM)
                .orElse(measure.startsWith("registry.ps-active") || measure.startsWith("registry.jobs")
                        || measure.startsWith("registry.reintegration") ? TimeAggregation.END_VALUE : TimeAggregation.SUM);
        return new IndicatorInput(null, null, code, name, unit, Direction.HIGHER_IS_BETTER, aggregation, BigDecimal.ONE,
                baseline == null ? null : new BigDecimal(baseline.value()), baseline == null ? null : baseline.year(),
                targets, null, publicIndicator, offered.isPresent() ? ValueSource.COMPUTED : ValueSource.MANUAL,
                offered.isPresent() ? measure : null, offered.isPresent() ? null : "Docelowo obliczany: " + measure,
                null);
    }

    private static IndicatorInput manual(String code, String name, String unit, TimeAggregation aggregation,
            Baseline baseline, List<TargetInput> targets, boolean publicIndicator) {
        return new IndicatorInput(null, null, code, name, unit, Direction.HIGHER_IS_BETTER, aggregation, BigDecimal.ONE,
                baseline == null ? null : new BigDecimal(baseline.value()), baseline == null ? null : baseline.year(),
                targets, null, publicIndicator, ValueSource.MANUAL, null, null, null);
    }

    private static List<TargetInput> targets(int... yearsAndValues) {
        List<TargetInput> targets = new ArrayList<>();
        for (int i = 0; i + 1 < yearsAndValues.length; i += 2) {
            targets.add(new TargetInput(yearsAndValues[i], null, BigDecimal.valueOf(yearsAndValues[i + 1])));
        }
        return targets;
    }
}
