package pl.koordynator.es.faults;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.events.EventsFixtures;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.reintegration.ReintegrationFixtures;
import pl.koordynator.es.reporting.ReportingFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.AtOnce;
import pl.koordynator.es.testing.RawHttp;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races as users make them, over real HTTP with the requests released together: many people
 * registering for the last places, editors saving one version of a record, two ROPS officers
 * approving one report, a cancellation while someone registers, two clicks on "accept" of one
 * referral. Each scenario runs {@code races.rounds} times (3 in {@code ./mvnw verify}; the fault
 * script runs more) and its figures go to {@code target/faults/races.properties}.
 */
class RacesTest extends BearerApiTest {

    static final int ROUNDS = Integer.getInteger("races.rounds", 3);
    static final int PLACES = 10;
    static final int REGISTRANTS = 50;
    static final int EDITORS = 20;

    /** Scenario → figure → value, written after all tests; kept in the order the tests ran. */
    private static final Map<String, Map<String, Object>> FIGURES = new LinkedHashMap<>();

    @Autowired
    EventsFixtures events;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    ReportingFixtures reporting;

    @Autowired
    ReintegrationFixtures reintegration;

    /** A distinct client address for each visitor of each round (TEST-NET-2 and -3, never routed). */
    private static int visitors;

    private static synchronized String nextVisitor() {
        int n = visitors++;
        return (n % 2 == 0 ? "198.51.100." : "203.0.113.") + (n / 2 % 250 + 1) + "";
    }

    // ---------------------------------------------------------------- registrations

    @Test
    void fiftyPeopleRegisteringForTenPlacesAtOnceGetTenPlacesAndFortyWaitingListPlaces() throws Exception {
        Map<String, Object> figures = figures("registrations");
        for (int round = 1; round <= ROUNDS; round++) {
            EventView event = events.published(events.training("Szkolenie z zamówień, tura " + round, PLACES));
            String path = "/api/v1/events/" + event.id() + "/registrations";
            List<AtOnce.Prepared<RawHttp.Answer>> requests = new ArrayList<>();
            for (int i = 0; i < REGISTRANTS; i++) {
                String body = person("Osoba " + letters(i), "r" + round + "-" + i + "@example.pl");
                String client = nextVisitor();
                requests.add(() -> ViaProxy.postJson(port, client, path, body));
            }
            jdbc.sql("delete from rate_limit_bucket").update();
            List<RawHttp.Answer> answers = AtOnce.run(requests);

            int confirmed = 0;
            int waitlisted = 0;
            int other = 0;
            Set<Long> ids = new HashSet<>();
            for (RawHttp.Answer answer : answers) {
                if (answer.status() == 201 && answer.body().contains("\"CONFIRMED\"")) {
                    confirmed++;
                } else if (answer.status() == 201 && answer.body().contains("\"WAITLISTED\"")) {
                    waitlisted++;
                } else {
                    other++;
                }
                if (answer.status() == 201) {
                    ids.add(((Number) JsonPath.read(answer.body(), "$.id")).longValue());
                }
            }
            Map<String, Long> stored = countByStatus(event.id());
            add(figures, "rounds", 1);
            add(figures, "confirmed", confirmed);
            add(figures, "waitlisted", waitlisted);
            add(figures, "other_answers", other);
            add(figures, "stored_confirmed", stored.getOrDefault("CONFIRMED", 0L));
            add(figures, "stored_waitlisted", stored.getOrDefault("WAITLISTED", 0L));

            assertThat(answers).as("every registration answered 201").allSatisfy(
                    answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
            assertThat(confirmed).as("confirmed answers, round " + round).isEqualTo(PLACES);
            assertThat(waitlisted).as("waiting-list answers, round " + round).isEqualTo(REGISTRANTS - PLACES);
            assertThat(ids).as("distinct registrations").hasSize(REGISTRANTS);
            assertThat(stored).as("registrations in the database, round " + round)
                    .isEqualTo(Map.of("CONFIRMED", (long) PLACES, "WAITLISTED", (long) (REGISTRANTS - PLACES)));
            assertThat(jdbc.sql("""
                    select count(*) from event_registration r where r.event_id = :id and r.status = 'CONFIRMED'
                        and r.id in (select r2.id from event_registration r2 where r2.event_id = :id
                            order by r2.id limit :places)""")
                    .param("id", event.id()).param("places", PLACES).query(Long.class).single())
                    .as("the first ten registrations stored are the confirmed ones: first come, first served")
                    .isEqualTo(PLACES);
        }
    }

    @Test
    void aCancellationWhileSomeoneRegistersPromotesTheFirstWaitingPersonExactlyOnce() throws Exception {
        Map<String, Object> figures = figures("cancel_while_registering");
        for (int round = 1; round <= ROUNDS; round++) {
            EventView event = events.published(events.training("Warsztat księgowy, tura " + round, 2));
            String path = "/api/v1/events/" + event.id() + "/registrations";
            jdbc.sql("delete from rate_limit_bucket").update();
            for (String who : List.of("anna", "jan", "ewa")) {
                RawHttp.Answer answer = ViaProxy.postJson(port, nextVisitor(), path,
                        person("Osoba " + who, who + round + "@example.pl")).call();
                assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            }
            UUID annasToken = jdbc.sql("select token from event_registration where email = :e")
                    .param("e", "anna" + round + "@example.pl").query(UUID.class).single();
            String ownPath = "/events/registrations/" + annasToken;
            HttpClient annasBrowser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            String csrf = csrfOf(annasBrowser.send(HttpRequest.newBuilder(URI.create(baseUrl() + ownPath)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String newcomer = "piotr" + round + "@example.pl";
            String newcomerBody = person("Piotr Zieliński", newcomer);

            List<AtOnce.Prepared<Integer>> requests = List.of(
                    () -> () -> annasBrowser.send(HttpRequest.newBuilder(URI.create(baseUrl() + ownPath + "/cancel"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf))).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode(),
                    () -> {
                        Callable<RawHttp.Answer> send = ViaProxy.postJson(port, nextVisitor(), path, newcomerBody);
                        return () -> send.call().status();
                    });
            List<Integer> statuses = AtOnce.run(requests);

            long ewasId = jdbc.sql("select id from event_registration where email = :e")
                    .param("e", "ewa" + round + "@example.pl").query(Long.class).single();
            long promotions = jdbc.sql("""
                    select count(*) from audit_entry where entity_type = 'EventRegistration' and entity_id = :id
                        and action = 'UPDATE'""").param("id", String.valueOf(ewasId)).query(Long.class).single();
            Map<String, Long> stored = countByStatus(event.id());
            add(figures, "rounds", 1);
            add(figures, "promotions", promotions);
            add(figures, "stored_confirmed", stored.getOrDefault("CONFIRMED", 0L));

            assertThat(statuses).as("the cancellation redirects, the registration is created").containsExactly(302, 201);
            assertThat(statusOf("anna" + round + "@example.pl")).isEqualTo("CANCELLED");
            assertThat(statusOf("ewa" + round + "@example.pl")).as("the first waiting is promoted").isEqualTo("CONFIRMED");
            assertThat(statusOf(newcomer)).as("the newcomer waits whatever came first").isEqualTo("WAITLISTED");
            assertThat(promotions).as("Ewa promoted once").isOne();
            assertThat(stored).isEqualTo(Map.of("CONFIRMED", 2L, "CANCELLED", 1L, "WAITLISTED", 1L));
            assertThat(jdbc.sql("select count(*) from notification where recipient = :e and subject like :s")
                    .param("e", "ewa" + round + "@example.pl").param("s", "%Zwolniło się miejsce%")
                    .query(Long.class).single()).as("one e-mail about the place").isOne();
        }
    }

    // ---------------------------------------------------------------- organisation updates

    @Test
    void twentyEditorsSavingOneVersionOfAnOrganisationGetOneSuccessAndNineteenConflicts() throws Exception {
        Map<String, Object> figures = figures("organisation_updates");
        String token = token(users.create("rops-races-" + System.nanoTime(), Role.ADMIN));
        for (int round = 1; round <= ROUNDS; round++) {
            OrganisationView organisation = registry.create(RegistryFixtures.pes("Spółdzielnia Wyścig " + letters(round),
                    "2261011"));
            List<AtOnce.Prepared<HttpResponse<String>>> requests = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                String body = """
                        {"name": "Spółdzielnia Wyścig %s %s", "kind": "SOCIAL_COOPERATIVE", "gminaTeryt": "2261011",
                         "phone": "+48 58 000 00 %02d", "version": %d}""".formatted(letters(round), letters(i), i,
                        organisation.version());
                requests.add(() -> () -> HTTP.send(HttpRequest.newBuilder(
                                URI.create(baseUrl() + "/api/v1/organisations/" + organisation.id()))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            List<HttpResponse<String>> answers = AtOnce.run(requests);

            List<HttpResponse<String>> successes = answers.stream().filter(a -> a.statusCode() / 100 == 2).toList();
            List<HttpResponse<String>> conflicts = answers.stream().filter(a -> a.statusCode() == 409).toList();
            long version = jdbc.sql("select version from organisation where id = :id").param("id", organisation.id())
                    .query(Long.class).single();
            long audited = audited("Organisation", organisation.id(), "UPDATE");
            add(figures, "rounds", 1);
            add(figures, "successes", successes.size());
            add(figures, "conflicts", conflicts.size());
            add(figures, "other_answers", answers.size() - successes.size() - conflicts.size());
            add(figures, "audit_entries", audited);

            assertThat(answers).as("round " + round).allSatisfy(answer -> assertThat(answer.statusCode())
                    .as(answer.body()).isIn(200, 409));
            assertThat(successes).as("one save wins").hasSize(1);
            assertThat(conflicts).as("the others are told the record changed").hasSize(EDITORS - 1)
                    .allSatisfy(conflict -> assertThat(conflict.headers().firstValue("Content-Type").orElse(""))
                            .startsWith("application/problem+json"));
            assertThat(version).as("one increment").isEqualTo(organisation.version() + 1);
            String winner = JsonPath.read(successes.get(0).body(), "$.name");
            assertThat(jdbc.sql("select name from organisation where id = :id").param("id", organisation.id())
                    .query(String.class).single()).as("the stored name is the winner's").isEqualTo(winner);
            assertThat(audited).as("one audit entry").isOne();
        }
    }

    // ---------------------------------------------------------------- report approvals

    @Test
    void twoApprovalsOfOneReportAtOnceApproveItOnceAndTheAggregateCountsItOnce() throws Exception {
        Map<String, Object> figures = figures("approvals");
        UserView rops = reporting.admin();
        String ropsToken = token(rops);
        for (int round = 1; round <= ROUNDS; round++) {
            OrganisationView owes = reporting.owes("OWES Wyścigowy " + letters(round));
            String staffToken = token(reporting.staff(owes));
            long id = submitted(staffToken, owes, "2025Q1");
            List<HttpResponse<String>> answers = AtOnce.times(2, () -> call(ropsToken, "POST",
                    "/api/v1/reporting/reports/" + id + "/approve", "{}"));

            long successes = answers.stream().filter(a -> a.statusCode() == 200).count();
            long conflicts = answers.stream().filter(a -> a.statusCode() == 409
                    && a.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")).count();
            String owesRow = call(ropsToken, "GET",
                    "/api/v1/reporting/aggregate?template=OWES_QUARTERLY&period=2025Q1&level=owes", null).body();
            List<Object> jobs = JsonPath.read(owesRow, "$.rows[?(@.name == '" + owes.name() + "')].values.JOBS_CREATED");
            String region = call(ropsToken, "GET",
                    "/api/v1/reporting/aggregate?template=OWES_QUARTERLY&period=2025Q1&level=region", null).body();
            BigDecimal regionJobs = new BigDecimal(JsonPath.read(region, "$.rows[0].values.JOBS_CREATED").toString());
            boolean aggregateOk = jobs.size() == 1 && new BigDecimal(jobs.get(0).toString()).intValueExact() == 5
                    && regionJobs.intValueExact() == 5 * round;
            long approvals = jdbc.sql("""
                    select count(*) from audit_entry where entity_type = 'OwesReport' and entity_id = :id
                        and changes -> 'status' ->> 'new' = 'APPROVED'""").param("id", String.valueOf(id))
                    .query(Long.class).single();
            add(figures, "rounds", 1);
            add(figures, "successes", successes);
            add(figures, "conflicts", conflicts);
            add(figures, "audited_approvals", approvals);
            figures.merge("aggregate_ok", aggregateOk, (a, b) -> (Boolean) a && (Boolean) b);

            assertThat(answers).as("round " + round).extracting(HttpResponse::statusCode)
                    .containsExactlyInAnyOrder(200, 409);
            assertThat(conflicts).as("the loser's answer is problem+json").isOne();
            assertThat(jdbc.sql("select status || '/' || version from owes_report where id = :id").param("id", id)
                    .query(String.class).single()).as("approved once: one version step").isEqualTo("APPROVED/3");
            assertThat(approvals).as("one approval in the audit trail").isOne();
            assertThat(jobs).as("the OWES's JOBS_CREATED in the aggregate").hasSize(1);
            assertThat(new BigDecimal(jobs.get(0).toString())).isEqualByComparingTo("5");
            assertThat(regionJobs).as("the region's JOBS_CREATED, " + round + " reports of 5")
                    .isEqualByComparingTo(BigDecimal.valueOf(5L * round));
            assertThat(jdbc.sql("select max(count) from report_aggregate where owes_id = :owes")
                    .param("owes", owes.id()).query(Integer.class).single()).as("the report counted once").isOne();
        }
    }

    // ---------------------------------------------------------------- referral acceptances

    @Test
    void twoAcceptancesOfOneReferralAtOnceGiveOneAcceptance() throws Exception {
        Map<String, Object> figures = figures("referral_acceptances");
        OrganisationView ops = reintegration.ops("Ośrodek Pomocy Społecznej Wyścigowy");
        OrganisationView cis = reintegration.cis("Centrum Integracji Społecznej Wyścigowe");
        String opsToken = token(reintegration.partner(ops));
        String cisToken = token(reintegration.pesUser(cis));
        List<String> surnames = List.of("Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski");
        for (int round = 1; round <= ROUNDS; round++) {
            String person = "\"personSurname\": \"%s\", \"personBirthDate\": \"%s\"".formatted(
                    surnames.get(round % surnames.size()), LocalDate.of(1980, 1, 1).plusDays(round));
            HttpResponse<String> created = call(opsToken, "POST", "/api/v1/reintegration/referrals", """
                    {%s, "receiverId": %d, "riskGroups": ["LONG_TERM_UNEMPLOYED"], "legalBasis": "SOCIAL_EMPLOYMENT_ACT",
                     "referredOn": "%s", "programmeKind": "IPZS", "programmeReference": "IPZS/%d/2026"}"""
                    .formatted(person, cis.id(), RegionDate.today().minusDays(3), round));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();

            List<HttpResponse<String>> answers = AtOnce.times(2, () -> call(cisToken, "POST",
                    "/api/v1/reintegration/referrals/" + id + "/transitions", "{\"to\": \"ACCEPTED\"}"));

            long successes = answers.stream().filter(a -> a.statusCode() == 200).count();
            long conflicts = answers.stream().filter(a -> a.statusCode() == 409).count();
            long changes = jdbc.sql("""
                    select count(*) from reintegration_referral_change where referral_id = :id and to_state = 'ACCEPTED'""")
                    .param("id", id).query(Long.class).single();
            add(figures, "rounds", 1);
            add(figures, "successes", successes);
            add(figures, "conflicts", conflicts);
            add(figures, "recorded_acceptances", changes);

            assertThat(answers).as("round " + round).extracting(HttpResponse::statusCode)
                    .containsExactlyInAnyOrder(200, 409);
            assertThat(answers).filteredOn(a -> a.statusCode() == 409).allSatisfy(a -> assertThat(
                    a.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json"));
            assertThat(changes).as("one acceptance in the referral's history").isOne();
            assertThat(audited("ReintegrationReferral", id, "UPDATE")).as("one audit entry").isOne();
        }
    }

    // ---------------------------------------------------------------- figures for bench/faults

    @AfterAll
    static void writeFigures() throws IOException {
        Path file = Path.of("target", "faults", "races.properties");
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder("# RacesTest, rounds=" + ROUNDS + "\n");
        synchronized (FIGURES) {
            FIGURES.forEach((scenario, values) -> values.forEach(
                    (name, value) -> text.append(scenario).append('.').append(name).append('=').append(value).append('\n')));
        }
        Files.writeString(file, text.toString());
    }

    private static Map<String, Object> figures(String scenario) {
        synchronized (FIGURES) {
            return FIGURES.computeIfAbsent(scenario, s -> new LinkedHashMap<>());
        }
    }

    private static void add(Map<String, Object> figures, String name, long value) {
        figures.merge(name, value, (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
    }

    // ---------------------------------------------------------------- helpers

    private String person(String name, String email) {
        return """
                {"name": "%s", "email": "%s", "organisationName": "Spółdzielnia Socjalna Razem",
                 "accessibilityNeeds": "", "consent": true, "altcha": "%s"}""".formatted(name, email,
                challenges.solved());
    }

    /** Letters for a number, as names with digits may look like junk to a name check. */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    private Map<String, Long> countByStatus(long eventId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) from event_registration where event_id = :id group by status")
                .param("id", eventId).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private String statusOf(String email) {
        return jdbc.sql("select status from event_registration where email = :e").param("e", email)
                .query(String.class).single();
    }

    private long audited(String type, long id, String action) {
        return jdbc.sql("""
                select count(*) from audit_entry where entity_type = :type and entity_id = :id and action = :action""")
                .param("type", type).param("id", String.valueOf(id)).param("action", action).query(Long.class).single();
    }

    /** A submitted report of the OWES with JOBS_CREATED = 5, made by its staff over the API. */
    private long submitted(String staffToken, OrganisationView owes, String period) {
        HttpResponse<String> created = call(staffToken, "POST", "/api/v1/reporting/reports",
                "{\"owesId\": %d, \"templateCode\": \"OWES_QUARTERLY\", \"period\": \"%s\"}".formatted(owes.id(), period));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        HttpResponse<String> values = call(staffToken, "PUT", "/api/v1/reporting/reports/" + id + "/values", """
                {"values": {"PES_SUPPORTED": 10, "PES_NEW": 4, "SE_NEW": 1, "JOBS_CREATED": 5, "JOBS_AT_RISK": 3,
                 "CONSULTING_HOURS": 100, "TRAININGS": 2, "TRAINING_PARTICIPANTS": 25, "JST_COOPERATING": 3,
                 "PARTNERSHIPS": 1}}""");
        assertThat(values.statusCode()).as(values.body()).isEqualTo(200);
        HttpResponse<String> submitted = call(staffToken, "POST", "/api/v1/reporting/reports/" + id + "/submit", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static String csrfOf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
