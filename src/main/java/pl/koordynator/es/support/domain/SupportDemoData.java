package pl.koordynator.es.support.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.PeriodType;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.support.SupportTopic;

/**
 * Demo support records: about two hundred over the eight quarters before the current one and the
 * current one up to today, given by the demo OWES (the one serving a PES, when the register says)
 * to the demo PES. Advisers and notes are fictional but read like a real register.
 */
@Component
class SupportDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(SupportDemoData.class);
    static final int RECORDS = 200;

    static final List<String> ADVISERS = List.of("Anna Kowalska", "Piotr Wiśniewski", "Katarzyna Wójcik",
            "Tomasz Kamiński", "Magdalena Lewandowska", "Michał Zieliński", "Agnieszka Szymańska",
            "Krzysztof Dąbrowski", "Joanna Kozłowska", "Paweł Jankowski", "Małgorzata Mazur", "Marek Kwiatkowski");

    /** Notes as advisers write them; some records have none. */
    static final List<String> NOTES = Arrays.asList(
            "Omówiono zasady rozliczania dotacji na utworzenie miejsc pracy; do uzupełnienia harmonogram wydatków.",
            "Przegląd statutu pod kątem wymogów ustawy o ekonomii społecznej; zalecono zmianę zapisów o podziale nadwyżki.",
            "Przygotowanie oferty usług cateringowych dla szkół w gminie; omówiono kalkulację kosztów.",
            "Konsultacja biznesplanu rozszerzenia działalności o usługi opiekuńcze.",
            "Wsparcie w przygotowaniu oferty w przetargu z klauzulą społeczną na utrzymanie zieleni.",
            "Mentoring zarządu spółdzielni: podział zadań, plan na kolejny kwartał.",
            "Szkolenie z prowadzenia mediów społecznościowych i fotografii produktów.",
            "Indywidualny plan reintegracji dla dwóch nowych członków; ustalono konsultacje z PCPR.",
            "Wizyta w spółdzielni socjalnej prowadzącej pralnię przemysłową; wymiana doświadczeń.",
            "Księgowość: ewidencja nieodpłatnej działalności pożytku publicznego, korekta planu kont.",
            null, null);

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final Organisations organisations;
    private final SupportService support;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SupportDemoData(Installation installation, DemoDataSets demoDataSets, Organisations organisations,
            SupportService support, Clock clock, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.organisations = organisations;
        this.support = support;
        this.clock = clock;
    }

    @Override
    public void initialize() {
        // a transaction of its own rather than @Transactional: Spring Modulith orders initializers by the
        // module of their class, and a proxy's generated class belongs to none, so it would run at random
        transaction.executeWithoutResult(status -> {
            if (!installation.demoData()) {
                return;
            }
            List<OrganisationView> owes = organisations.ofKind(Kind.OWES);
            List<OrganisationView> pes = Kind.pesKinds().stream().flatMap(k -> organisations.ofKind(k).stream())
                    .toList();
            if (owes.isEmpty() || pes.isEmpty() || !demoDataSets.claim("support")) {
                return;
            }
            int count = load(owes, pes, LocalDate.now(clock));
            log.info("Demo support records loaded: {} (fictional)", count);
        });
    }

    /** Loads the records for these OWES and PES, dated up to today; returns how many. */
    int load(List<OrganisationView> owes, List<OrganisationView> pes, LocalDate today) {
        LocalDate first = Period.containing(today, PeriodType.QUARTER).start().minusMonths(24);
        int days = (int) ChronoUnit.DAYS.between(first, today) + 1;
        SplittableRandom random = new SplittableRandom(2026);
        List<OrganisationView> regulars = new ArrayList<>(pes.subList(0, Math.min(pes.size(), 40)));
        int count = 0;
        for (int i = 0; i < RECORDS; i++) {
            // a few PES come back again and again, as they do to a real OWES
            OrganisationView organisation = random.nextInt(3) == 0 ? regulars.get(random.nextInt(Math.min(8,
                    regulars.size()))) : regulars.get(random.nextInt(regulars.size()));
            OrganisationView centre = owes.stream().filter(o -> organisation.owesId() != null
                    && o.id() == organisation.owesId()).findFirst().orElse(owes.get(random.nextInt(owes.size())));
            LocalDate date = first.plusDays(random.nextInt(days));
            SupportForm form = form(random);
            SupportTopic topic = SupportTopic.values()[random.nextInt(SupportTopic.values().length)];
            String hours = switch (form) {
                case CONSULTING -> String.valueOf(1 + random.nextInt(4)) + (random.nextBoolean() ? ",5" : "");
                case MENTORING -> String.valueOf(2 + random.nextInt(3));
                case TRAINING -> String.valueOf(4 + random.nextInt(5));
                case STUDY_VISIT -> "8";
            };
            support.recordAtStartup(new SupportInput(organisation.id(), centre.id(),
                    ADVISERS.get((int) ((centre.id() * 3 + random.nextInt(4)) % ADVISERS.size())), date.toString(),
                    hours, form.name(), topic.name(), NOTES.get(random.nextInt(NOTES.size())), null), "system");
            count++;
        }
        return count;
    }

    /** Consulting is what an OWES mostly gives; study visits are rare. */
    private static SupportForm form(SplittableRandom random) {
        int roll = random.nextInt(20);
        return roll < 12 ? SupportForm.CONSULTING : roll < 16 ? SupportForm.MENTORING : roll < 19
                ? SupportForm.TRAINING : SupportForm.STUDY_VISIT;
    }
}
