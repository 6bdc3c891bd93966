package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.OfferSummary;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Demo procurements and public tasks: about 200 fictional procurements of the demo JST over the last
 * three years (by notice date, relative to the region's today) with Polish titles by CPV, one to
 * three lots, values from 20 000 to 2 000 000 zł; about a quarter with social clauses of every type;
 * most past lots awarded, some to demo PES (with the register's PES and PS flags) and persons
 * employed reported on some; ten open for bids in the categories and gminas of demo PES that have
 * published catalogue offers (the first for the PES {@code demo.pes} acts for), so that matching has results; about 40 public tasks. Deterministic (a
 * fixed seed). Written straight to the module's tables in one transaction, as a first start has
 * nobody signed in to pass the services' checks; fictional notice numbers {@code 2025/BZP 0039xxxx/01}.
 */
@Component
class PublicServicesDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(PublicServicesDemoData.class);

    static final int PROCUREMENTS = 200;
    static final int OPEN = 10;
    static final int TASKS = 40;

    /** A kind of service bought: its CPV code, the catalogue's top category it matches and titles. */
    record Subject(String cpv, String category, boolean social, List<String> titles) {
    }

    static final List<Subject> SUBJECTS = List.of(
            new Subject("55524000-9", "CATERING", false, List.of("Dostawa posiłków dla uczniów szkół podstawowych",
                    "Przygotowanie i dowóz obiadów do przedszkoli gminnych", "Catering dla uczestników zajęć klubu seniora")),
            new Subject("55520000-1", "CATERING", false, List.of("Usługa cateringowa na wydarzenia gminne",
                    "Przerwy kawowe i obiady na szkolenia urzędu")),
            new Subject("90910000-9", "CLEANING", false, List.of("Sprzątanie budynków urzędu gminy",
                    "Utrzymanie czystości w szkołach i przedszkolach", "Sprzątanie pomieszczeń biurowych starostwa")),
            new Subject("77310000-6", "GREEN", false, List.of("Utrzymanie terenów zieleni miejskiej",
                    "Koszenie poboczy dróg gminnych i terenów rekreacyjnych", "Pielęgnacja parków i skwerów")),
            new Subject("85310000-5", "CARE", true, List.of("Usługi opiekuńcze dla mieszkańców gminy",
                    "Specjalistyczne usługi opiekuńcze dla osób z zaburzeniami psychicznymi",
                    "Prowadzenie dziennego domu pomocy")),
            new Subject("79800000-2", "PRINTING", false, List.of("Druk materiałów promocyjnych gminy",
                    "Druk i kolportaż biuletynu samorządowego")),
            new Subject("45453000-7", "CONSTRUCTION", false, List.of("Remont pomieszczeń szkoły podstawowej",
                    "Malowanie klatek schodowych w budynkach komunalnych", "Drobne naprawy w obiektach gminnych")),
            new Subject("60130000-8", "OTHER", false, List.of("Dowóz uczniów niepełnosprawnych do szkół",
                    "Przewóz osób starszych na zajęcia klubu seniora")),
            new Subject("80500000-9", "EDUCATION", true, List.of("Szkolenia zawodowe dla osób bezrobotnych",
                    "Warsztaty aktywizacji zawodowej dla uczestników CIS", "Zajęcia edukacyjne dla dzieci w świetlicach")));

    /** What the demo PES delivers when it has no catalogue offer in a category procurements buy: catering. */
    static final Subject DEMO_PES_SUBJECT = SUBJECTS.get(0);

    private static final String[] COMPANIES = {"Usługi Komunalne Pomorze sp. z o.o.", "Gastro-Serwis sp.j.",
            "Czysty Dom Jan Kowalski", "Zieleń Plus sp. z o.o.", "Drukarnia Bałtycka s.c.", "Remonty Nord sp. z o.o.",
            "Trans-Bus Kaszuby", "Centrum Szkoleń Kadra sp. z o.o."};

    private static final String[] TASK_TITLES = {"Prowadzenie klubu seniora", "Wypoczynek letni dzieci i młodzieży",
            "Aktywizacja zawodowa osób bezrobotnych", "Wsparcie rodzin w kryzysie", "Organizacja imprez sportowych",
            "Ochrona zdrowia psychicznego", "Pomoc osobom w kryzysie bezdomności", "Warsztaty ekologiczne",
            "Asystencja osobista osób z niepełnosprawnościami", "Integracja społeczna mieszkańców wsi"};

    private static final String[] TASK_AREAS = {"SENIORS", "CHILDREN_AND_YOUTH", "EMPLOYMENT", "FAMILY", "SPORT",
            "HEALTH", "SOCIAL_ASSISTANCE", "ECOLOGY", "DISABLED_PERSONS", "SOCIAL_INTEGRATION"};

    private static final String[] NGO_NAMES = {"Stowarzyszenie Razem dla Wsi", "Fundacja Aktywni Seniorzy",
            "Klub Sportowy Orlęta", "Stowarzyszenie Przyjaciół Dzieci"};

    private static final String PROCUREMENT_INSERT = """
            insert into publicservices_procurement (buyer_id, buyer_name, buyer_kind, buyer_gmina_teryt,
                buyer_powiat_teryt, title, notice_number, cpv_codes, estimated_value, awarded_value, procedure,
                notice_date, bid_deadline, gmina_teryt, source)
            values (:buyer, :buyerName, :buyerKind, :buyerGmina, :buyerPowiat, :title, :notice, array[:cpv]::varchar(10)[], :estimated,
                :awarded, :procedure, :noticeDate, :deadline, :gmina, 'MANUAL')
            """;

    private static final String LOT_INSERT = """
            insert into publicservices_lot (procurement_id, number, title, estimated_value, reserved_art94,
                employment_contract_art95, employment_art96_group, employment_art96_persons, employment_art96_months,
                social_criterion_weight, social_services_art359, reserved_art361, result, bids_received, pes_bid,
                social_enterprise_bid, contractor_id, contractor_name, contractor_nip, contractor_pes,
                contractor_social_enterprise, contract_value, contract_start, contract_end, persons_employed)
            values (:procurement, :number, :title, :estimated, :art94, :art95, :art96Group, :art96Persons,
                :art96Months, :weight, :art359, :art361, :result, :bids, :pesBid, :psBid, :contractorId,
                :contractorName, :contractorNip, :contractorPes, :contractorPs, :contractValue, :contractStart,
                :contractEnd, :personsEmployed)
            """;

    private static final String TASK_INSERT = """
            insert into publicservices_public_task (jst_id, jst_name, jst_gmina_teryt, jst_powiat_teryt, call_title,
                call_number, area, call_date, offer_deadline, amount, winner_id, winner_name, winner_nip, winner_pes,
                period_start, period_end)
            values (:jst, :jstName, :gmina, :powiat, :title, :number, :area, :callDate, :deadline, :amount,
                :winnerId, :winnerName, :winnerNip, :winnerPes, :periodStart, :periodEnd)
            """;

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final Organisations organisations;
    private final CatalogueOffers offers;
    private final UserAccounts accounts;
    private final NamedParameterJdbcTemplate batch;
    private final PlatformSettings platform;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PublicServicesDemoData(Installation installation, DemoDataSets demoDataSets, Organisations organisations,
            CatalogueOffers offers, UserAccounts accounts, NamedParameterJdbcTemplate batch, PlatformSettings platform,
            Clock clock, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.organisations = organisations;
        this.offers = offers;
        this.batch = batch;
        this.platform = platform;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void initialize() {
        transaction.executeWithoutResult(status -> {
            if (!installation.demoData() || !demoDataSets.claim("publicservices")) {
                return;
            }
            long started = System.nanoTime();
            int[] loaded = load(LocalDate.now(clock.withZone(platform.timeZone())));
            log.info("Demo public services loaded: {} procurements, {} public tasks (fictional) in {} ms", loaded[0],
                    loaded[1], (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** A procurement being written: its row and its lots' rows. */
    private record Draft(MapSqlParameterSource row, List<MapSqlParameterSource> lots) {
    }

    /** Loads the demo procurements and public tasks; how many of each were written. */
    int[] load(LocalDate today) {
        List<OrganisationView> jst = active(Kind.JST);
        if (jst.isEmpty()) {
            return new int[] {0, 0};
        }
        List<OrganisationView> pes = Kind.pesKinds().stream().flatMap(kind -> active(kind).stream())
                .sorted(Comparator.comparingLong(OrganisationView::id)).toList();
        Random random = new Random(22);
        List<Draft> drafts = new ArrayList<>();
        List<Opportunity> opportunities = opportunities(pes, jst);
        for (int i = 0; i < PROCUREMENTS; i++) {
            if (i < OPEN) {
                drafts.add(open(i, opportunities.isEmpty() ? null : opportunities.get(i % opportunities.size()), jst,
                        today, random));
            } else {
                drafts.add(past(i, jst, pes, today, random));
            }
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        batch.batchUpdate(PROCUREMENT_INSERT, drafts.stream().map(Draft::row).toArray(MapSqlParameterSource[]::new),
                keys, new String[] {"id"});
        List<MapSqlParameterSource> lots = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            long id = ((Number) keys.getKeyList().get(i).get("id")).longValue();
            for (MapSqlParameterSource lot : drafts.get(i).lots()) {
                lots.add(lot.addValue("procurement", id));
            }
        }
        batch.batchUpdate(LOT_INSERT, lots.toArray(MapSqlParameterSource[]::new));
        int tasks = tasks(jst, pes, today, random);
        return new int[] {drafts.size(), tasks};
    }

    /** A PES with published offers: where it works and what it does. */
    private record Opportunity(OrganisationView pes, Subject subject) {
    }

    /**
     * Demo PES with published catalogue offers in a category procurements buy, one subject each, ten at
     * most; first the PES the account {@code demo.pes} acts for, with {@link #DEMO_PES_SUBJECT} when it
     * has no such offer (what {@link MatchingDemoData} declares for it then), so that its "Okazje dla
     * mnie" shows results.
     */
    private List<Opportunity> opportunities(List<OrganisationView> pes, List<OrganisationView> jst) {
        Long demoPes = accounts.idAtStartup("demo.pes").flatMap(accounts::find).map(UserView::organisationId)
                .orElse(null);
        List<OrganisationView> ordered = new ArrayList<>(pes);
        if (demoPes != null) {
            ordered.sort(Comparator.comparing((OrganisationView organisation) -> organisation.id() != demoPes));
        }
        List<Opportunity> found = new ArrayList<>();
        for (OrganisationView organisation : ordered) {
            if (found.size() >= OPEN || organisation.gminaTeryt() == null) {
                continue;
            }
            // a gmina buys where it is: a PES without a demo JST in its powiat gets no opportunity (but demo.pes's)
            String powiat = organisation.gminaTeryt().substring(0, 4);
            if (jst.stream().noneMatch(j -> j.gminaTeryt() != null && j.gminaTeryt().startsWith(powiat))
                    && (demoPes == null || organisation.id() != demoPes)) {
                continue;
            }
            Subject subject = offers.publishedOf(organisation.id()).stream()
                    .map(offer -> SUBJECTS.stream().filter(s -> s.category().equals(offer.topCategoryCode()))
                            .findFirst().orElse(null))
                    .filter(Objects::nonNull).findFirst()
                    .orElse(demoPes != null && organisation.id() == demoPes ? DEMO_PES_SUBJECT : null);
            if (subject != null) {
                found.add(new Opportunity(organisation, subject));
            }
        }
        return found;
    }

    /**
     * A procurement open for bids, bought where a PES with an offer in its category works (without
     * such a PES: by a JST in its own gmina).
     */
    private Draft open(int i, Opportunity opportunity, List<OrganisationView> jst, LocalDate today, Random random) {
        OrganisationView buyer;
        String gmina;
        Subject subject;
        if (opportunity == null) {
            buyer = jst.get(i % jst.size());
            gmina = buyer.gminaTeryt();
            subject = SUBJECTS.get(i % SUBJECTS.size());
        } else {
            String pesGmina = opportunity.pes().gminaTeryt();
            buyer = jst.stream().filter(j -> pesGmina.equals(j.gminaTeryt())).findFirst()
                    .or(() -> jst.stream().filter(j -> j.gminaTeryt() != null
                            && j.gminaTeryt().startsWith(pesGmina.substring(0, 4))).findFirst())
                    .orElse(jst.get(i % jst.size()));
            gmina = pesGmina;
            subject = opportunity.subject();
        }
        LocalDate notice = today.minusDays(2 + random.nextInt(10));
        LocalDate deadline = today.plusDays(7 + random.nextInt(28));
        int lotCount = 1 + random.nextInt(2);
        BigDecimal total = money(40_000 + random.nextInt(400_000));
        List<MapSqlParameterSource> lots = new ArrayList<>();
        for (int n = 1; n <= lotCount; n++) {
            MapSqlParameterSource lot = lot(n, lotCount == 1 ? null : "Część " + n + " – " + title(subject, random),
                    share(total, lotCount));
            // reserved only where the PES it is meant for qualifies, so that the demo shows a match
            if (i % 2 == 0 && (opportunity == null || opportunity.pes().kind() == Kind.SOCIAL_COOPERATIVE)) {
                lot.addValue("art94", "SOCIAL_COOPERATIVES");
            } else {
                lot.addValue("weight", BigDecimal.valueOf(10 + random.nextInt(11)));
            }
            lots.add(lot);
        }
        return new Draft(procurement(i, buyer, title(subject, random), subject, total, null,
                subject.social() ? "SOCIAL_SERVICES" : "BASIC", notice, deadline, gmina), lots);
    }

    /** A procurement of the last three years, its bids closed: most lots awarded. */
    private Draft past(int i, List<OrganisationView> jst, List<OrganisationView> pes, LocalDate today,
            Random random) {
        OrganisationView buyer = jst.get(random.nextInt(jst.size()));
        Subject subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
        LocalDate notice = today.minusDays(60 + random.nextInt(3 * 365 - 60));
        LocalDate deadline = notice.plusDays(14 + random.nextInt(21));
        int lotCount = 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 7 ? 1 : 2);
        BigDecimal total = money(20_000 + random.nextInt(1_980_000));
        boolean clauses = random.nextInt(4) == 0;
        int clauseKind = random.nextInt(5);
        boolean art361 = clauses && subject.social() && clauseKind == 4;
        BigDecimal awarded = BigDecimal.ZERO;
        boolean anyAwarded = false;
        List<MapSqlParameterSource> lots = new ArrayList<>();
        for (int n = 1; n <= lotCount; n++) {
            BigDecimal estimated = share(total, lotCount);
            MapSqlParameterSource lot = lot(n, lotCount == 1 ? null : "Część " + n + " – " + title(subject, random),
                    estimated);
            if (clauses) {
                switch (art361 ? 4 : clauseKind % 4) {
                    case 0 -> lot.addValue("art94", "SOCIAL_COOPERATIVES");
                    case 1 -> lot.addValue("art96Group", "UNEMPLOYED").addValue("art96Persons", 2)
                            .addValue("art96Months", 12);
                    case 2 -> lot.addValue("weight", BigDecimal.valueOf(10 + random.nextInt(11)));
                    case 3 -> lot.addValue("art95", true);
                    default -> lot.addValue("art359", true).addValue("art361", true);
                }
            } else if (subject.social()) {
                lot.addValue("art359", random.nextBoolean());
            }
            // a reserved lot goes only to a contractor it is reserved for, never to a company
            boolean reserved = lot.hasValue("art94") || lot.hasValue("art361");
            List<OrganisationView> eligible = pes.stream().filter(p -> !reserved || qualifies(p, lot)).toList();
            int outcome = reserved && eligible.isEmpty() ? 19 : random.nextInt(20);
            if (outcome < 17) {
                anyAwarded = true;
                BigDecimal value = estimated.multiply(BigDecimal.valueOf(80 + random.nextInt(30)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                awarded = awarded.add(value);
                boolean wonByPes = reserved || !pes.isEmpty() && (clauses ? random.nextInt(10) < 5 : random.nextInt(10) == 0);
                lot.addValue("result", "AWARDED").addValue("bids", 1 + random.nextInt(6))
                        .addValue("pesBid", wonByPes || random.nextInt(5) == 0).addValue("contractValue", value)
                        .addValue("contractStart", deadline.plusDays(21)).addValue("contractEnd", deadline.plusDays(21)
                                .plusMonths(6 + random.nextInt(19)));
                if (wonByPes) {
                    OrganisationView winner = eligible.get(random.nextInt(eligible.size()));
                    lot.addValue("contractorId", winner.id()).addValue("contractorName", winner.name())
                            .addValue("contractorNip", winner.nip()).addValue("contractorPes", true)
                            .addValue("contractorPs", winner.socialEnterprise())
                            .addValue("psBid", winner.socialEnterprise());
                } else {
                    lot.addValue("contractorName", COMPANIES[random.nextInt(COMPANIES.length)]);
                }
                if (lot.getValue("art96Group") != null && random.nextBoolean()) {
                    lot.addValue("personsEmployed", 1 + random.nextInt(2));
                }
            } else if (outcome < 19) {
                lot.addValue("result", "CANCELLED").addValue("bids", random.nextInt(2));
            }
            lots.add(lot);
        }
        return new Draft(procurement(i, buyer, title(subject, random), subject, total,
                anyAwarded ? awarded : null, art361 || subject.social() && random.nextBoolean() ? "SOCIAL_SERVICES"
                        : random.nextInt(5) == 0 ? "OPEN_TENDER" : "BASIC", notice, deadline, buyer.gminaTeryt()), lots);
    }

    /** Whether a PES may win a lot reserved under art. 94 for social cooperatives or under art. 361. */
    private static boolean qualifies(OrganisationView pes, MapSqlParameterSource lot) {
        if (lot.hasValue("art94")) {
            return pes.kind() == Kind.SOCIAL_COOPERATIVE;
        }
        return pes.socialEnterprise() || EnumSet.of(Kind.NGO, Kind.NONPROFIT_COMPANY, Kind.SOCIAL_COOPERATIVE)
                .contains(pes.kind());
    }

    private int tasks(List<OrganisationView> jst, List<OrganisationView> pes, LocalDate today, Random random) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            OrganisationView body = jst.get(random.nextInt(jst.size()));
            int theme = random.nextInt(TASK_TITLES.length);
            boolean open = i < 3;
            LocalDate callDate = open ? today.minusDays(3 + i) : today.minusDays(40 + random.nextInt(3 * 365 - 40));
            LocalDate deadline = open ? today.plusDays(10 + 7 * i) : callDate.plusDays(21);
            MapSqlParameterSource row = new MapSqlParameterSource().addValue("jst", body.id())
                    .addValue("jstName", body.name()).addValue("gmina", body.gminaTeryt())
                    .addValue("powiat", body.powiatTeryt())
                    .addValue("title", TASK_TITLES[theme] + " w roku " + callDate.plusMonths(2).getYear())
                    .addValue("number", "OKO/" + (i + 1) + "/" + callDate.getYear()).addValue("area", TASK_AREAS[theme])
                    .addValue("callDate", callDate).addValue("deadline", deadline)
                    .addValue("amount", money(10_000 + random.nextInt(290_000)))
                    .addValue("winnerId", null).addValue("winnerName", null).addValue("winnerNip", null)
                    .addValue("winnerPes", false).addValue("periodStart", null).addValue("periodEnd", null);
            if (!open) {
                if (!pes.isEmpty() && random.nextInt(10) < 6) {
                    OrganisationView winner = pes.get(random.nextInt(pes.size()));
                    row.addValue("winnerId", winner.id()).addValue("winnerName", winner.name())
                            .addValue("winnerNip", winner.nip()).addValue("winnerPes", true);
                } else {
                    row.addValue("winnerName", NGO_NAMES[random.nextInt(NGO_NAMES.length)]);
                }
                row.addValue("periodStart", deadline.plusDays(14))
                        .addValue("periodEnd", deadline.plusDays(14).plusMonths(3 + random.nextInt(9)));
            }
            rows.add(row);
        }
        batch.batchUpdate(TASK_INSERT, rows.toArray(MapSqlParameterSource[]::new));
        return rows.size();
    }

    private MapSqlParameterSource procurement(int i, OrganisationView buyer, String title, Subject subject,
            BigDecimal estimated, BigDecimal awarded, String procedure, LocalDate notice, LocalDate deadline,
            String gmina) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("buyer", buyer.id());
        values.put("buyerName", buyer.name());
        values.put("buyerKind", buyer.kind().name());
        values.put("buyerGmina", buyer.gminaTeryt());
        values.put("buyerPowiat", buyer.powiatTeryt());
        values.put("title", title);
        values.put("notice", String.format("%d/BZP %08d/01", notice.getYear(), 390_000 + i));
        values.put("cpv", subject.cpv());
        values.put("estimated", estimated);
        values.put("awarded", awarded);
        values.put("procedure", procedure);
        values.put("noticeDate", notice);
        values.put("deadline", deadline);
        values.put("gmina", gmina);
        return new MapSqlParameterSource(values);
    }

    private static MapSqlParameterSource lot(int number, String title, BigDecimal estimated) {
        return new MapSqlParameterSource().addValue("number", number).addValue("title", title)
                .addValue("estimated", estimated).addValue("art94", null).addValue("art95", false)
                .addValue("art96Group", null).addValue("art96Persons", null).addValue("art96Months", null)
                .addValue("weight", null).addValue("art359", false).addValue("art361", false)
                .addValue("result", "PENDING").addValue("bids", null).addValue("pesBid", null)
                .addValue("psBid", null).addValue("contractorId", null).addValue("contractorName", null)
                .addValue("contractorNip", null).addValue("contractorPes", false).addValue("contractorPs", false)
                .addValue("contractValue", null).addValue("contractStart", null).addValue("contractEnd", null)
                .addValue("personsEmployed", null);
    }

    private List<OrganisationView> active(Kind kind) {
        return organisations.ofKind(kind).stream().filter(o -> o.status() == OrganisationStatus.ACTIVE)
                .sorted(Comparator.comparingLong(OrganisationView::id)).toList();
    }

    private static String title(Subject subject, Random random) {
        return subject.titles().get(random.nextInt(subject.titles().size()));
    }

    private static BigDecimal money(int zloty) {
        return BigDecimal.valueOf(zloty / 100 * 100L).setScale(2);
    }

    private static BigDecimal share(BigDecimal total, int parts) {
        return total.divide(BigDecimal.valueOf(parts), 2, RoundingMode.HALF_UP);
    }
}
