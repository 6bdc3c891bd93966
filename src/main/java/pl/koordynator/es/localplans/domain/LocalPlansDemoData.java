package pl.koordynator.es.localplans.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.documents.PdfDocuments;
import pl.koordynator.es.documents.Xhtml;
import pl.koordynator.es.localplans.CommentStatus;
import pl.koordynator.es.localplans.IndicatorSource;
import pl.koordynator.es.localplans.LocalPlanInput;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.LocalPlanView;
import pl.koordynator.es.localplans.SectionKey;
import pl.koordynator.es.localplans.domain.LocalPlansDemoTexts.ActionText;
import pl.koordynator.es.localplans.domain.LocalPlansDemoTexts.GoalText;
import pl.koordynator.es.map.MapFigures;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.ProgrammeAction;
import pl.koordynator.es.programme.Programmes;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.territory.GminaType;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * Demo local plans: about 25 gminas of the region with demo organisations, in every status (about ten
 * adopted, three of them expiring within a year; preparation; consultation with a deadline in the coming
 * weeks; expired; two replaced by a newer plan), and two powiat plans. The JST is a demo organisation of
 * kind JST in the gmina (the one {@code demo.partner} acts for gets a plan in consultation with open
 * comments; the gmina of the PES {@code demo.pes} acts for another, so that PES may comment), the
 * responsible unit a demo OPS (JSPS) of the gmina or the JST, the OWES the one serving the subregion.
 * Each plan has goals, actions (some serving an action of the programme in force), indicators (entered,
 * with yearly values on adopted plans, and the map's PES per 10,000 inhabitants), yearly notes on adopted
 * plans, sections in versions and comments by ROPS, the OWES and the PES in every status (an accepted
 * suggestion is a version of its section).
 * <p>
 * Nobody is signed in at a first start: plans go through {@link LocalPlanService#createAtStartup} (checked,
 * no access rule, marked demo), sections, comments and values straight through the module's repositories,
 * in one transaction and without e-mails. Deterministic (a fixed seed), relative to the region's today.
 */
@Component
class LocalPlansDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(LocalPlansDemoData.class);

    static final String SET = "localplans";
    static final int GMINAS = 25;
    private static final String SYSTEM = "system";
    private static final String MAP_INDICATOR = "PES_PER_10K";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** What becomes of a gmina's plan(s). */
    enum Scenario {
        CONSULTATION, ADOPTED, EXPIRING, PREPARATION, EXPIRED, REPLACED_BY_ADOPTED, REPLACED_BY_PREPARATION
    }

    /** Per gmina in order: consultation first (the demo partner's and the demo PES's gminas come first). */
    static final List<Scenario> SCENARIOS = List.of(Scenario.CONSULTATION, Scenario.CONSULTATION, Scenario.ADOPTED,
            Scenario.PREPARATION, Scenario.EXPIRED, Scenario.REPLACED_BY_ADOPTED, Scenario.EXPIRING,
            Scenario.REPLACED_BY_PREPARATION, Scenario.ADOPTED, Scenario.PREPARATION, Scenario.EXPIRED,
            Scenario.EXPIRING, Scenario.CONSULTATION, Scenario.ADOPTED, Scenario.PREPARATION, Scenario.CONSULTATION,
            Scenario.ADOPTED, Scenario.EXPIRED, Scenario.EXPIRING, Scenario.ADOPTED, Scenario.PREPARATION,
            Scenario.ADOPTED, Scenario.PREPARATION, Scenario.ADOPTED, Scenario.ADOPTED);

    /** What was written. */
    record Loaded(int plans, int gminas, int versions, int comments) {
    }

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final Organisations organisations;
    private final Territory territory;
    private final UserAccounts accounts;
    private final LocalPlanService plans;
    private final LocalPlanRepository planRows;
    private final PdfDocuments pdf;
    private final LocalPlanSectionRepository sections;
    private final LocalPlanMonitoringRepository monitoring;
    private final ObjectProvider<Programmes> programmes;
    private final ObjectProvider<MapFigures> map;
    private final JdbcClient jdbc;
    private final PlatformSettings platform;
    private final Clock clock;
    private final TransactionTemplate transaction;

    LocalPlansDemoData(Installation installation, DemoDataSets demoDataSets, Organisations organisations,
            Territory territory, UserAccounts accounts, LocalPlanService plans, LocalPlanRepository planRows,
            PdfDocuments pdf, LocalPlanSectionRepository sections,
            LocalPlanMonitoringRepository monitoring, ObjectProvider<Programmes> programmes,
            ObjectProvider<MapFigures> map, JdbcClient jdbc, PlatformSettings platform, Clock clock,
            TransactionTemplate transaction) {
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.organisations = organisations;
        this.territory = territory;
        this.accounts = accounts;
        this.plans = plans;
        this.planRows = planRows;
        this.pdf = pdf;
        this.sections = sections;
        this.monitoring = monitoring;
        this.programmes = programmes;
        this.map = map;
        this.jdbc = jdbc;
        this.platform = platform;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void initialize() {
        transaction.executeWithoutResult(status -> {
            if (!installation.demoData() || !demoDataSets.claim(SET)) {
                return;
            }
            long started = System.nanoTime();
            Loaded loaded = load(LocalDate.now(clock.withZone(platform.timeZone())));
            log.info("Demo local plans loaded: {} plans of {} gminas and 2 powiats, {} section versions, {} comments "
                    + "(fictional) in {} ms", loaded.plans(), loaded.gminas(), loaded.versions(), loaded.comments(),
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** A demo account: its user id and the organisation it acts for (either may be null). */
    private record Account(Long userId, Long organisationId) {
    }

    /** Who writes and comments in the demo. */
    private record People(Account partner, Account owes, Account pes, Account rops) {
    }

    /** The plan being written and who its authors are. */
    private record Draft(LocalPlanView plan, Unit unit, String unitGenitive, OrganisationView jst,
            OrganisationView responsible, OrganisationView owes, List<GoalText> goals) {
    }

    /** The counts written so far. */
    private static final class Counts {
        int plans;
        int versions;
        int comments;
    }

    Loaded load(LocalDate today) {
        Map<String, List<OrganisationView>> byGmina = new TreeMap<>();
        for (Kind kind : Kind.values()) {
            for (OrganisationView organisation : organisations.ofKind(kind)) {
                if (organisation.status() == OrganisationStatus.ACTIVE && organisation.gminaTeryt() != null) {
                    byGmina.computeIfAbsent(organisation.gminaTeryt(), g -> new ArrayList<>()).add(organisation);
                }
            }
        }
        byGmina.values().forEach(list -> list.sort(Comparator.comparingLong(OrganisationView::id)));
        People people = new People(account("demo.partner"), account("demo.owes"), account("demo.pes"),
                account("demo.rops"));
        List<Unit> gminas = gminas(byGmina, people);
        if (gminas.isEmpty()) {
            return new Loaded(0, 0, 0, 0);
        }
        List<ProgrammeAction> served = programmes.getObject().actionsInForce();
        boolean mapIndicator = map.getObject().indicators().stream().map(IndicatorDefinition::code)
                .anyMatch(MAP_INDICATOR::equals);
        Random random = new Random(23);
        Counts counts = new Counts();
        Context context = new Context(today, random, served, mapIndicator, people, counts,
                new EnumMap<>(MapLevel.class));
        for (int i = 0; i < gminas.size(); i++) {
            Unit gmina = gminas.get(i);
            List<OrganisationView> here = byGmina.getOrDefault(gmina.teryt(), List.of());
            OrganisationView jst = jstOf(gmina, here, people);
            OrganisationView responsible = here.stream().filter(o -> o.kind() == Kind.JSPS).findFirst().orElse(jst);
            gminaPlans(context, SCENARIOS.get(i), gmina, jst, responsible, owesOf(gmina.teryt()), i);
        }
        powiatPlans(context, gminas, byGmina);
        return new Loaded(counts.plans, gminas.size(), counts.versions, counts.comments);
    }

    /** What the plans of one load share. */
    private record Context(LocalDate today, Random random, List<ProgrammeAction> served, boolean mapIndicator,
            People people, Counts counts, Map<MapLevel, Map<String, BigDecimal>> mapValues) {
    }

    private Account account(String username) {
        Optional<UserView> user = accounts.idAtStartup(username).flatMap(accounts::find);
        return new Account(user.map(UserView::id).orElse(null), user.map(UserView::organisationId).orElse(null));
    }

    /**
     * The gminas to plan for: the demo partner's JST's and the demo PES's first, then gminas with a demo
     * JST, with a demo OPS, with any demo organisation; current gminas of the region only.
     */
    private List<Unit> gminas(Map<String, List<OrganisationView>> byGmina, People people) {
        Set<String> ordered = new LinkedHashSet<>();
        seatOf(people.partner()).ifPresent(ordered::add);
        seatOf(people.pes()).ifPresent(ordered::add);
        for (Kind kind : new Kind[] {Kind.JST, Kind.JSPS}) {
            byGmina.forEach((teryt, here) -> {
                if (here.stream().anyMatch(o -> o.kind() == kind)) {
                    ordered.add(teryt);
                }
            });
        }
        ordered.addAll(byGmina.keySet());
        String region = territory.regionTeryt();
        List<Unit> units = new ArrayList<>();
        for (String teryt : ordered) {
            if (units.size() == Math.min(GMINAS, SCENARIOS.size())) {
                break;
            }
            territory.gmina(teryt).filter(unit -> !unit.historical() && unit.teryt().startsWith(region))
                    .ifPresent(units::add);
        }
        return units;
    }

    private Optional<String> seatOf(Account account) {
        return Optional.ofNullable(account.organisationId()).flatMap(organisations::find)
                .map(OrganisationView::gminaTeryt);
    }

    private OrganisationView jstOf(Unit gmina, List<OrganisationView> here, People people) {
        if (people.partner().organisationId() != null) {
            Optional<OrganisationView> partner = here.stream().filter(o -> o.kind() == Kind.JST
                    && o.id() == people.partner().organisationId()).findFirst();
            if (partner.isPresent()) {
                return partner.get();
            }
        }
        return here.stream().filter(o -> o.kind() == Kind.JST).findFirst().orElse(null);
    }

    /** The OWES serving the unit's subregion; without one (no subregions) the first OWES of the register. */
    private OrganisationView owesOf(String teryt) {
        return territory.subregionOf(teryt).map(Subregion::owesOrganisationId).flatMap(organisations::find)
                .filter(o -> o.kind() == Kind.OWES)
                .or(() -> organisations.ofKind(Kind.OWES).stream().filter(o -> o.status() == OrganisationStatus.ACTIVE)
                        .min(Comparator.comparingLong(OrganisationView::id)))
                .orElse(null);
    }

    private void gminaPlans(Context context, Scenario scenario, Unit gmina, OrganisationView jst,
            OrganisationView responsible, OrganisationView owes, int i) {
        LocalDate today = context.today();
        Random random = context.random();
        int year = today.getYear();
        String genitive = (gmina.type() == GminaType.URBAN ? "Gminy Miejskiej " : "Gminy ") + gmina.name();
        switch (scenario) {
            case ADOPTED -> {
                LocalDate start = LocalDate.of(year - 1 - random.nextInt(2), 1, 1);
                adopted(context, gmina, genitive, jst, responsible, owes, start, start.plusYears(6 + random.nextInt(2))
                        .minusDays(1), LocalPlanStatus.ADOPTED, null, false, i);
            }
            case EXPIRING -> {
                LocalDate end = today.plusMonths(2 + random.nextInt(9)).withDayOfMonth(1).minusDays(1);
                LocalDate start = LocalDate.of(end.getYear() - 4, 1, 1);
                adopted(context, gmina, genitive, jst, responsible, owes, start, end, LocalPlanStatus.ADOPTED, null,
                        false, i);
            }
            case EXPIRED -> {
                LocalDate end = today.minusMonths(3 + random.nextInt(12)).withDayOfMonth(1).minusDays(1);
                LocalDate start = LocalDate.of(end.getYear() - 5, 1, 1);
                adopted(context, gmina, genitive, jst, responsible, owes, start, end, LocalPlanStatus.EXPIRED, null,
                        false, i);
            }
            case REPLACED_BY_ADOPTED -> {
                Draft old = adopted(context, gmina, genitive, jst, responsible, owes, LocalDate.of(year - 4, 1, 1),
                        LocalDate.of(year + 1, 12, 31), LocalPlanStatus.ADOPTED, null, true, i);
                adopted(context, gmina, genitive, jst, responsible, owes, LocalDate.of(year, 1, 1),
                        LocalDate.of(year + 6, 12, 31), LocalPlanStatus.ADOPTED, old.plan().id(), false, i + 100);
            }
            case REPLACED_BY_PREPARATION -> {
                Draft old = adopted(context, gmina, genitive, jst, responsible, owes, LocalDate.of(year - 3, 1, 1),
                        LocalDate.of(year + 2, 12, 31), LocalPlanStatus.ADOPTED, null, true, i);
                draft(context, gmina, genitive, jst, responsible, owes, LocalPlanStatus.IN_PREPARATION, null,
                        old.plan().id());
            }
            case PREPARATION -> draft(context, gmina, genitive, jst, responsible, owes, LocalPlanStatus.IN_PREPARATION,
                    null, null);
            case CONSULTATION -> draft(context, gmina, genitive, jst, responsible, owes,
                    LocalPlanStatus.IN_CONSULTATION, today.plusDays(10 + random.nextInt(25)), null);
            default -> throw new IllegalStateException("scenario " + scenario);
        }
    }

    /**
     * Two powiat plans, for powiats of the planned gminas with an adjective name (adopted, in
     * preparation); the responsible unit a PUP (IRP) or OPS of the powiat, no JST in the register.
     */
    private void powiatPlans(Context context, List<Unit> gminas, Map<String, List<OrganisationView>> byGmina) {
        Set<String> powiats = new LinkedHashSet<>();
        gminas.stream().map(Unit::powiatTeryt).sorted().forEach(powiats::add);
        int written = 0;
        for (String teryt : powiats) {
            if (written == 2) {
                return;
            }
            Optional<Unit> powiat = territory.find(teryt).filter(u -> u.level() == Level.POWIAT && !u.historical());
            if (powiat.isEmpty() || !(powiat.get().name().endsWith("ski") || powiat.get().name().endsWith("cki"))) {
                continue;
            }
            String name = powiat.get().name();
            String genitive = "Powiatu " + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1, name.length() - 1)
                    + "iego";
            OrganisationView responsible = byGmina.entrySet().stream().filter(e -> e.getKey().startsWith(teryt))
                    .flatMap(e -> e.getValue().stream()).filter(o -> o.kind() == Kind.IRP || o.kind() == Kind.JSPS)
                    .min(Comparator.comparing((OrganisationView o) -> o.kind() != Kind.IRP)
                            .thenComparingLong(OrganisationView::id))
                    .orElse(null);
            OrganisationView owes = owesOf(teryt);
            if (written == 0) {
                int year = context.today().getYear();
                adopted(context, powiat.get(), genitive, null, responsible, owes, LocalDate.of(year - 1, 1, 1),
                        LocalDate.of(year + 5, 12, 31), LocalPlanStatus.ADOPTED, null, false, 200);
            } else {
                draft(context, powiat.get(), genitive, null, responsible, owes, LocalPlanStatus.IN_PREPARATION, null,
                        null);
            }
            written++;
        }
    }

    /** An adopted (or since expired) plan, with its resolution, values, notes, sections and decided comments. */
    private Draft adopted(Context context, Unit unit, String genitive, OrganisationView jst,
            OrganisationView responsible, OrganisationView owes, LocalDate start, LocalDate end,
            LocalPlanStatus status, Long replacesId, boolean replaced, int n) {
        Random random = context.random();
        LocalDate resolutionDate = start.minusMonths(1 + random.nextInt(3)).plusDays(random.nextInt(20));
        if (resolutionDate.isAfter(context.today())) {
            resolutionDate = context.today().minusDays(7);
        }
        String number = LocalPlansDemoTexts.ROMAN[Math.floorMod(n, LocalPlansDemoTexts.ROMAN.length)] + "/"
                + (100 + random.nextInt(300)) + "/" + resolutionDate.getYear();
        String url = "https://bip.demo.example/" + unit.teryt() + "/uchwaly/" + number.replace('/', '-');
        Draft draft = write(context, unit, genitive, jst, responsible, owes, status, start, end, number,
                resolutionDate, url, null, replacesId);
        resolution(draft, number, resolutionDate);
        OffsetDateTime written = writeSections(context, draft, at(resolutionDate.minusMonths(8), context), 2);
        decidedComments(context, draft, written);
        // open comments on a plan in force, not on one that has ended or is about to be replaced
        if (status == LocalPlanStatus.ADOPTED && !replaced && start.isBefore(context.today())) {
            openComments(context, draft, at(context.today().minusDays(3 + random.nextInt(40)), context), 1);
        }
        values(context, draft, start, end);
        return draft;
    }

    /** The adopting resolution as the plan's PDF document (A4, Polish letters embedded). */
    private void resolution(Draft draft, String number, LocalDate date) {
        String council = draft.unit().teryt().length() == 4 ? "Rady Powiatu" : "Rady Gminy";
        String title = "Uchwała nr " + number + " " + council + " z dnia " + DATE.format(date);
        String xhtml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="pl"><head><meta charset="UTF-8"/><title>%1$s</title>
                <style>@page { size: A4; margin: 20mm; } body { font-family: sans-serif; font-size: 11pt; }
                h1 { font-size: 14pt; text-align: center; } p.c { text-align: center; }</style></head><body>
                <h1>%1$s</h1><p class="c">w sprawie przyjęcia dokumentu „%2$s”</p>
                <p>Na podstawie art. 18 ust. 2 pkt 15 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym oraz
                art. 17 ust. 1 pkt 1 ustawy z dnia 12 marca 2004 r. o pomocy społecznej uchwala się, co następuje:</p>
                <p>§ 1. Przyjmuje się dokument „%2$s”, stanowiący załącznik do uchwały.</p>
                <p>§ 2. Wykonanie uchwały powierza się organowi wykonawczemu.</p>
                <p>§ 3. Uchwała wchodzi w życie z dniem podjęcia.</p>
                <p><em>Dokument fikcyjny – dane demonstracyjne Koordynatora ES.</em></p></body></html>"""
                .formatted(Xhtml.escape(title), Xhtml.escape(draft.plan().title()));
        planRows.insertDocument(draft.plan().id(), title, "uchwala-" + number.replace('/', '-') + ".pdf",
                pdf.render(xhtml), SYSTEM);
    }

    /** A plan in preparation or in consultation: fewer versions, open comments (and a PES's in consultation). */
    private void draft(Context context, Unit unit, String genitive, OrganisationView jst,
            OrganisationView responsible, OrganisationView owes, LocalPlanStatus status, LocalDate deadline,
            Long replacesId) {
        int year = context.today().getYear();
        Draft draft = write(context, unit, genitive, jst, responsible, owes, status, LocalDate.of(year + 1, 1, 1),
                LocalDate.of(year + 7, 12, 31), null, null, null, deadline, replacesId);
        boolean consultation = status == LocalPlanStatus.IN_CONSULTATION;
        OffsetDateTime written = writeSections(context, draft, at(context.today().minusMonths(6), context),
                consultation ? 2 : 1);
        if (consultation) {
            decidedComments(context, draft, written);
        }
        openComments(context, draft, at(context.today().minusDays(5 + context.random().nextInt(20)), context), 2);
        Account pes = context.people().pes();
        if (consultation && pes.organisationId() != null && pes.userId() != null) {
            Optional<OrganisationView> seat = organisations.find(pes.organisationId());
            String pesGmina = seat.map(OrganisationView::gminaTeryt).orElse(null);
            if (pesGmina != null && (pesGmina.equals(unit.teryt()) || unit.teryt().length() == 4
                    && pesGmina.startsWith(unit.teryt()))) {
                comment(context, draft, SectionKey.ACTIONS, pes.userId(), "PES", seat.get(),
                        LocalPlansDemoTexts.PES_COMMENT, sections.section(draft.plan().id(), SectionKey.ACTIONS).text()
                                + "\n\n" + LocalPlansDemoTexts.PES_SUGGESTION,
                        at(context.today().minusDays(2), context));
            }
        }
    }

    /** The plan with its goals, actions and indicators, through the service (checked, marked demo). */
    private Draft write(Context context, Unit unit, String genitive, OrganisationView jst,
            OrganisationView responsible, OrganisationView owes, LocalPlanStatus status, LocalDate start,
            LocalDate end, String resolutionNumber, LocalDate resolutionDate, String resolutionUrl,
            LocalDate deadline, Long replacesId) {
        Random random = context.random();
        boolean powiat = unit.teryt().length() == 4;
        String title = (powiat ? "Powiatowy program rozwoju ekonomii społecznej " : "Lokalny plan rozwoju ekonomii "
                + "społecznej ") + genitive + " na lata " + start.getYear() + "–" + end.getYear();
        int strategyStart = start.getYear() - 1 - random.nextInt(3);
        String strategy = (powiat ? "Powiatowa Strategia Rozwiązywania Problemów Społecznych " : "Strategia "
                + "Rozwiązywania Problemów Społecznych ") + genitive + " na lata " + strategyStart + "–"
                + (strategyStart + 9);
        int goalCount = 2 + random.nextInt(3);
        int offset = random.nextInt(LocalPlansDemoTexts.GOALS.size());
        List<GoalText> goalTexts = new ArrayList<>();
        List<LocalPlanInput.Goal> goals = new ArrayList<>();
        for (int g = 0; g < goalCount; g++) {
            GoalText text = LocalPlansDemoTexts.GOALS.get((offset + g) % LocalPlansDemoTexts.GOALS.size());
            goalTexts.add(text);
            goals.add(new LocalPlanInput.Goal(g + 1, text.title(), text.description()));
        }
        List<Long> partnerPool = partnerPool(unit, jst, responsible);
        int actionCount = Math.min(3 + random.nextInt(4), 2 * goalCount);
        List<LocalPlanInput.Action> actions = new ArrayList<>();
        for (int a = 0; a < actionCount; a++) {
            int goal = a % goalCount;
            ActionText text = goalTexts.get(goal).actions().get(a / goalCount);
            LocalDate actionStart = start.plusMonths(3L * a);
            LocalDate actionEnd = actionStart.plusYears(1 + random.nextInt(3)).minusDays(1);
            if (actionEnd.isAfter(end)) {
                actionEnd = end;
            }
            if (actionStart.isAfter(actionEnd)) {
                actionStart = start;
            }
            Long lead = responsible != null ? Long.valueOf(responsible.id()) : jst == null ? null : jst.id();
            List<Long> partners = new ArrayList<>();
            if (owes != null && a % 2 == 0) {
                partners.add(owes.id());
            }
            if (!partnerPool.isEmpty()) {
                Long partner = partnerPool.get((a + random.nextInt(partnerPool.size())) % partnerPool.size());
                if (!partners.contains(partner) && !partner.equals(lead)) {
                    partners.add(partner);
                }
            }
            Long programmeAction = context.served().isEmpty() || a % 2 == 1 ? null
                    : context.served().get((a + random.nextInt(context.served().size())) % context.served().size()).id();
            actions.add(new LocalPlanInput.Action(a + 1, goal + 1, text.title(), text.description(),
                    lead == null ? List.of() : List.of(lead), partners, actionStart, actionEnd,
                    BigDecimal.valueOf(20_000L + 1_000L * random.nextInt(380)),
                    LocalPlansDemoTexts.FUNDING[random.nextInt(LocalPlansDemoTexts.FUNDING.length)], programmeAction));
        }
        int baselineYear = start.getYear() - 1;
        int employed = 8 + random.nextInt(40);
        int clauses = 50 + 10 * random.nextInt(30);
        List<LocalPlanInput.Indicator> indicators = new ArrayList<>();
        indicators.add(new LocalPlanInput.Indicator(1, 1, "Liczba osób zatrudnionych w PES z terenu "
                + (powiat ? "powiatu" : "gminy"), "os.", Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(employed),
                baselineYear, BigDecimal.valueOf(employed * 3L / 2), end.getYear(), IndicatorSource.ENTERED, null));
        indicators.add(new LocalPlanInput.Indicator(2, Math.min(2, goalCount), "Wartość zamówień z klauzulami "
                + "społecznymi w roku", "tys. zł", Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(clauses),
                baselineYear, BigDecimal.valueOf(clauses * 2L), end.getYear(), IndicatorSource.ENTERED, null));
        indicators.add(new LocalPlanInput.Indicator(3, goalCount, "Osoby długotrwale bezrobotne korzystające z "
                + "pomocy społecznej", "os.", Direction.LOWER_IS_BETTER, BigDecimal.valueOf(60 + random.nextInt(140)),
                baselineYear, BigDecimal.valueOf(40 + random.nextInt(20)), end.getYear(), IndicatorSource.ENTERED,
                null));
        if (context.mapIndicator()) {
            BigDecimal base = mapValue(context, unit);
            indicators.add(new LocalPlanInput.Indicator(4, 1, "Podmioty ekonomii społecznej na 10 tys. mieszkańców",
                    "na 10 tys. mieszk.", Direction.HIGHER_IS_BETTER, base, baselineYear,
                    base.add(BigDecimal.valueOf(2)), end.getYear(), IndicatorSource.MAP, MAP_INDICATOR));
        }
        LocalPlanView plan = plans.createAtStartup(new LocalPlanInput(unit.teryt(), title, status, start, end,
                resolutionNumber, resolutionDate, resolutionUrl, strategy, null, jst == null ? null : jst.id(),
                responsible == null ? null : responsible.id(), owes == null ? null : owes.id(), deadline, replacesId,
                goals, actions, indicators));
        context.counts().plans++;
        return new Draft(plan, unit, genitive, jst, responsible, owes, goalTexts);
    }

    /** The map's value of PES per 10,000 inhabitants for the unit today, the baseline of its indicator. */
    private BigDecimal mapValue(Context context, Unit unit) {
        MapLevel level = unit.teryt().length() == 4 ? MapLevel.POWIAT : MapLevel.GMINA;
        Map<String, BigDecimal> values = context.mapValues().computeIfAbsent(level, l -> {
            Map<String, BigDecimal> found = new HashMap<>();
            map.getObject().layer(l, MAP_INDICATOR, null).units().stream().filter(u -> u.value() != null)
                    .forEach(u -> found.put(u.teryt(), u.value()));
            return found;
        });
        return values.getOrDefault(unit.teryt(), BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
    }

    /** Organisations of the unit other than the JST and its unit: PES first, partners of actions. */
    private List<Long> partnerPool(Unit unit, OrganisationView jst, OrganisationView responsible) {
        List<Long> pool = new ArrayList<>();
        for (OrganisationView pes : organisations.activePesIn(unit.teryt(), 4)) {
            pool.add(pes.id());
        }
        if (pool.isEmpty() && unit.teryt().length() == 7) {
            for (OrganisationView pes : organisations.activePesIn(unit.powiatTeryt(), 3)) {
                pool.add(pes.id());
            }
        }
        if (pool.isEmpty()) {
            // a city without demo PES of its own works with PES of the subregion's other powiats
            List<String> powiats = territory.subregionOf(unit.teryt()).map(Subregion::powiatTeryts).orElse(List.of());
            for (String powiat : powiats) {
                if (pool.size() < 3) {
                    organisations.activePesIn(powiat, 3 - pool.size()).forEach(pes -> pool.add(pes.id()));
                }
            }
        }
        pool.removeIf(id -> jst != null && id == jst.id() || responsible != null && id == responsible.id());
        return pool;
    }

    /**
     * Every section: the diagnosis in {@code versions} + 1 versions, goals in {@code versions}, the others
     * in one (a plan in preparation has only the diagnosis, goals and actions yet).
     */
    private OffsetDateTime writeSections(Context context, Draft draft, OffsetDateTime from, int versions) {
        Random random = context.random();
        LocalPlanView plan = draft.plan();
        BigDecimal budget = plan.actions().stream().map(LocalPlanView.Action::budget)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String responsible = draft.responsible() != null ? draft.responsible().name()
                : draft.jst() != null ? draft.jst().name() : "zespół ds. ekonomii społecznej";
        Map<SectionKey, List<String>> texts = new TreeMap<>();
        List<OrganisationView> pes = organisations.activePesIn(draft.unit().teryt(), 10_000);
        texts.put(SectionKey.DIAGNOSIS, LocalPlansDemoTexts.diagnosis(draft.unitGenitive(), pes.size(),
                (int) pes.stream().filter(OrganisationView::socialEnterprise).count(), pes.stream()
                        .map(OrganisationView::reintegrationPlaces).filter(Objects::nonNull).mapToInt(Integer::intValue)
                        .sum()));
        texts.put(SectionKey.GOALS, LocalPlansDemoTexts.goals(draft.goals()));
        texts.put(SectionKey.ACTIONS, LocalPlansDemoTexts.actions(plan.actions().size(), money(budget)));
        if (plan.status() != LocalPlanStatus.IN_PREPARATION) {
            texts.put(SectionKey.INDICATORS, LocalPlansDemoTexts.indicators());
            texts.put(SectionKey.IMPLEMENTATION, LocalPlansDemoTexts.implementation(responsible));
        }
        OffsetDateTime when = from;
        for (Map.Entry<SectionKey, List<String>> section : texts.entrySet()) {
            List<String> paragraphs = section.getValue();
            int count = section.getKey() == SectionKey.DIAGNOSIS ? versions + 1
                    : section.getKey() == SectionKey.GOALS ? versions : 1;
            int version = sections.lock(plan.id(), section.getKey()).version();
            for (int v = 1; v <= count; v++) {
                // a version shows more of the text than the one before; the last the whole of it
                int shown = v == count ? paragraphs.size()
                        : Math.max(1, paragraphs.size() - (count - v) * Math.max(1, paragraphs.size() / (count + 1)));
                boolean byOwes = section.getKey() == SectionKey.DIAGNOSIS ? v % 2 == 1 : v % 2 == 0;
                Author author = author(context, draft, byOwes);
                version = sections.saveVersion(plan.id(), section.getKey(), version,
                        String.join("\n\n", paragraphs.subList(0, shown)), author.userId(), author.organisationId(), null,
                        when);
                context.counts().versions++;
                when = when.plusDays(3 + random.nextInt(9)).withHour(8 + random.nextInt(8))
                        .withMinute(random.nextInt(60));
            }
        }
        return when;
    }

    /** Who saved a version or decides a comment: the demo accounts where the plan is theirs. */
    private record Author(Long userId, Long organisationId) {
    }

    private static Author author(Context context, Draft draft, boolean byOwes) {
        People people = context.people();
        if (byOwes && draft.owes() != null) {
            return new Author(people.owes().organisationId() != null && people.owes().organisationId() == draft.owes().id()
                    ? people.owes().userId() : null, draft.owes().id());
        }
        OrganisationView writer = draft.jst() != null ? draft.jst() : draft.responsible();
        if (writer == null) {
            return new Author(null, draft.owes() == null ? null : draft.owes().id());
        }
        return new Author(people.partner().organisationId() != null
                && people.partner().organisationId() == writer.id() ? people.partner().userId() : null, writer.id());
    }

    /**
     * Decided comments: ROPS's suggestion on the diagnosis accepted (a version from it), the OWES's on the
     * goals rejected with a reason.
     */
    private void decidedComments(Context context, Draft draft, OffsetDateTime when) {
        Random random = context.random();
        long planId = draft.plan().id();
        Author jst = author(context, draft, false);
        LocalPlanSectionRepository.StoredSection diagnosis = sections.section(planId, SectionKey.DIAGNOSIS);
        String suggestion = diagnosis.text() + "\n\n" + pick(LocalPlansDemoTexts.SUGGESTED_ADDITIONS, random);
        long accepted = comment(context, draft, SectionKey.DIAGNOSIS, context.people().rops().userId(), "ADMIN", null,
                pick(LocalPlansDemoTexts.COMMENTS_WITH_SUGGESTION, random), suggestion, when);
        OffsetDateTime decided = when.plusDays(2 + random.nextInt(5));
        sections.lock(planId, SectionKey.DIAGNOSIS);
        sections.saveVersion(planId, SectionKey.DIAGNOSIS, diagnosis.version(), suggestion, jst.userId(),
                jst.organisationId(), accepted, decided);
        context.counts().versions++;
        sections.decide(accepted, CommentStatus.ACCEPTED, null, jst.userId(), decided);
        if (draft.owes() != null) {
            LocalPlanSectionRepository.StoredSection goals = sections.section(planId, SectionKey.GOALS);
            long rejected = comment(context, draft, SectionKey.GOALS, owesUser(context, draft), "OWES", draft.owes(),
                    pick(LocalPlansDemoTexts.COMMENTS_WITH_SUGGESTION, random), goals.text() + "\n\n"
                            + pick(LocalPlansDemoTexts.SUGGESTED_ADDITIONS, random), when.plusDays(1));
            sections.decide(rejected, CommentStatus.REJECTED, pick(LocalPlansDemoTexts.REJECTION_REASONS, random),
                    jst.userId(), decided.plusDays(1));
            // an accepted comment without a suggestion changes no text
            long noted = comment(context, draft, SectionKey.INDICATORS, owesUser(context, draft), "OWES", draft.owes(),
                    pick(LocalPlansDemoTexts.COMMENTS, random), null, when.plusDays(2));
            sections.decide(noted, CommentStatus.ACCEPTED, null, jst.userId(), decided.plusDays(2));
        }
    }

    /** Open comments on the current versions: the OWES's with a suggested wording, ROPS's without. */
    private void openComments(Context context, Draft draft, OffsetDateTime when, int count) {
        Random random = context.random();
        long planId = draft.plan().id();
        if (draft.owes() != null) {
            LocalPlanSectionRepository.StoredSection actions = sections.section(planId, SectionKey.ACTIONS);
            comment(context, draft, SectionKey.ACTIONS, owesUser(context, draft), "OWES", draft.owes(),
                    pick(LocalPlansDemoTexts.COMMENTS_WITH_SUGGESTION, random), actions.text() + "\n\n"
                            + pick(LocalPlansDemoTexts.SUGGESTED_ADDITIONS, random), when);
        }
        if (count > 1) {
            comment(context, draft, SectionKey.GOALS, context.people().rops().userId(), "ADMIN", null,
                    pick(LocalPlansDemoTexts.COMMENTS, random), null, when.plusHours(20));
        }
    }

    private static Long owesUser(Context context, Draft draft) {
        Account owes = context.people().owes();
        return owes.organisationId() != null && draft.owes() != null && owes.organisationId() == draft.owes().id()
                ? owes.userId() : null;
    }

    /** An open comment on the section's current version. */
    private long comment(Context context, Draft draft, SectionKey key, Long authorId, String role,
            OrganisationView organisation, String text, String suggestion, OffsetDateTime when) {
        int version = sections.section(draft.plan().id(), key).version();
        context.counts().comments++;
        return sections.insertComment(draft.plan().id(), key, version, authorId, role,
                organisation == null ? null : organisation.id(), organisation == null ? null : organisation.name(),
                text, suggestion, when);
    }

    /**
     * Yearly values of the entered indicators, from the baseline towards the target (one lagging behind),
     * and the JST's notes, for the plan's past years (the last three at most).
     */
    private void values(Context context, Draft draft, LocalDate start, LocalDate end) {
        LocalDate today = context.today();
        // the current year's values as entered so far; notes are written after a year ends
        int last = Math.min(today.getYear(), end.getYear());
        int first = Math.max(start.getYear(), last - 3);
        if (last < start.getYear()) {
            return;
        }
        Random random = context.random();
        for (LocalPlanView.Indicator indicator : draft.plan().indicators()) {
            if (indicator.source() != IndicatorSource.ENTERED || indicator.baseline() == null) {
                continue;
            }
            int span = Math.max(1, indicator.targetYear() - indicator.baselineYear());
            BigDecimal step = indicator.target().subtract(indicator.baseline())
                    .divide(BigDecimal.valueOf(span), 4, RoundingMode.HALF_UP);
            // the first indicator keeps pace, the others lag behind by a third to a half
            double pace = indicator.number() == 1 ? 1.1 : 0.5 + random.nextInt(30) / 100.0;
            for (int year = first; year <= last; year++) {
                BigDecimal value = indicator.baseline().add(step.multiply(BigDecimal.valueOf(
                        (year - indicator.baselineYear()) * pace))).setScale(0, RoundingMode.HALF_UP);
                monitoring.saveValue(indicator.id(), year, value.max(BigDecimal.ZERO), SYSTEM,
                        at(LocalDate.of(year + 1, 2, 10 + random.nextInt(15)), context));
            }
        }
        for (int year = first; year < Math.min(last + 1, today.getYear()); year++) {
            monitoring.insertNote(draft.plan().id(), year, LocalPlansDemoTexts.note(year, draft.unitGenitive()), SYSTEM,
                    at(LocalDate.of(year + 1, 3, 1 + random.nextInt(28)), context));
        }
    }

    /** A working hour of the day in the region, never after now. */
    private OffsetDateTime at(LocalDate day, Context context) {
        ZoneId zone = platform.timeZone();
        OffsetDateTime time = day.atTime(LocalTime.of(9 + context.random().nextInt(7), context.random().nextInt(60)))
                .atZone(zone).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(zone));
        return time.isAfter(now) ? now.minusHours(1) : time;
    }

    private static String pick(String[] texts, Random random) {
        return texts[random.nextInt(texts.length)];
    }

    /** Money as pages show it: {@code 1 234 000}. */
    private static String money(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pl"));
        symbols.setGroupingSeparator('\u00a0');
        return new DecimalFormat("#,##0", symbols).format(value.setScale(0, RoundingMode.HALF_UP));
    }
}
