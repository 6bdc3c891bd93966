package pl.koordynator.es.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The fictional register of the demo: an OWES for each demo subregion and about 300
 * organisations of every kind spread over all gminas, with valid (random, fictional) NIPs. The
 * demo accounts of the OWES, PES and partner roles are linked to one of them each.
 */
@Component
class RegistryDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);
    private static final int ORGANISATIONS = 300;
    private static final String[] NAMES = {"Razem", "Dobry Start", "Nadzieja", "Kaszubska Przystań", "Most",
            "Wspólna Sprawa", "Morska Bryza", "Pod Lipami", "Zielony Ogród", "Pomocna Dłoń", "Bursztyn", "Żuławy",
            "Nowy Horyzont", "Przystań", "Sąsiedzi", "Tęcza", "Warsztat", "Kociewskie Smaki", "Latarnia", "Źródło"};

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final OrganisationService organisations;
    private final Territory territory;
    private final UserAccounts accounts;
    private final TransactionTemplate transaction;

    RegistryDemoData(Installation installation, DemoDataSets demoDataSets, OrganisationService organisations,
            Territory territory, UserAccounts accounts, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.organisations = organisations;
        this.territory = territory;
        this.accounts = accounts;
    }

    @Override
    public void initialize() {
        // a transaction of its own rather than @Transactional: Spring Modulith orders initializers by the
        // module of their class, and a proxy's generated class belongs to none, so it would run at random
        transaction.executeWithoutResult(status -> {
            List<Unit> gminas = territory.units(Level.GMINA, null);
            if (!installation.demoData() || gminas.isEmpty() || !demoDataSets.claim("registry")) {
                return;
            }
            Random random = new Random(22);
            Set<String> nips = new HashSet<>();
            List<OrganisationView> owes = new ArrayList<>();
            for (Subregion subregion : territory.subregions()) {
                Unit seat = territory.units(Level.GMINA, subregion.powiatTeryts().get(0)).get(0);
                OrganisationView centre = organisations.createAtStartup(input("OWES " + subregion.name().replace(
                        "Subregion ", "subregionu ") + " (DEMO)", Kind.OWES, seat, random, nips));
                territory.assignOwesAtStartup(subregion.id(), centre.id());
                owes.add(centre);
            }
            Kind[] kinds = Kind.values();
            OrganisationView firstPes = null;
            OrganisationView firstJst = null;
            for (int i = 0; i < ORGANISATIONS; i++) {
                Unit gmina = gminas.get(i % gminas.size());
                // two thirds PES, the rest partners, so the demo register looks like a real one
                Kind kind = i % 3 == 2 ? kinds[12 + 1 + random.nextInt(kinds.length - 13)]
                        : Kind.pesKinds().get(i % 12);
                OrganisationView created = organisations.createAtStartup(input(name(kind, i, gmina), kind, gmina,
                        random, nips));
                if (firstPes == null && kind == Kind.SOCIAL_COOPERATIVE) {
                    firstPes = created;
                }
                if (firstJst == null && kind == Kind.JST) {
                    firstJst = created;
                }
            }
            if (!owes.isEmpty()) {
                accounts.assignOrganisationAtStartup("demo.owes", owes.get(0).id());
            }
            if (firstPes != null) {
                accounts.assignOrganisationAtStartup("demo.pes", firstPes.id());
            }
            if (firstJst != null) {
                accounts.assignOrganisationAtStartup("demo.partner", firstJst.id());
            }
            log.info("Demo register loaded: {} OWES and {} organisations (fictional)", owes.size(), ORGANISATIONS);
        });
    }

    private static String name(Kind kind, int i, Unit gmina) {
        String name = NAMES[i % NAMES.length];
        return switch (kind) {
            case SOCIAL_COOPERATIVE -> "Spółdzielnia Socjalna „" + name + "”";
            case CIS -> "Centrum Integracji Społecznej „" + name + "”";
            case KIS -> "Klub Integracji Społecznej „" + name + "”";
            case ZAZ -> "Zakład Aktywności Zawodowej „" + name + "”";
            case WTZ -> "Warsztat Terapii Zajęciowej „" + name + "”";
            case WORK_COOPERATIVE -> "Spółdzielnia Pracy „" + name + "”";
            case DISABLED_COOPERATIVE -> "Spółdzielnia Inwalidów „" + name + "”";
            case AGRICULTURAL_COOPERATIVE -> "Rolnicza Spółdzielnia Produkcyjna „" + name + "”";
            case NGO -> "Stowarzyszenie „" + name + "” – " + gmina.name();
            case CHURCH_ENTITY -> "Fundacja Parafialna „" + name + "”";
            case RURAL_HOUSEWIVES_CIRCLE -> "Koło Gospodyń Wiejskich „" + name + "”";
            case NONPROFIT_COMPANY -> name + " sp. z o.o. non-profit";
            case OWES -> "OWES „" + name + "”";
            case JST -> "Urząd Gminy " + gmina.name() + " (" + (i + 1) + ")";
            case JSPS -> "Ośrodek Pomocy Społecznej w " + gmina.name() + " (" + (i + 1) + ")";
            case IRP -> "Powiatowy Urząd Pracy – filia " + gmina.name() + " (" + (i + 1) + ")";
            case BUSINESS -> "Przedsiębiorstwo „" + name + "” sp. z o.o.";
            case SCIENCE -> "Szkoła Wyższa „" + name + "”";
            case OTHER -> "Instytucja „" + name + "”";
        } + " (DEMO " + (i + 1) + ")";
    }

    private static OrganisationInput input(String name, Kind kind, Unit gmina, Random random, Set<String> nips) {
        boolean reintegration = kind.isReintegrationUnit();
        int employees = 2 + random.nextInt(40);
        boolean socialEnterprise = kind.isPes() && random.nextInt(4) == 0;
        LocalDate since = LocalDate.of(2023 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new OrganisationInput(name, null, kind, nip(random, nips), null, null, gmina.teryt(),
                "ul. Przykładowa " + (1 + random.nextInt(120)), String.format("%02d-%03d", 76 + random.nextInt(8),
                random.nextInt(1000)), gmina.name(), "kontakt" + nips.size() + "@demo.example", null, null,
                "Fikcyjna organizacja z danych demonstracyjnych.", List.of(FIELDS[random.nextInt(FIELDS.length)]),
                employees, kind.isPes() ? employees * (30 + random.nextInt(50)) / 100 : null,
                reintegration ? 10 + random.nextInt(40) : null,
                socialEnterprise ? "WPS-I.8050." + (100 + random.nextInt(900)) + "." + since.getYear() : null,
                socialEnterprise ? since : null, null, null, null, null);
    }

    private static final String[] FIELDS = {"CATERING", "CLEANING", "CONSTRUCTION", "GREENERY", "CARE", "EDUCATION",
            "CULTURE", "TOURISM", "CRAFTS", "FOOD_PROCESSING", "REINTEGRATION", "SOCIAL_SERVICES"};

    /** A random NIP with a right check digit, different from the ones already handed out. */
    static String nip(Random random, Set<String> taken) {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
                digits.append(digit);
                sum += digit * weights[i];
            }
            int check = sum % 11;
            if (check != 10 && taken.add(digits.toString() + check)) {
                return digits.toString() + check;
            }
        }
    }
}
