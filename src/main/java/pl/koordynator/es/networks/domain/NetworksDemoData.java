package pl.koordynator.es.networks.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.networks.OfferCategory;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;

/**
 * Demo networks and ties: the demo OWES in the OWES network, a CIS–KIS convent, two branch networks
 * of PES, about 150 declared ties over the last five years in which ties of PES with business grow
 * year by year (the programme's expected effect, visible on the map and in the measures), a few
 * waiting for confirmation, and offers on the board. All fictional.
 */
@Component
class NetworksDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(NetworksDemoData.class);

    /** Ties started in each of the five years, oldest first, by the partner's sector. */
    static final int[] BUSINESS = {6, 9, 13, 18, 24};
    static final int[] SCIENCE = {3, 4, 5, 6, 7};
    static final int[] JST = {5, 5, 5, 5, 5};
    static final int[] PES = {4, 4, 4, 4, 4};
    static final int[] OWES = {2, 2, 2, 2, 2};

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final Organisations organisations;
    private final NetworkService networks;
    private final TieService ties;
    private final OfferBoard offers;
    private final Clock clock;
    private final TransactionTemplate transaction;

    NetworksDemoData(Installation installation, DemoDataSets demoDataSets, Organisations organisations,
            NetworkService networks, TieService ties, OfferBoard offers, Clock clock, TransactionTemplate transaction) {
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.organisations = organisations;
        this.networks = networks;
        this.ties = ties;
        this.offers = offers;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void initialize() {
        // a transaction of its own rather than @Transactional, as the other modules' demo data (ordering)
        transaction.executeWithoutResult(status -> {
            if (!installation.demoData()) {
                return;
            }
            List<OrganisationView> pes = Kind.pesKinds().stream().flatMap(k -> organisations.ofKind(k).stream())
                    .toList();
            if (pes.isEmpty() || !demoDataSets.claim("networks")) {
                return;
            }
            int loaded = load(pes, LocalDate.now(clock));
            log.info("Demo networks loaded: 4 networks, {} ties (fictional)", loaded);
        });
    }

    /** Loads the networks, ties and offers; returns how many ties. */
    int load(List<OrganisationView> pes, LocalDate today) {
        SplittableRandom random = new SplittableRandom(19);
        int firstYear = today.getYear() - 4;
        List<OrganisationView> owes = organisations.ofKind(Kind.OWES);
        List<OrganisationView> business = organisations.ofKind(Kind.BUSINESS);
        List<OrganisationView> science = organisations.ofKind(Kind.SCIENCE);
        List<OrganisationView> jst = organisations.ofKind(Kind.JST);
        List<OrganisationView> reintegration = new ArrayList<>(organisations.ofKind(Kind.CIS));
        reintegration.addAll(organisations.ofKind(Kind.KIS));

        if (!owes.isEmpty()) {
            network("Sieć OWES województwa pomorskiego (DEMO)", "OWES", owes.get(0), owes, firstYear, random);
        }
        if (!reintegration.isEmpty()) {
            network("Konwent CIS i KIS Pomorza (DEMO)", "REINTEGRATION", reintegration.get(0), reintegration,
                    firstYear, random);
        }
        List<OrganisationView> cooperatives = organisations.ofKind(Kind.SOCIAL_COOPERATIVE);
        if (!cooperatives.isEmpty()) {
            network("Pomorska Sieć Gastronomii Społecznej (DEMO)", "PES_BRANCH", cooperatives.get(0),
                    cooperatives.subList(0, Math.min(12, cooperatives.size())), firstYear + 1, random);
        }
        List<OrganisationView> others = pes.stream().filter(o -> o.kind() != Kind.SOCIAL_COOPERATIVE).toList();
        if (!others.isEmpty()) {
            network("Sieć Usług Opiekuńczych PES (DEMO)", "PES_BRANCH", others.get(0),
                    others.subList(0, Math.min(10, others.size())), firstYear + 2, random);
        }

        int count = 0;
        Set<String> used = new HashSet<>();
        for (int y = 0; y < 5; y++) {
            int year = firstYear + y;
            count += ties(pes, business, BUSINESS[y], year, today, "SUPPLY_CONTRACT", random, used);
            count += ties(pes, science, SCIENCE[y], year, today, "RESEARCH_PROJECT", random, used);
            count += ties(pes, jst, JST[y], year, today, "COOPERATION_AGREEMENT", random, used);
            count += ties(pes, pes, PES[y], year, today, "COOPERATION_AGREEMENT", random, used);
            count += ties(pes, owes, OWES[y], year, today, "MENTORING", random, used);
        }
        offers(pes, business, jst, today);
        return count;
    }

    private void network(String name, String kind, OrganisationView coordinator, List<OrganisationView> members,
            int year, SplittableRandom random) {
        NetworkView network = networks.createAtStartup(new NetworkInput(name, kind,
                "Sieć zawiązana w ramach programu rozwoju ekonomii społecznej; dane fikcyjne.", "REGION", null, null,
                coordinator.id(), year + "-01-15", null, null, true, null));
        for (OrganisationView member : members) {
            LocalDate joined = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            networks.addMemberAtStartup(network.id(), new MemberInput(member.id(),
                    member.id() == coordinator.id() ? "COORDINATOR" : "MEMBER", joined.toString()));
        }
    }

    private int ties(List<OrganisationView> pes, List<OrganisationView> partners, int count, int year,
            LocalDate today, String kind, SplittableRandom random, Set<String> used) {
        if (partners.isEmpty() || pes.size() < 2) {
            return 0;
        }
        int made = 0;
        int lastDay = year == today.getYear() ? today.getDayOfYear() : LocalDate.of(year, 12, 31).getDayOfYear();
        for (int attempt = 0; made < count && attempt < count * 5; attempt++) {
            OrganisationView a = pes.get(random.nextInt(pes.size()));
            OrganisationView b = partners.get(random.nextInt(partners.size()));
            String key = Math.min(a.id(), b.id()) + "-" + Math.max(a.id(), b.id()) + "-" + kind;
            if (a.id() == b.id() || !used.add(key)) {
                continue;
            }
            LocalDate starts = LocalDate.ofYearDay(year, 1 + random.nextInt(lastDay));
            // a third of the ties end after one to three years, as contracts do
            LocalDate ends = random.nextInt(3) == 0 ? starts.plusYears(1 + random.nextInt(3)) : null;
            String value = kind.equals("SUPPLY_CONTRACT") ? String.valueOf(5_000 + random.nextInt(95) * 1_000) : null;
            boolean business = kind.equals("SUPPLY_CONTRACT");
            TieInput input = new TieInput(business ? b.id() : a.id(), business ? a.id() : b.id(), kind, business,
                    starts.toString(), ends == null ? null : ends.toString(), value,
                    "Współpraca w ramach programu (dane fikcyjne).", null, null, null, null);
            // one in fifteen waits for the partner's confirmation
            boolean confirmed = random.nextInt(15) != 0;
            try {
                ties.createAtStartup(input, confirmed, confirmed ? null : a.id());
                made++;
            } catch (ConflictException duplicate) {
                // a random pair met twice; the next attempt takes another
            }
        }
        return made;
    }

    private void offers(List<OrganisationView> pes, List<OrganisationView> business, List<OrganisationView> jst,
            LocalDate today) {
        List<OrganisationView> needers = new ArrayList<>(business);
        needers.addAll(jst);
        OfferCategory[] categories = {OfferCategory.CATERING, OfferCategory.CLEANING, OfferCategory.GREENERY,
                OfferCategory.PRINTING};
        String[] needs = {"Catering na konferencję branżową", "Sprzątanie biur – umowa roczna",
                "Pielęgnacja terenów zielonych wokół zakładu", "Druk materiałów promocyjnych"};
        String[] offered = {"Obiady i przerwy kawowe z lokalnych produktów", "Usługi porządkowe i sprzątanie",
                "Koszenie, nasadzenia i utrzymanie zieleni", "Poligrafia i introligatornia"};
        for (int i = 0; i < categories.length; i++) {
            if (!needers.isEmpty()) {
                OrganisationView poster = needers.get(i % needers.size());
                offers.postAtStartup(new OfferInput("NEED", poster.id(), categories[i].name(), needs[i],
                        "Ogłoszenie demonstracyjne (dane fikcyjne).", poster.powiatTeryt(),
                        today.plusDays(30L + 15L * i).toString(), true));
            }
            OrganisationView offerer = pes.get(i % pes.size());
            offers.postAtStartup(new OfferInput("OFFER", offerer.id(), categories[i].name(), offered[i],
                    "Oferta demonstracyjna (dane fikcyjne).", offerer.gminaTeryt(), null, true));
        }
    }
}
