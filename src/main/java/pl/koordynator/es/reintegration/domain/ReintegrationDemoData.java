package pl.koordynator.es.reintegration.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.privacy.PersonIdentity;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reintegration.ExitOutcome;
import pl.koordynator.es.reintegration.LegalBasis;
import pl.koordynator.es.reintegration.OutcomeMoment;
import pl.koordynator.es.reintegration.ProgrammeKind;
import pl.koordynator.es.reintegration.ReadChannel;
import pl.koordynator.es.reintegration.ReferralPartyKind;
import pl.koordynator.es.reintegration.ReferralState;
import pl.koordynator.es.reintegration.ReferralView.Party;
import pl.koordynator.es.reintegration.RiskGroup;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Demo reintegration data (fictional): the places of every demo unit (CIS, KIS, ZAZ, WTZ, social
 * enterprises), some with free places, some full with a waiting list, confirmed on various days; and about
 * 300 referrals over the last two years from the demo OPS/PCPR (JSPS) and PUP (IRP), and a few from units,
 * to the units, in states that fit their age, with their history, exit outcomes and follow-ups.
 * <p>
 * The people are fictional: a generated PESEL with a right check digit (a few by surname and birth date),
 * hashed with the installation's person key as a real one would be; about 15 % of them are referred twice
 * or more. The PESELs live only in this method's memory and are never written anywhere.
 * <p>
 * {@code demo.ops} acts for the first demo OPS (kind JSPS) and {@code demo.cis} for the first demo CIS; the
 * OPS sends that CIS a dozen referrals in every state, including a follow-up due now, so both accounts have
 * work on their dashboards. Follow-ups due before today are recorded or marked as reminded (otherwise the
 * first reminder run would e-mail about all of them at once), except the pair's one or two due now.
 * <p>
 * Nobody is signed in at a first start: the rows are written with SQL in one transaction, {@code demo = true},
 * without e-mails or audit entries; the anonymous statistic rows follow by the V41 triggers. Deterministic
 * (a fixed seed), relative to the region's today.
 */
@Component
class ReintegrationDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(ReintegrationDemoData.class);

    static final String SET = "reintegration";
    /** Referrals besides the demo pair's. */
    static final int PEOPLE = 245;
    /** The OPS, PCPR and PUP that send referrals. */
    static final int SENDERS = 35;
    static final String OPS_ACCOUNT = "demo.ops";
    static final String CIS_ACCOUNT = "demo.cis";

    private static final String[] SURNAMES = {"Nowakowska", "Wiśniewski", "Zielińska", "Kamiński", "Lewandowska",
        "Dąbrowski", "Kozłowska", "Jankowski", "Mazur", "Krawczyk"};
    private static final String[] NOTES = {
        "Zainteresowanie pracą w gastronomii.",
        "Potrzebne wsparcie w dojazdach na zajęcia.",
        "Preferowane zajęcia w godzinach porannych.",
        "Doświadczenie w pracach ogrodniczych.",
        "Wskazane wsparcie psychologa w pierwszym miesiącu.",
        "Zainteresowanie kursem prawa jazdy kat. B.",
        "Wcześniejsza praca w budownictwie.",
        "Zainteresowanie pracą w usługach porządkowych.",
        "Uzgodniono kontakt przez pracownika socjalnego.",
        "Chęć zdobycia kwalifikacji w handlu."};
    private static final String[] REJECTED = {
        "Brak wolnych miejsc w programie w najbliższych miesiącach.",
        "Profil programu jednostki nie odpowiada potrzebom wskazanym w skierowaniu.",
        "Osoba nie zgłosiła się na rozmowę kwalifikacyjną.",
        "Skierowanie do jednostki właściwej dla miejsca zamieszkania."};
    private static final String[] INTERRUPTED = {
        "Rezygnacja z udziału w programie.",
        "Długotrwała nieobecność na zajęciach.",
        "Zmiana miejsca zamieszkania poza teren działania jednostki.",
        "Naruszenie regulaminu uczestnictwa."};
    private static final String[] CANCELLED = {
        "Osoba podjęła zatrudnienie przed przyjęciem do programu.",
        "Skierowanie wysłane omyłkowo do niewłaściwej jednostki.",
        "Osoba zrezygnowała przed rozpatrzeniem skierowania."};

    /** What was written. */
    record Loaded(int units, int referrals, int people, int pairReferrals) {
    }

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final Organisations organisations;
    private final UserAccounts accounts;
    private final ReintegrationPersonKeys keys;
    private final JdbcClient jdbc;
    private final PlatformSettings platform;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ReintegrationDemoData(Installation installation, DemoDataSets demoDataSets, Organisations organisations,
            UserAccounts accounts, ReintegrationPersonKeys keys, JdbcClient jdbc, PlatformSettings platform,
            Clock clock, TransactionTemplate transaction) {
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.organisations = organisations;
        this.accounts = accounts;
        this.keys = keys;
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
            log.info("Demo reintegration loaded: places of {} units, {} referrals of {} people ({} from demo.ops to "
                    + "demo.cis) (fictional) in {} ms", loaded.units(), loaded.referrals(), loaded.people(),
                    loaded.pairReferrals(), (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** A fictional person: the key only leaves this class. */
    private record Person(String key) {
    }

    /** A referral being written: its parties, person and day. */
    private record Draft(Party sender, Party receiver, Person person, LocalDate referredOn, Long senderUser,
            Long receiverUser) {
    }

    /** One step of a referral's history. */
    private record Step(ReferralState from, ReferralState to, String reason, LocalDate on, Long by) {
    }

    Loaded load(LocalDate today) {
        Random random = new Random(24);
        List<Party> senders = parties(List.of(Kind.JSPS, Kind.IRP), false);
        List<Party> units = parties(List.of(Kind.CIS, Kind.KIS, Kind.ZAZ, Kind.WTZ), true);
        if (senders.isEmpty() || units.isEmpty()) {
            return new Loaded(0, 0, 0, 0);
        }
        Party ops = senders.stream().filter(p -> p.kind() == ReferralPartyKind.JSPS).findFirst().orElse(senders.get(0));
        // not every OPS or PUP refers people: the active senders are a few dozen, each with its usual units
        List<Party> active = new ArrayList<>(senders.subList(0, Math.min(SENDERS, senders.size())));
        if (!active.contains(ops)) {
            active.add(ops);
        }
        senders = active;
        Party cis = units.stream().filter(p -> p.kind() == ReferralPartyKind.CIS).findFirst().orElse(units.get(0));
        accounts.assignOrganisationAtStartup(OPS_ACCOUNT, ops.id());
        accounts.assignOrganisationAtStartup(CIS_ACCOUNT, cis.id());
        Long opsUser = accounts.idAtStartup(OPS_ACCOUNT).orElse(null);
        Long cisUser = accounts.idAtStartup(CIS_ACCOUNT).orElse(null);

        Map<Long, String> gminas = new LinkedHashMap<>();
        for (Kind kind : List.of(Kind.CIS, Kind.KIS, Kind.ZAZ, Kind.WTZ)) {
            organisations.ofKind(kind).forEach(o -> gminas.put(o.id(), o.gminaTeryt()));
        }
        organisations.openSocialEnterprises().forEach(o -> gminas.put(o.id(), o.gminaTeryt()));
        for (int i = 0; i < units.size(); i++) {
            capacity(units.get(i), gminas.get(units.get(i).id()), i, today, random);
        }

        List<Person> people = new ArrayList<>();
        int written = 0;
        // the demo pair: a referral in every state, several where the dashboards show work
        List<ReferralState> pairStates = List.of(ReferralState.SENT, ReferralState.SENT, ReferralState.RECEIVED,
                ReferralState.RECEIVED, ReferralState.ACCEPTED, ReferralState.REJECTED, ReferralState.IN_PROGRAMME,
                ReferralState.IN_PROGRAMME, ReferralState.COMPLETED, ReferralState.INTERRUPTED,
                ReferralState.FOLLOW_UP, ReferralState.FOLLOW_UP, ReferralState.FOLLOW_UP, ReferralState.CANCELLED);
        int[] pairAges = {2, 5, 9, 16, 24, 30, 75, 140, 200, 170, 120, 310, 520, 12};
        for (int i = 0; i < pairStates.size(); i++) {
            Person person = person(random, today, people.size());
            people.add(person);
            Draft draft = new Draft(ops, cis, person, today.minusDays(pairAges[i]), opsUser, cisUser);
            // the first follow-up referral has its 3-month follow-up due now, left for the reminder job
            LocalDate endedOn = i == 10 ? today.minusMonths(3).minusDays(1) : null;
            write(draft, pairStates.get(i), endedOn, i == 10, today, random);
            written++;
        }
        int pair = written;

        // everyone else: about 15 % of the people are referred twice or more
        List<Party> unitSenders = units.stream().filter(p -> p.kind() != ReferralPartyKind.WTZ).toList();
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Person person = person(random, today, people.size());
            people.add(person);
            Party sender = i % 20 == 19 && unitSenders.size() > 1 ? pick(unitSenders, random) : pick(senders, random);
            Party receiver = receiverFor(sender, units, random);
            LocalDate referredOn = today.minusDays(random.nextInt(730));
            drafts.add(new Draft(sender, receiver, person, referredOn, null, null));
            if (i % 7 == 3) {
                int again = i % 21 == 3 ? 2 : 1;
                LocalDate on = referredOn;
                for (int k = 0; k < again; k++) {
                    on = on.plusDays(60 + random.nextInt(240));
                    if (on.isAfter(today)) {
                        on = today.minusDays(random.nextInt(10));
                    }
                    Party nextSender = random.nextInt(3) == 0 ? pick(senders, random) : sender;
                    drafts.add(new Draft(nextSender, receiverFor(nextSender, units, random), person, on, null, null));
                }
            }
        }
        drafts.sort(Comparator.comparing(Draft::referredOn));
        for (Draft draft : drafts) {
            write(draft, stateFor(ChronoUnit.DAYS.between(draft.referredOn(), today), random), null, false, today,
                    random);
            written++;
        }
        logPairReads(opsUser, cisUser, ops.id(), today);
        return new Loaded(units.size(), written, people.size(), pair);
    }

    /** Active organisations of the kinds (and open social enterprises when {@code units}), as parties, by id. */
    private List<Party> parties(List<Kind> kinds, boolean units) {
        Map<Long, OrganisationView> found = new LinkedHashMap<>();
        for (Kind kind : kinds) {
            organisations.ofKind(kind).forEach(o -> found.put(o.id(), o));
        }
        if (units) {
            organisations.openSocialEnterprises().forEach(o -> found.put(o.id(), o));
        }
        return found.values().stream().filter(o -> o.status() == OrganisationStatus.ACTIVE)
                .sorted(Comparator.comparingLong(OrganisationView::id))
                .map(ReintegrationAccess::asParty).flatMap(Optional::stream)
                .filter(p -> !units || p.kind().receives())
                .toList();
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /**
     * Mostly one of the sender's usual partners (up to three units of its powiat, else the first units by id: an
     * OPS works with a few units), sometimes any other unit; never the sender itself.
     */
    private static Party receiverFor(Party sender, List<Party> units, Random random) {
        List<Party> others = units.stream().filter(u -> u.id() != sender.id()).toList();
        List<Party> usual = new ArrayList<>(others.stream()
                .filter(u -> u.powiatTeryt().equals(sender.powiatTeryt())).limit(3).toList());
        for (int i = 0; usual.size() < 2 && i < others.size(); i++) {
            Party candidate = others.get((int) ((sender.id() * 7 + i) % others.size()));
            if (!usual.contains(candidate)) {
                usual.add(candidate);
            }
        }
        return random.nextInt(5) > 0 ? pick(usual, random) : pick(others, random);
    }

    /** A fictional person with a generated valid PESEL; every 20th by surname and birth date. */
    private Person person(Random random, LocalDate today, int index) {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 45));
        PersonIdentity identity = index % 20 == 7
                ? PersonIdentity.of(null, SURNAMES[random.nextInt(SURNAMES.length)], born, today)
                : PersonIdentity.of(pesel(born, random.nextInt(10_000)), null, null, today);
        return new Person(keys.keyOf(identity));
    }

    /** A PESEL of that birth date and serial, with its check digit. */
    static String pesel(LocalDate born, int serial) {
        int month = born.getMonthValue() + (born.getYear() >= 2000 ? 20 : 0);
        String digits = String.format("%02d%02d%02d%04d", born.getYear() % 100, month, born.getDayOfMonth(), serial);
        int[] weights = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return digits + (10 - sum % 10) % 10;
    }

    /** The state a referral of this age most likely has. */
    private static ReferralState stateFor(long age, Random random) {
        int dice = random.nextInt(100);
        if (age < 7) {
            return dice < 65 ? ReferralState.SENT : ReferralState.RECEIVED;
        }
        if (age < 21) {
            return dice < 10 ? ReferralState.SENT : dice < 45 ? ReferralState.RECEIVED : dice < 75 ? ReferralState.ACCEPTED
                    : dice < 93 ? ReferralState.REJECTED : ReferralState.CANCELLED;
        }
        if (dice < 12) {
            return ReferralState.REJECTED;
        }
        if (dice < 16) {
            return ReferralState.CANCELLED;
        }
        if (age < 60) {
            return dice < 26 ? ReferralState.ACCEPTED : ReferralState.IN_PROGRAMME;
        }
        // older ones: in programme, or ended (the end decides: see write)
        return ReferralState.FOLLOW_UP;
    }

    /**
     * Writes a referral that reached {@code target} (FOLLOW_UP from {@link #stateFor} means "as far as its age
     * allows"), its history and follow-ups.
     */
    private void write(Draft draft, ReferralState target, LocalDate fixedEnd, boolean dueNow, LocalDate today,
            Random random) {
        LocalDate referred = draft.referredOn();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(null, ReferralState.SENT, null, referred, draft.senderUser()));
        ReferralState state = ReferralState.SENT;
        Map<String, Object> columns = new LinkedHashMap<>();
        String reason = null;
        ProgrammeKind programme = programmeOf(draft);
        int months = 3 + random.nextInt(10);
        LocalDate programmeStart = referred.plusDays(14 + random.nextInt(14));
        LocalDate programmeEnd = programmeStart.plusMonths(months);
        LocalDate on = referred;
        Long receiverUser = draft.receiverUser();
        if (target == ReferralState.CANCELLED) {
            on = before(today, referred.plusDays(1 + random.nextInt(5)));
            reason = CANCELLED[random.nextInt(CANCELLED.length)];
            steps.add(new Step(state, ReferralState.CANCELLED, reason, on, draft.senderUser()));
            state = ReferralState.CANCELLED;
            columns.put("closed_on", on);
        } else if (target != ReferralState.SENT) {
            on = before(today, referred.plusDays(1 + random.nextInt(4)));
            steps.add(new Step(state, ReferralState.RECEIVED, null, on, receiverUser));
            state = ReferralState.RECEIVED;
            columns.put("received_on", on);
            if (target != ReferralState.RECEIVED) {
                on = before(today, on.plusDays(1 + random.nextInt(7)));
                columns.put("answered_on", on);
                if (target == ReferralState.REJECTED) {
                    reason = REJECTED[random.nextInt(REJECTED.length)];
                    steps.add(new Step(state, ReferralState.REJECTED, reason, on, receiverUser));
                    state = ReferralState.REJECTED;
                    columns.put("closed_on", on);
                } else {
                    steps.add(new Step(state, ReferralState.ACCEPTED, null, on, receiverUser));
                    state = ReferralState.ACCEPTED;
                    columns.put("accepted_on", on);
                    LocalDate start = on.plusDays(3 + random.nextInt(12));
                    if (target != ReferralState.ACCEPTED && !start.isAfter(today)) {
                        on = start;
                        programmeStart = start;
                        programmeEnd = start.plusMonths(months);
                        steps.add(new Step(state, ReferralState.IN_PROGRAMME, null, on, receiverUser));
                        state = ReferralState.IN_PROGRAMME;
                        columns.put("started_on", on);
                        ReferralState endAs = target == ReferralState.INTERRUPTED || random.nextInt(100) < 25
                                ? ReferralState.INTERRUPTED : ReferralState.COMPLETED;
                        LocalDate end = fixedEnd != null ? fixedEnd
                                : endAs == ReferralState.INTERRUPTED ? start.plusDays(20 + random.nextInt(months * 30))
                                : programmeEnd;
                        if (target == ReferralState.COMPLETED || target == ReferralState.INTERRUPTED) {
                            endAs = target;
                            end = before(today, fixedEnd != null ? fixedEnd : today.minusDays(1 + random.nextInt(10)));
                            if (end.isBefore(on)) {
                                end = on;
                            }
                        }
                        if (target != ReferralState.IN_PROGRAMME && !end.isAfter(today)) {
                            on = end;
                            if (endAs == ReferralState.INTERRUPTED) {
                                reason = INTERRUPTED[random.nextInt(INTERRUPTED.length)];
                            }
                            steps.add(new Step(state, endAs, reason, on, receiverUser));
                            state = endAs;
                            columns.put("ended_on", on);
                            if (endAs == ReferralState.COMPLETED) {
                                // completed: the programme ran its course, to the day it ended
                                programmeEnd = on;
                            }
                            columns.put("ended_as", endAs.name());
                            columns.put("closed_on", on);
                            LocalDate exit = on.plusDays(random.nextInt(10));
                            if (target == ReferralState.FOLLOW_UP && !exit.isAfter(today)) {
                                ExitOutcome outcome = exitOutcome(endAs, random);
                                columns.put("exit_outcome", outcome.name());
                                steps.add(new Step(state, ReferralState.FOLLOW_UP, null, exit, receiverUser));
                                state = ReferralState.FOLLOW_UP;
                            }
                        }
                    }
                }
            }
        }
        if (programmeEnd.isBefore(programmeStart)) {
            programmeEnd = programmeStart;
        }
        long id = insert(draft, programme, programmeStart, programmeEnd, random, state, reason, columns);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            jdbc.sql("""
                    insert into reintegration_referral_change (referral_id, from_state, to_state, reason, changed_on,
                        changed_at, changed_by)
                    values (:id, :from, :to, :reason, :on, :at, :by)""")
                    .param("id", id).param("from", step.from() == null ? null : step.from().name())
                    .param("to", step.to().name()).param("reason", step.reason()).param("on", step.on())
                    .param("at", at(step.on(), 9 + i)).param("by", step.by()).update();
        }
        if (state == ReferralState.FOLLOW_UP) {
            followUps(id, (LocalDate) columns.get("ended_on"), (String) columns.get("exit_outcome"), dueNow, receiverUser,
                    today, random);
        }
    }

    private static LocalDate before(LocalDate today, LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private Timestamp at(LocalDate day, int hour) {
        ZoneId zone = platform.timeZone();
        return Timestamp.from(day.atTime(LocalTime.of(Math.min(hour, 20), 15)).atZone(zone).toInstant());
    }

    private long insert(Draft draft, ProgrammeKind programme, LocalDate programmeStart, LocalDate programmeEnd,
            Random random, ReferralState state, String reason, Map<String, Object> columns) {
        List<RiskGroup> groups = riskGroups(draft.receiver().kind(), random);
        String reference = programme == null ? null
                : programme.name() + "/" + (1 + random.nextInt(240)) + "/" + programmeStart.getYear();
        String notes = random.nextInt(10) < 6 ? NOTES[random.nextInt(NOTES.length)] : null;
        Map<String, Object> values = new LinkedHashMap<>();
        for (String column : List.of("received_on", "answered_on", "accepted_on", "started_on", "ended_on",
                "ended_as", "exit_outcome", "closed_on")) {
            values.put(column, columns.get(column));
        }
        return jdbc.sql("""
                insert into reintegration_referral (person_key, sender_id, sender_name, sender_kind,
                    sender_powiat_teryt, receiver_id, receiver_name, receiver_kind, receiver_powiat_teryt, risk_groups,
                    legal_basis, referred_on, programme_kind, programme_reference, programme_start, programme_end,
                    notes, state, state_reason, received_on, answered_on, accepted_on, started_on, ended_on, ended_as,
                    exit_outcome, closed_on, created_by, created_at, updated_at, demo)
                values (:personKey, :senderId, :senderName, :senderKind, :senderPowiat, :receiverId, :receiverName,
                    :receiverKind, :receiverPowiat, cast(:riskGroups as varchar(40)[]), :legalBasis, :referredOn,
                    :programmeKind, :programmeReference, :programmeStart, :programmeEnd, :notes, :state, :reason,
                    :received_on, :answered_on, :accepted_on, :started_on, :ended_on, :ended_as, :exit_outcome,
                    :closed_on, :createdBy, :createdAt, :createdAt, true)
                returning id""")
                .param("personKey", draft.person().key())
                .param("senderId", draft.sender().id()).param("senderName", draft.sender().name())
                .param("senderKind", draft.sender().kind().name()).param("senderPowiat", draft.sender().powiatTeryt())
                .param("receiverId", draft.receiver().id()).param("receiverName", draft.receiver().name())
                .param("receiverKind", draft.receiver().kind().name())
                .param("receiverPowiat", draft.receiver().powiatTeryt())
                .param("riskGroups", groups.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")))
                .param("legalBasis", legalBasis(draft, random).name()).param("referredOn", draft.referredOn())
                .param("programmeKind", programme == null ? null : programme.name())
                .param("programmeReference", reference)
                .param("programmeStart", programme == null ? null : programmeStart)
                .param("programmeEnd", programme == null ? null : programmeEnd)
                .param("notes", notes).param("state", state.name()).param("reason", reason)
                .params(values).param("createdBy", draft.senderUser())
                .param("createdAt", at(draft.referredOn(), 9))
                .query(Long.class).single();
    }

    private static ProgrammeKind programmeOf(Draft draft) {
        return switch (draft.receiver().kind()) {
            case CIS, KIS -> ProgrammeKind.IPZS;
            case ZAZ, WTZ -> ProgrammeKind.IPR;
            default -> draft.sender().kind() == ReferralPartyKind.IRP ? ProgrammeKind.IPD : null;
        };
    }

    private static LegalBasis legalBasis(Draft draft, Random random) {
        if (draft.sender().kind() == ReferralPartyKind.IRP && random.nextInt(3) == 0) {
            return LegalBasis.LABOUR_MARKET_ACT;
        }
        return switch (draft.receiver().kind()) {
            case CIS, KIS -> random.nextInt(5) == 0 ? LegalBasis.SOCIAL_ASSISTANCE_ACT : LegalBasis.SOCIAL_EMPLOYMENT_ACT;
            case ZAZ, WTZ -> LegalBasis.REHABILITATION_ACT;
            default -> random.nextInt(6) == 0 ? LegalBasis.OTHER : LegalBasis.SOCIAL_ECONOMY_ACT;
        };
    }

    private static List<RiskGroup> riskGroups(ReferralPartyKind receiver, Random random) {
        Set<RiskGroup> groups = new LinkedHashSet<>();
        if (receiver == ReferralPartyKind.ZAZ || receiver == ReferralPartyKind.WTZ) {
            groups.add(RiskGroup.DISABILITY);
            if (random.nextInt(4) == 0) {
                groups.add(RiskGroup.LONG_TERM_UNEMPLOYED);
            }
            return List.copyOf(groups);
        }
        RiskGroup[] usual = {RiskGroup.LONG_TERM_UNEMPLOYED, RiskGroup.LONG_TERM_UNEMPLOYED, RiskGroup.LONG_TERM_UNEMPLOYED,
            RiskGroup.HOMELESSNESS, RiskGroup.ADDICTION_AFTER_TREATMENT, RiskGroup.LEAVING_PRISON,
            RiskGroup.LEAVING_FOSTER_CARE, RiskGroup.REFUGEE, RiskGroup.DISABILITY, RiskGroup.OTHER};
        groups.add(usual[random.nextInt(usual.length)]);
        if (random.nextInt(3) == 0) {
            groups.add(usual[random.nextInt(usual.length)]);
        }
        return List.copyOf(groups);
    }

    private static ExitOutcome exitOutcome(ReferralState endedAs, Random random) {
        int dice = random.nextInt(100);
        if (endedAs == ReferralState.INTERRUPTED) {
            return dice < 55 ? ExitOutcome.SOCIAL_ASSISTANCE : dice < 80 ? ExitOutcome.OTHER
                    : ExitOutcome.OPEN_MARKET_EMPLOYMENT;
        }
        return dice < 30 ? ExitOutcome.OPEN_MARKET_EMPLOYMENT : dice < 47 ? ExitOutcome.SOCIAL_ENTERPRISE_EMPLOYMENT
                : dice < 53 ? ExitOutcome.OWN_BUSINESS : dice < 68 ? ExitOutcome.EDUCATION_OR_TRAINING
                : dice < 88 ? ExitOutcome.SOCIAL_ASSISTANCE : ExitOutcome.OTHER;
    }

    /** Later outcomes mostly keep the exit outcome; some find work, some lose it. */
    private static ExitOutcome later(ExitOutcome previous, Random random) {
        int dice = random.nextInt(100);
        if (dice < 70) {
            return previous;
        }
        if (dice < 85) {
            return previous.employment() ? ExitOutcome.SOCIAL_ASSISTANCE : ExitOutcome.OPEN_MARKET_EMPLOYMENT;
        }
        return ExitOutcome.values()[random.nextInt(ExitOutcome.values().length)];
    }

    /**
     * The 3-, 6- and 12-month follow-ups: recorded when due (mostly), otherwise already reminded; the future
     * ones open. With {@code dueNow}, the first one due is left open and not reminded, for the reminder job.
     */
    private void followUps(long id, LocalDate endedOn, String exitOutcome, boolean dueNow, Long by, LocalDate today,
            Random random) {
        ExitOutcome outcome = ExitOutcome.valueOf(exitOutcome);
        Map<OutcomeMoment, LocalDate> due = new EnumMap<>(OutcomeMoment.class);
        for (OutcomeMoment moment : List.of(OutcomeMoment.MONTHS_3, OutcomeMoment.MONTHS_6, OutcomeMoment.MONTHS_12)) {
            due.put(moment, endedOn.plusMonths(moment.months()));
        }
        boolean leftForJob = false;
        for (Map.Entry<OutcomeMoment, LocalDate> entry : due.entrySet()) {
            LocalDate dueOn = entry.getValue();
            ExitOutcome recorded = null;
            LocalDate recordedOn = null;
            Timestamp reminded = null;
            if (!dueOn.isAfter(today)) {
                if (dueNow && !leftForJob) {
                    leftForJob = true;
                } else {
                    reminded = at(dueOn, 7);
                    LocalDate day = dueOn.plusDays(random.nextInt(21));
                    if (random.nextInt(100) < 85 && !day.isAfter(today)) {
                        outcome = later(outcome, random);
                        recorded = outcome;
                        recordedOn = day;
                    }
                }
            }
            jdbc.sql("""
                    insert into reintegration_follow_up (referral_id, moment, due_on, outcome, recorded_on, recorded_by,
                        reminder_sent_at)
                    values (:id, :moment, :due, :outcome, :recordedOn, :by, :reminded)""")
                    .param("id", id).param("moment", entry.getKey().name()).param("due", dueOn)
                    .param("outcome", recorded == null ? null : recorded.name()).param("recordedOn", recordedOn)
                    .param("by", recorded == null ? null : by).param("reminded", reminded).update();
        }
    }

    /** Places by programme; every third unit full with a waiting list; figures confirmed on various days. */
    private void capacity(Party unit, String gminaTeryt, int index, LocalDate today, Random random) {
        if (gminaTeryt == null) {
            return;
        }
        jdbc.sql("""
                insert into reintegration_unit (organisation_id, organisation_name, organisation_kind, gmina_teryt,
                    powiat_teryt, updated_on, demo)
                values (:id, :name, :kind, :gmina, :powiat, :updatedOn, true)
                on conflict (organisation_id) do nothing""")
                .param("id", unit.id()).param("name", unit.name()).param("kind", unit.kind().name())
                .param("gmina", gminaTeryt).param("powiat", gminaTeryt.substring(0, 4))
                .param("updatedOn", today.minusDays(index % 5 == 4 ? 100 + random.nextInt(150) : random.nextInt(60)))
                .update();
        List<String> programmes = switch (unit.kind()) {
            case CIS -> List.of("Reintegracja społeczna i zawodowa (IPZS)", "Warsztaty gastronomiczne",
                    "Warsztaty remontowo-budowlane");
            case KIS -> List.of("Zajęcia grupowe i poradnictwo", "Prace społecznie użyteczne");
            case ZAZ -> List.of("Zatrudnienie osób z niepełnosprawnościami", "Rehabilitacja zawodowa");
            case WTZ -> List.of("Terapia zajęciowa");
            default -> List.of("Miejsca pracy dla osób zagrożonych wykluczeniem", "Staż reintegracyjny");
        };
        int lines = 1 + random.nextInt(programmes.size());
        boolean full = index % 3 == 1;
        for (int position = 0; position < lines; position++) {
            int places = 6 + random.nextInt(unit.kind() == ReferralPartyKind.WTZ ? 30 : 40);
            int occupied = full ? places : random.nextInt(places + 1);
            int waiting = full ? 1 + random.nextInt(15) : random.nextInt(4) == 0 ? random.nextInt(4) : 0;
            jdbc.sql("""
                    insert into reintegration_capacity (organisation_id, position, programme, places, occupied, waiting)
                    values (:id, :position, :programme, :places, :occupied, :waiting)""")
                    .param("id", unit.id()).param("position", position).param("programme", programmes.get(position))
                    .param("places", places).param("occupied", occupied).param("waiting", waiting).update();
        }
    }

    /** The pair's users read their referrals after each change, so the read log has entries to show. */
    private void logPairReads(Long opsUser, Long cisUser, long opsId, LocalDate today) {
        if (opsUser == null || cisUser == null) {
            return;
        }
        jdbc.sql("""
                insert into reintegration_read (referral_id, user_id, channel, read_at)
                select c.referral_id, case when c.to_state in ('SENT', 'CANCELLED') then :cis else :ops end,
                    :channel, c.changed_at + interval '2 hours'
                from reintegration_referral_change c join reintegration_referral r on r.id = c.referral_id
                where r.sender_id = :opsId and c.changed_on < :today""")
                .param("ops", opsUser).param("cis", cisUser).param("channel", ReadChannel.PAGE.name())
                .param("opsId", opsId).param("today", today).update();
    }
}
