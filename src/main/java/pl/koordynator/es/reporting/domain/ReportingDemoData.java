package pl.koordynator.es.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;

/**
 * Demo reports: for each of the (first four) OWES of the demo register, quarterly reports for
 * the eight quarters before the current one. The older ones are approved; the last two quarters
 * show every state (submitted, returned, draft, and one OWES late with nothing). The numbers are
 * fictional but plausible and pass the template's rules.
 */
@Component
class ReportingDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(ReportingDemoData.class);
    static final String TEMPLATE = "OWES_QUARTERLY";

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final Organisations organisations;
    private final ReportService reports;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ReportingDemoData(Installation installation, DemoDataSets demoDataSets, Organisations organisations,
            ReportService reports, Clock clock, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.organisations = organisations;
        this.reports = reports;
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
            List<OrganisationView> owes = organisations.ofKind(Kind.OWES).stream().limit(4).toList();
            if (owes.isEmpty() || !demoDataSets.claim("reporting")) {
                return;
            }
            int count = load(owes, LocalDate.now(clock));
            log.info("Demo OWES reports loaded: {} (fictional)", count);
        });
    }

    /** Loads the reports for these OWES relative to today; returns how many. */
    int load(List<OrganisationView> owes, LocalDate today) {
        List<Period> quarters = new ArrayList<>();
        Period quarter = Period.containing(today, PeriodType.QUARTER).previous();
        for (int i = 0; i < 8; i++) {
            quarters.add(0, quarter);
            quarter = quarter.previous();
        }
        int count = 0;
        for (int o = 0; o < owes.size(); o++) {
            OrganisationView centre = owes.get(o);
            for (int q = 0; q < quarters.size(); q++) {
                Period period = quarters.get(q);
                ReportStatus status = status(o, quarters.size() - 1 - q);
                if (status == null) {
                    continue;
                }
                SplittableRandom random = new SplittableRandom(centre.id() * 31 + period.year() * 5L + period.number());
                OffsetDateTime submitted = period.end().plusDays(5 + random.nextInt(14)).atTime(10, 0)
                        .atOffset(ZoneOffset.UTC);
                reports.recordAtStartup(centre.id(), TEMPLATE, period, values(random, o), status,
                        status == ReportStatus.RETURNED ? "Proszę uzupełnić liczbę uczestników szkoleń w podziale na płeć"
                                + " i dołączyć listy obecności." : null, submitted);
                count++;
            }
        }
        return count;
    }

    /**
     * The state of an OWES's report {@code back} quarters before the last one: approved, except
     * in the last two quarters where the four OWES differ; null means no report yet.
     */
    static ReportStatus status(int owes, int back) {
        if (back == 0) {
            return switch (owes % 4) {
                case 0 -> ReportStatus.SUBMITTED;
                case 1 -> ReportStatus.DRAFT;
                case 2 -> ReportStatus.RETURNED;
                default -> null;
            };
        }
        if (back == 1 && owes % 4 == 3) {
            return ReportStatus.SUBMITTED;
        }
        return ReportStatus.APPROVED;
    }

    static Map<String, Object> values(SplittableRandom random, int owes) {
        int scale = 1 + owes % 2;
        int supported = (15 + random.nextInt(25)) * scale;
        int newPes = 2 + random.nextInt(Math.min(8, supported - 1));
        int jobsWomen = 1 + random.nextInt(6) * scale;
        int jobsMen = random.nextInt(6) * scale;
        int jobs = jobsWomen + jobsMen;
        int atRisk = 1 + random.nextInt(jobs);
        int trainings = 2 + random.nextInt(7);
        int participantsWomen = trainings * (4 + random.nextInt(6));
        int participantsMen = trainings * (2 + random.nextInt(5));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("PES_SUPPORTED", supported);
        values.put("PES_NEW", newPes);
        values.put("SE_NEW", random.nextInt(4));
        values.put("JOBS_CREATED.K", jobsWomen);
        values.put("JOBS_CREATED.M", jobsMen);
        values.put("JOBS_AT_RISK", atRisk);
        values.put("CONSULTING_HOURS", (160 + random.nextInt(400)) * scale / 2.0);
        values.put("TRAININGS", trainings);
        values.put("TRAINING_PARTICIPANTS.K", participantsWomen);
        values.put("TRAINING_PARTICIPANTS.M", participantsMen);
        values.put("JST_COOPERATING", 2 + random.nextInt(9));
        values.put("PARTNERSHIPS", random.nextInt(4));
        return values;
    }
}
