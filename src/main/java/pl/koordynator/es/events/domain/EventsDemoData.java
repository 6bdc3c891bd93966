package pl.koordynator.es.events.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.events.EventTopic;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.RegistrationStatus;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * Demo events: about forty events of ROPS and the demo OWES from five months back to three months
 * ahead, past ones with checked-in participants from the demo PES, coming ones with some places
 * taken, one social campaign with its reach, and two OWES trainings on the same topic in one
 * powiat a few days apart, which the activity plan flags. Fictional people, no e-mails sent.
 */
@Component
class EventsDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(EventsDemoData.class);

    private static final String[] FIRST = {"Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Piotr",
        "Krzysztof", "Tomasz", "Paweł", "Marek", "Michał", "Joanna", "Magdalena", "Jan", "Andrzej"};
    private static final String[] LAST = {"Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska",
        "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Kaszuba",
        "Formela"};

    private record Idea(EventType type, EventTopic topic, String title) {
    }

    private static final List<Idea> IDEAS = List.of(
            new Idea(EventType.TRAINING, EventTopic.LEGAL, "Prawo spółdzielcze w praktyce zarządu"),
            new Idea(EventType.WORKSHOP, EventTopic.MARKETING, "Marketing produktów i usług PES w mediach społecznościowych"),
            new Idea(EventType.TRAINING, EventTopic.ACCOUNTING, "Księgowość i sprawozdawczość spółdzielni socjalnej"),
            new Idea(EventType.SEMINAR, EventTopic.SOCIAL_CLAUSES, "Klauzule społeczne w zamówieniach gmin"),
            new Idea(EventType.MEETING, EventTopic.COOPERATION, "Spotkanie z wójtami: usługi społeczne z udziałem PES"),
            new Idea(EventType.WORKSHOP, EventTopic.BUSINESS_PLAN, "Biznesplan dla nowej spółdzielni socjalnej"),
            new Idea(EventType.CONFERENCE, EventTopic.ES_BASICS, "Pomorskie Forum Ekonomii Społecznej"),
            new Idea(EventType.NETWORK_MEETING, EventTopic.COOPERATION, "Sieć reintegracji – spotkanie CIS i KIS"),
            new Idea(EventType.STUDY_VISIT, EventTopic.REINTEGRATION, "Wizyta studyjna w przedsiębiorstwie społecznym"),
            new Idea(EventType.TRAINING, EventTopic.PUBLIC_PROCUREMENT, "Jak startować w przetargach – szkolenie dla PES"),
            new Idea(EventType.WORKSHOP, EventTopic.FINANCING, "Pożyczki i dotacje na rozwój PES"),
            new Idea(EventType.TRAINING, EventTopic.REINTEGRATION, "Indywidualne programy reintegracji w praktyce"));

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final Organisations organisations;
    private final Territory territory;
    private final EventRules rules;
    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    EventsDemoData(Installation installation, DemoDataSets demoDataSets, Organisations organisations,
            Territory territory, EventRules rules, EventRepository events, RegistrationRepository registrations,
            JdbcClient jdbc, Clock clock, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.organisations = organisations;
        this.territory = territory;
        this.rules = rules;
        this.events = events;
        this.registrations = registrations;
        this.jdbc = jdbc;
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
            List<Unit> gminas = territory.units(Level.GMINA, null);
            if (owes.isEmpty() || gminas.isEmpty() || !demoDataSets.claim("events")) {
                return;
            }
            List<OrganisationView> pes = new ArrayList<>();
            for (Kind kind : Kind.pesKinds()) {
                pes.addAll(organisations.ofKind(kind));
            }
            int count = load(owes, gminas, pes, LocalDate.now(clock));
            log.info("Demo events loaded: {} (fictional)", count);
        });
    }

    int load(List<OrganisationView> owes, List<Unit> gminas, List<OrganisationView> pes, LocalDate today) {
        SplittableRandom random = new SplittableRandom(2026);
        ZoneId zone = clock.getZone();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int count = 0;
        for (int i = 0; i < 40; i++) {
            Idea idea = IDEAS.get(i % IDEAS.size());
            OrganisationView organiser = i % 5 == 0 ? null : owes.get(i % owes.size());
            Unit gmina = gminas.get(random.nextInt(gminas.size()));
            LocalDate day = workday(today.minusDays(150).plusDays(i * 6L + random.nextInt(3)));
            OffsetDateTime start = day.atTime(i % 3 == 0 ? 9 : 10, 0).atZone(zone).toOffsetDateTime();
            int hours = idea.type() == EventType.CONFERENCE ? 7 : idea.type() == EventType.MEETING ? 2 : 4;
            boolean online = i % 7 == 3;
            Integer capacity = idea.type() == EventType.CONFERENCE ? 120 : 15 + random.nextInt(16);
            long id = insert(idea.type(), idea.title() + (organiser == null ? "" : " – " + shortName(organiser)),
                    organiser, start, start.plusHours(hours), online ? null : gmina.teryt(),
                    online ? null : "Sala konferencyjna, ul. Dworcowa " + (1 + random.nextInt(40)),
                    online ? "https://spotkania.example.pl/" + (1000 + i) : null, capacity, List.of(idea.topic()),
                    "PUBLISHED", null, null);
            register(id, start, capacity, pes, random, now);
            count++;
        }
        // a social campaign with its reach, and two trainings the activity plan flags as overlapping
        OffsetDateTime campaign = today.minusDays(40).atTime(9, 0).atZone(zone).toOffsetDateTime();
        insert(EventType.CAMPAIGN, "Kupuj społecznie – kampania promocyjna produktów PES", null, campaign,
                campaign.plusDays(30), gminas.get(0).teryt(), "Centra handlowe i targowiska regionu", null, null,
                List.of(EventTopic.PROMOTION), "PUBLISHED", 48_500, 12_000);
        if (owes.size() > 1) {
            Unit gmina = gminas.get(gminas.size() / 2);
            OffsetDateTime first = workday(today.plusDays(20)).atTime(10, 0).atZone(zone).toOffsetDateTime();
            insert(EventType.TRAINING, "RODO w spółdzielni socjalnej", owes.get(0), first, first.plusHours(4),
                    gmina.teryt(), "Dom Kultury, sala nr 2", null, 20, List.of(EventTopic.LEGAL), "PUBLISHED", null, null);
            OffsetDateTime second = workday(first.toLocalDate().plusDays(6)).atTime(10, 0).atZone(zone)
                    .toOffsetDateTime();
            insert(EventType.TRAINING, "Ochrona danych osobowych w PES", owes.get(1), second, second.plusHours(4),
                    gmina.teryt(), "Urząd Gminy, sala sesyjna", null, 20, List.of(EventTopic.LEGAL), "DRAFT", null,
                    null);
            count += 2;
        }
        return count + 1;
    }

    private long insert(EventType type, String title, OrganisationView organiser, OffsetDateTime start,
            OffsetDateTime end, String gmina, String venue, String online, Integer capacity, List<EventTopic> topics,
            String status, Integer reached, Integer materials) {
        EventInput input = new EventInput(title, type.name(), "Wydarzenie z danych demonstracyjnych Koordynatora ES."
                + " Program, prowadzący i materiały – w zaproszeniu organizatora.", null, start.toString(),
                end.toString(), gmina, venue, online, capacity, null, null, "Przedstawiciele PES, JST i partnerów",
                true, status, topics.stream().map(Enum::name).toList(), reached, materials, null);
        return events.insert(rules.check(input, null), organiser == null ? null : organiser.id(),
                organiser == null ? EventService.ROPS : organiser.name(), "system");
    }

    /** Participants from the demo PES: past events with attendance, coming ones partly filled. */
    private void register(long eventId, OffsetDateTime start, int capacity, List<OrganisationView> pes,
            SplittableRandom random, OffsetDateTime now) {
        boolean past = start.isBefore(now);
        int people = past ? Math.min(capacity, 6 + random.nextInt(12)) : random.nextInt(Math.max(1, capacity / 2));
        for (int p = 0; p < people; p++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            OrganisationView organisation = pes.isEmpty() ? null : pes.get(random.nextInt(pes.size()));
            String email = (first + "." + last + "." + eventId + "." + p + "@example.pl").toLowerCase(Locale.ROOT)
                    .replace('ą', 'a').replace('ć', 'c').replace('ę', 'e').replace('ł', 'l').replace('ń', 'n')
                    .replace('ó', 'o').replace('ś', 's').replace('ź', 'z').replace('ż', 'z');
            RegistrationRules.Checked person = new RegistrationRules.Checked(first + " " + last, email,
                    organisation == null ? null : organisation.id(), organisation == null ? null : organisation.name(),
                    p % 9 == 4 ? "Dostęp bez schodów" : null);
            long id = registrations.insert(eventId, person, RegistrationStatus.CONFIRMED, UUID.randomUUID(), "pl",
                    RegistrationRules.CONSENT_VERSION, start.minusDays(7 + random.nextInt(14)));
            if (past && random.nextInt(10) < 9) {
                jdbc.sql("update event_registration set attended = true, attendance_marked_at = :at where id = :id")
                        .param("at", start.plusMinutes(15)).param("id", id).update();
            }
        }
    }

    /** The day, or the Monday after it when it falls on a weekend: the programme's events run on workdays. */
    private static LocalDate workday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    private static String shortName(OrganisationView organisation) {
        return organisation.shortName() != null ? organisation.shortName() : organisation.name();
    }
}
