package pl.koordynator.es.needs.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.needs.NeedCategory;
import pl.koordynator.es.needs.NeedStatus;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.OwesDirectory;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;

/**
 * About twenty fictional needs of Pomorskie gminas for the demo: most published, a few waiting
 * for ROPS (among them reports of the demo PES and the demo partner's gmina, so those accounts
 * have something to edit), one rejected. Each is attributed to a demo organisation of its gmina
 * where the demo register has one, else to the OWES serving the gmina.
 */
@Component
class NeedsDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(NeedsDemoData.class);

    /** How far past the first OWES the demo register's ids are looked for (it has about 300 rows). */
    private static final int REGISTER_SCAN = 400;

    /**
     * Who reports a demo need: the demo accounts' own organisations, one of the gmina, or (for a
     * need whose text names no place) the next local government of the demo register, in its gmina.
     */
    enum Reporter { DEMO_PES, DEMO_PARTNER, DEMO_OWES, LOCAL_GOVERNMENT, ANY_LOCAL_GOVERNMENT, PES, OWES }

    record DemoNeed(String gmina, NeedCategory category, Reporter reporter, NeedStatus status, int daysAgo,
            String title, String description, String reason) {
    }

    static final List<DemoNeed> NEEDS = List.of(
            published("2201032", NeedCategory.REINTEGRATION, Reporter.LOCAL_GOVERNMENT, 118,
                    "Brak miejsc reintegracji dla osób długotrwale bezrobotnych w gminie Czarna Dąbrówka",
                    """
                    W gminie jest około 140 osób długotrwale bezrobotnych, a najbliższe centrum integracji \
                    społecznej działa w Bytowie, ponad 25 km od większości sołectw. Bez dojazdu komunikacją \
                    publiczną z zajęć reintegracyjnych korzysta kilka osób rocznie.
                    Potrzebny jest klub integracji społecznej albo filia CIS na miejscu; gmina może udostępnić \
                    lokal w budynku dawnej szkoły w Jasieniu."""),
            published("2201032", NeedCategory.EMPLOYMENT, Reporter.ANY_LOCAL_GOVERNMENT, 64,
                    "Partner do prac społecznie użytecznych i utrzymania terenów zielonych",
                    """
                    Gmina szuka podmiotu ekonomii społecznej, który od wiosny przejmie koszenie i pielęgnację \
                    zieleni przy świetlicach i boiskach gminnych oraz zatrudni przy tym osoby kierowane przez ośrodek pomocy \
                    społecznej. Zamówienie zostanie zastrzeżone dla podmiotów ekonomii społecznej."""),
            published("2201042", NeedCategory.CARE, Reporter.LOCAL_GOVERNMENT, 110,
                    "Za mało usług opiekuńczych dla osób starszych na terenach wiejskich",
                    """
                    Na usługi opiekuńcze w miejscu zamieszkania czeka 38 osób, głównie samotnych seniorów z \
                    małych miejscowości. Ośrodkowi pomocy społecznej brakuje opiekunek.
                    Gmina chętnie zleci część usług spółdzielni socjalnej, jeśli taka powstanie w okolicy."""),
            published("2210023", NeedCategory.EMPLOYMENT, Reporter.PES, 97,
                    "Całoroczne zatrudnienie osób z niepełnosprawnościami poza sezonem turystycznym",
                    """
                    Nasi pracownicy z orzeczeniem o niepełnosprawności pracują przy obsłudze turystów od maja do \
                    września. Szukamy zleceń na jesień i zimę (catering, drobne prace remontowe, sprzątanie \
                    obiektów), aby utrzymać zatrudnienie przez cały rok."""),
            published("2263011", NeedCategory.HOUSING, Reporter.ANY_LOCAL_GOVERNMENT, 90,
                    "Mieszkania treningowe dla usamodzielniających się wychowanków pieczy zastępczej",
                    """
                    Co roku kilka osób z gminy opuszcza pieczę zastępczą i nie ma gdzie zamieszkać. \
                    Gmina dysponuje trzema lokalami do remontu i szuka partnera, który poprowadzi w nich \
                    mieszkania treningowe z opieką asystenta."""),
            published("2216053", NeedCategory.SOCIAL_SERVICES, Reporter.OWES, 84,
                    "Brak podmiotu świadczącego usługi asystenckie dla rodzin w powiecie sztumskim",
                    """
                    Ośrodki pomocy społecznej z powiatu zgłaszają, że nie mają komu zlecić usług asystenta \
                    rodziny i asystenta osobistego osoby z niepełnosprawnością. Pomożemy w założeniu spółdzielni \
                    socjalnej, która mogłaby świadczyć te usługi w kilku gminach."""),
            published("2205023", NeedCategory.EDUCATION, Reporter.PES, 77,
                    "Szkolenia z prowadzenia spółdzielni socjalnej dla członków założycieli",
                    """
                    Grupa sześciu osób chce założyć spółdzielnię socjalną z usługami gastronomicznymi. Brakuje im \
                    wiedzy o księgowości, zamówieniach publicznych i zasadach zatrudniania. Potrzebny jest cykl \
                    szkoleń prowadzonych na miejscu, w Kartuzach."""),
            published("2203043", NeedCategory.INFRASTRUCTURE, Reporter.ANY_LOCAL_GOVERNMENT, 71,
                    "Adaptacja budynku dawnej szkoły na centrum usług społecznych",
                    """
                    Gmina ma pusty budynek po szkole w dobrym stanie technicznym. Po dostosowaniu do potrzeb osób \
                    z niepełnosprawnościami mógłby pomieścić klub seniora, świetlicę i siedzibę podmiotu \
                    ekonomii społecznej. Potrzebne jest wsparcie w przygotowaniu projektu."""),
            published("2209011", NeedCategory.REINTEGRATION, Reporter.ANY_LOCAL_GOVERNMENT, 58,
                    "Klub integracji społecznej dla osób wychodzących z bezdomności",
                    """
                    W schroniskach i noclegowniach przebywa około 30 mieszkańców gminy. Część z nich chce wrócić do \
                    pracy, ale potrzebuje najpierw zajęć reintegracyjnych i wsparcia psychologa. Brakuje \
                    organizacji, która poprowadzi KIS."""),
            published("2201052", NeedCategory.CARE, Reporter.ANY_LOCAL_GOVERNMENT, 52,
                    "Dzienny dom pobytu dla seniorów",
                    """
                    W gminie mieszka ponad 600 osób w wieku powyżej 75 lat, a najbliższy dzienny dom pobytu jest \
                    ponad 20 km stąd. Gmina szuka podmiotu, który poprowadzi dzienny dom pobytu na 20 miejsc z wyżywieniem \
                    i dowozem."""),
            published("2212102", NeedCategory.EMPLOYMENT, Reporter.PES, 45,
                    "Praca poza sezonem dla mieszkańców miejscowości nadmorskich",
                    """
                    Po sezonie letnim wielu mieszkańców gminy zostaje bez pracy. Stowarzyszenie szuka partnerów \
                    biznesowych i zleceń (prace konserwatorskie, przetwórstwo ryb, rękodzieło), aby stworzyć \
                    miejsca pracy na okres od października do kwietnia."""),
            published("2210011", NeedCategory.OTHER, Reporter.OWES, 41,
                    "Dowóz uczestników warsztatów terapii zajęciowej z terenów wiejskich",
                    """
                    Kilka osób z niepełnosprawnościami z mierzei nie może uczestniczyć w zajęciach warsztatu \
                    terapii zajęciowej, bo nie ma ich kto dowieźć. Potrzebny jest przewoźnik, np. spółdzielnia \
                    socjalna z przystosowanym busem."""),
            published("2202043", NeedCategory.SOCIAL_SERVICES, Reporter.ANY_LOCAL_GOVERNMENT, 36,
                    "Catering dla szkół i świetlic od lokalnego podmiotu ekonomii społecznej",
                    """
                    Gmina chce zlecić przygotowanie obiadów dla czterech szkół i dwóch świetlic podmiotowi \
                    ekonomii społecznej z klauzulą społeczną. Szukamy podmiotu, który zatrudni przy tym osoby \
                    zagrożone wykluczeniem."""),
            published("2261011", NeedCategory.HOUSING, Reporter.OWES, 30,
                    "Mieszkania wspomagane dla osób z niepełnosprawnością intelektualną",
                    """
                    Rodzice dorosłych osób z niepełnosprawnością intelektualną pytają, kto zapewni ich dzieciom \
                    mieszkanie z opieką, gdy sami nie będą mogli się nimi zajmować. W mieście brakuje co \
                    najmniej 40 miejsc w mieszkaniach wspomaganych."""),
            published("2212072", NeedCategory.EDUCATION, Reporter.PES, 23,
                    "Doradztwo dla kół gospodyń wiejskich prowadzących sprzedaż produktów",
                    """
                    Koła gospodyń wiejskich z gminy chcą sprzedawać przetwory i wypieki na jarmarkach i w \
                    internecie. Potrzebują porady prawnej i księgowej oraz szkolenia z bezpieczeństwa żywności."""),
            published("2210042", NeedCategory.INFRASTRUCTURE, Reporter.LOCAL_GOVERNMENT, 16,
                    "Pracownia przetwórstwa owoców do wspólnego użytku",
                    """
                    Sadownicy i koła gospodyń z Żuław nie mają gdzie przetwarzać owoców zgodnie z wymogami \
                    sanitarnymi. Gmina ma lokal, który po wyposażeniu mógłby służyć jako wspólna pracownia \
                    prowadzona przez podmiot ekonomii społecznej."""),
            waiting("2206042", NeedCategory.CARE, Reporter.ANY_LOCAL_GOVERNMENT, 9,
                    "Opieka wytchnieniowa dla opiekunów osób niesamodzielnych",
                    """
                    Opiekunowie osób leżących nie mają zastępstwa nawet na kilka dni. Gmina szuka podmiotu, który \
                    zapewni opiekę wytchnieniową w domu podopiecznego lub w formie krótkiego pobytu."""),
            waiting(null, NeedCategory.EMPLOYMENT, Reporter.DEMO_PES, 6,
                    "Wsparcie w zatrudnieniu kucharza z orzeczeniem o niepełnosprawności",
                    """
                    Nasza spółdzielnia chce zatrudnić na stałe kucharza z umiarkowanym stopniem niepełnosprawności. \
                    Potrzebujemy wsparcia w przystosowaniu stanowiska pracy i informacji o dofinansowaniu \
                    wynagrodzenia."""),
            waiting(null, NeedCategory.SOCIAL_SERVICES, Reporter.DEMO_PARTNER, 4,
                    "Spółdzielnia socjalna do prowadzenia świetlicy środowiskowej",
                    """
                    Gmina otwiera świetlicę środowiskową dla dzieci z rodzin przeżywających trudności i chce \
                    powierzyć jej prowadzenie spółdzielni socjalnej lub organizacji pozarządowej z okolicy."""),
            waiting(null, NeedCategory.OTHER, Reporter.DEMO_OWES, 2,
                    "Brak wykonawców zamówień z klauzulami społecznymi",
                    """
                    Gmina ogłosiła dwa zamówienia zastrzeżone dla podmiotów ekonomii społecznej i nie dostało \
                    żadnej oferty. Potrzebna jest informacja o podmiotach z subregionu, które mogłyby je wykonać."""),
            new DemoNeed("2262011", NeedCategory.INFRASTRUCTURE, Reporter.PES, NeedStatus.REJECTED, 27,
                    "Zakup samochodu dostawczego dla spółdzielni",
                    """
                    Spółdzielnia potrzebuje samochodu dostawczego do przewozu posiłków dla klientów z całego \
                    miasta i prosi o wskazanie źródła finansowania.""",
                    """
                    Zgłoszenie dotyczy potrzeby jednej organizacji, a nie gminy. Z pytaniem o dotację na zakup \
                    samochodu prosimy zwrócić się do OWES obsługującego subregion."""));

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final NeedService needs;
    private final Organisations organisations;
    private final OwesDirectory owes;
    private final Territory territory;
    private final TransactionTemplate transaction;

    NeedsDemoData(Installation installation, DemoDataSets demoDataSets, NeedService needs,
            Organisations organisations, OwesDirectory owes, Territory territory, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.needs = needs;
        this.organisations = organisations;
        this.owes = owes;
        this.territory = territory;
    }

    @Override
    public void initialize() {
        // a transaction of its own rather than @Transactional: Spring Modulith orders initializers by the
        // module of their class, and a proxy's generated class belongs to none, so it would run at random
        transaction.executeWithoutResult(status -> {
            if (!installation.demoData() || territory.units(Level.GMINA, null).isEmpty()
                    || !demoDataSets.claim("needs")) {
                return;
            }
            List<OrganisationView> register = demoRegister();
            OrganisationView demoPartner = first(register, o -> o.kind() == Kind.JST).orElse(null);
            // needs that name no place go to gminas without another demo need, one each
            Set<String> taken = NEEDS.stream().filter(n -> n.reporter() != Reporter.ANY_LOCAL_GOVERNMENT)
                    .map(DemoNeed::gmina).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
            Iterator<OrganisationView> localGovernments = register.stream()
                    .filter(o -> NeedAccess.LOCAL_GOVERNMENT.contains(o.kind()) && o.gminaTeryt() != null)
                    .filter(o -> !o.equals(demoPartner) && !taken.contains(o.gminaTeryt())).iterator();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (DemoNeed need : NEEDS) {
                Optional<OrganisationView> picked = need.reporter() == Reporter.ANY_LOCAL_GOVERNMENT
                        && localGovernments.hasNext() ? Optional.of(localGovernments.next()) : Optional.empty();
                picked.ifPresent(o -> taken.add(o.gminaTeryt()));
                Optional<OrganisationView> reporter = picked.isPresent() ? picked : reporter(need, register);
                String gmina = picked.map(OrganisationView::gminaTeryt).or(() -> Optional.ofNullable(need.gmina()))
                        .or(() -> reporter.map(OrganisationView::gminaTeryt)).orElse("2201032");
                OffsetDateTime submitted = now.minusDays(need.daysAgo()).withHour(9 + need.daysAgo() % 7);
                needs.recordAtStartup(new NeedInput(need.category().name(), gmina, need.title(), need.description(),
                        null), reporter.map(OrganisationView::id).orElse(null),
                        reporter.map(OrganisationView::name).orElse(null), username(need.reporter()), submitted,
                        need.status(), submitted.plusDays(2), need.reason());
            }
            log.info("Demo needs loaded: {} (fictional)", NEEDS.size());
        });
    }

    /**
     * The demo register, which RegistryDemoData has just created with consecutive ids from its
     * first OWES on; the registry's facade finds organisations by id only.
     */
    private List<OrganisationView> demoRegister() {
        long first = owes.all().stream().mapToLong(OwesDirectory.Owes::id).min().orElse(1);
        List<OrganisationView> found = new ArrayList<>();
        for (long id = first; id < first + REGISTER_SCAN; id++) {
            organisations.find(id).ifPresent(found::add);
        }
        return found;
    }

    private Optional<OrganisationView> reporter(DemoNeed need, List<OrganisationView> register) {
        return switch (need.reporter()) {
            case DEMO_PES -> first(register, o -> o.kind() == Kind.SOCIAL_COOPERATIVE);
            case DEMO_PARTNER -> first(register, o -> o.kind() == Kind.JST);
            case DEMO_OWES -> first(register, o -> o.kind() == Kind.OWES);
            case LOCAL_GOVERNMENT, ANY_LOCAL_GOVERNMENT -> inGmina(register, need.gmina(),
                    o -> NeedAccess.LOCAL_GOVERNMENT.contains(o.kind())).or(() -> servingOwes(need.gmina()));
            // a PES of a neighbouring gmina of the powiat may well speak for this one
            case PES -> inGmina(register, need.gmina(), o -> o.kind().isPes())
                    .or(() -> inPowiat(register, need.gmina(), o -> o.kind().isPes()))
                    .or(() -> servingOwes(need.gmina()));
            case OWES -> servingOwes(need.gmina()).or(() -> first(register, o -> o.kind() == Kind.OWES));
        };
    }

    /** The demo accounts report for the organisations RegistryDemoData linked them to: the first of each kind. */
    private static Optional<OrganisationView> first(List<OrganisationView> register, Predicate<OrganisationView> kind) {
        return register.stream().filter(kind).findFirst();
    }

    private static Optional<OrganisationView> inGmina(List<OrganisationView> register, String gmina,
            Predicate<OrganisationView> kind) {
        return register.stream().filter(o -> gmina.equals(o.gminaTeryt())).filter(kind).findFirst();
    }

    private static Optional<OrganisationView> inPowiat(List<OrganisationView> register, String gmina,
            Predicate<OrganisationView> kind) {
        return register.stream().filter(o -> o.gminaTeryt() != null && o.powiatTeryt().equals(gmina.substring(0, 4)))
                .filter(kind).findFirst();
    }

    private Optional<OrganisationView> servingOwes(String gmina) {
        return territory.subregionOf(gmina).map(Subregion::owesOrganisationId).flatMap(organisations::find);
    }

    private static String username(Reporter reporter) {
        return switch (reporter) {
            case DEMO_PES -> "demo.pes";
            case DEMO_PARTNER -> "demo.partner";
            case DEMO_OWES -> "demo.owes";
            default -> "system";
        };
    }

    private static DemoNeed published(String gmina, NeedCategory category, Reporter reporter, int daysAgo,
            String title, String description) {
        return new DemoNeed(gmina, category, reporter, NeedStatus.PUBLISHED, daysAgo, title, description, null);
    }

    private static DemoNeed waiting(String gmina, NeedCategory category, Reporter reporter, int daysAgo, String title,
            String description) {
        return new DemoNeed(gmina, category, reporter, NeedStatus.SUBMITTED, daysAgo, title, description, null);
    }
}
