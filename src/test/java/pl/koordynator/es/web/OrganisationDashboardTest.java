package pl.koordynator.es.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.events.RegistrationStatus;
import pl.koordynator.es.events.ParticipantFixtures;
import pl.koordynator.es.needs.NeedsFixtures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.PeriodType;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard of the people of an OWES, a PES and a partner institution: every card's number is
 * what the module's own API (or the data behind it) says for that user, its items are ordered and
 * linked to where the work is done, an empty queue says so, and nobody sees another organisation's work.
 */
class OrganisationDashboardTest extends IntegrationTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final String GDANSK = "2261011";
    private static final String GDYNIA = "2262011";

    @Autowired
    RegistryFixtures registry;

    @Autowired
    ParticipantFixtures participants;

    @Autowired
    NeedsFixtures needs;

    // --- OWES ---

    @Test
    void owesSeesItsReportsToWriteOrCorrectNearestDeadlineFirstAndNoOtherOwessReports() throws Exception {
        OrganisationView owes = registry.owes("OWES Pomorze Północ", GDANSK);
        OrganisationView other = registry.owes("OWES Trójmiasto", GDYNIA);
        LocalDate today = LocalDate.now(WARSAW);
        long returned = report(owes.id(), "2025Q4", today.plusDays(9), "RETURNED");
        long overdue = report(owes.id(), "2025Q3", today.minusDays(3), "DRAFT");
        long draft = report(owes.id(), "2026Q1", today.plusDays(30), "DRAFT");
        report(owes.id(), "2025Q2", today.minusDays(100), "SUBMITTED");
        report(owes.id(), "2025Q1", today.minusDays(200), "APPROVED");
        long others = report(other.id(), "2025Q3", today.minusDays(3), "DRAFT");
        report(owes.id(), lastQuarter().code(), today.plusDays(1), "SUBMITTED");
        RequestPostProcessor staff = as(Role.OWES, owes);

        String card = card(panel(staff), "own-reports");

        long fromApi = JsonPath.<Integer>read(api(staff, "/api/v1/reporting/reports?status=DRAFT"), "$.length()")
                + JsonPath.<Integer>read(api(staff, "/api/v1/reporting/reports?status=RETURNED"), "$.length()");
        assertThat(fromApi).isEqualTo(3);
        assertThat(count(card)).isEqualTo(fromApi);
        assertThat(itemLinks(card)).containsExactly("/reporting/reports/" + overdue, "/reporting/reports/" + returned,
                "/reporting/reports/" + draft);
        assertThat(itemTexts(card).get(0)).contains("2025Q3").contains("po terminie")
                .contains(day(today.minusDays(3)));
        assertThat(itemTexts(card).get(1)).contains("zwrócone do poprawy").contains(day(today.plusDays(9)));
        assertThat(card).doesNotContain("/reporting/reports/" + others + "\"");
    }

    @Test
    void owesWithNothingToReportIsToldSoInWords() throws Exception {
        OrganisationView owes = registry.owes("OWES Kaszuby", GDANSK);
        report(owes.id(), lastQuarter().code(), LocalDate.now(WARSAW).minusDays(10), "APPROVED");

        String card = card(panel(as(Role.OWES, owes)), "own-reports");

        assertThat(count(card)).isZero();
        assertThat(card).contains("Nie ma sprawozdań do napisania ani do poprawienia.");
        assertThat(itemLinks(card)).isEmpty();
    }

    @Test
    void owesThatHasNotStartedTheLastQuartersReportIsAskedToWriteIt() throws Exception {
        OrganisationView owes = registry.owes("OWES Pomorze Północ", GDANSK);
        LocalDate today = LocalDate.now(WARSAW);
        long returned = report(owes.id(), "2025Q4", today.plusDays(400), "RETURNED");
        RequestPostProcessor staff = as(Role.OWES, owes);

        String card = card(panel(staff), "own-reports");

        // the API lists the reports that exist; the one not started yet is the reminders' rule, added to them
        assertThat(JsonPath.<Integer>read(api(staff, "/api/v1/reporting/reports?status=RETURNED"), "$.length()"))
                .isOne();
        assertThat(JsonPath.<Integer>read(api(staff, "/api/v1/reporting/reports"), "$.length()")).isOne();
        assertThat(count(card)).isEqualTo(2);
        assertThat(itemLinks(card)).containsExactly("/reporting", "/reporting/reports/" + returned);
        LocalDate deadline = lastQuarter().end().plusDays(20);
        assertThat(itemTexts(card).get(0)).contains("Sprawozdanie kwartalne OWES").contains(lastQuarter().code())
                .contains("jeszcze nierozpoczęte").contains(day(deadline))
                .contains(deadline.isBefore(today) ? "po terminie" : "termin");
    }

    @Test
    void owesSeesItsComingEventsWithPlacesAndWaitingListsSoonestFirst() throws Exception {
        OrganisationView owes = registry.owes("OWES Pomorze Północ", GDANSK);
        OrganisationView other = registry.owes("OWES Trójmiasto", GDYNIA);
        long later = participants.event(owes, "Warsztat z marketingu", ParticipantFixtures.day(20, 10), 3, 10);
        long sooner = participants.event(owes, "Szkolenie z zamówień", ParticipantFixtures.day(4, 10), 3, 2);
        long draft = participants.event(owes, "Spotkanie sieciujące", ParticipantFixtures.day(10, 10), 3, null);
        jdbc.sql("update event set status = 'DRAFT' where id = :id").param("id", draft).update();
        long cancelled = participants.event(owes, "Odwołane", ParticipantFixtures.day(6, 10), 3, 10);
        jdbc.sql("update event set status = 'CANCELLED' where id = :id").param("id", cancelled).update();
        long past = participants.event(owes, "Było", ParticipantFixtures.day(-5, 10), 3, 10);
        long others = participants.event(other, "Cudze wydarzenie", ParticipantFixtures.day(5, 10), 3, 10);
        participants.register(sooner, "Anna Nowak", "anna@example.org", RegistrationStatus.CONFIRMED);
        participants.register(sooner, "Jan Kowalski", "jan@example.org", RegistrationStatus.CONFIRMED);
        participants.register(sooner, "Ewa Lis", "ewa@example.org", RegistrationStatus.WAITLISTED);
        participants.register(sooner, "Piotr Wrona", "piotr@example.org", RegistrationStatus.CANCELLED);
        RequestPostProcessor staff = as(Role.OWES, owes);

        String card = card(panel(staff), "own-events");

        long fromApi = JsonPath.<Integer>read(api(staff, "/api/v1/events?organiserId=" + owes.id() + "&status=PUBLISHED"),
                "$.totalElements") + JsonPath.<Integer>read(api(staff, "/api/v1/events?organiserId=" + owes.id()
                + "&status=DRAFT"), "$.totalElements");
        assertThat(fromApi).isEqualTo(3);
        assertThat(count(card)).isEqualTo(fromApi);
        assertThat(itemLinks(card)).containsExactly("/events/" + sooner + "/participants", "/events/" + draft,
                "/events/" + later + "/participants");
        assertThat(itemTexts(card).get(0)).contains("Szkolenie z zamówień").contains("zapisani: 2 / 2 miejsc")
                .contains("lista rezerwowa: 1");
        assertThat(itemTexts(card).get(1)).contains("szkic");
        assertThat(itemTexts(card).get(2)).contains("zapisani: 0 / 10 miejsc").doesNotContain("lista rezerwowa");
        assertThat(card).doesNotContain("/events/" + others + "/").doesNotContain("/events/" + past + "/")
                .doesNotContain("/events/" + cancelled + "/");
    }

    @Test
    void owesSeesTheOverlapsOfTheActivityPlanThatInvolveItsEventsOnly() throws Exception {
        OrganisationView owes = registry.owes("OWES Pomorze Północ", GDANSK);
        OrganisationView other = registry.owes("OWES Trójmiasto", GDYNIA);
        OrganisationView third = registry.owes("OWES Kociewie", GDYNIA);
        OffsetDateTime start = ParticipantFixtures.day(3, 10);
        long ours = plannedEvent(owes, "Nasze szkolenie z księgowości", start);
        long theirs = plannedEvent(other, "Ich szkolenie z księgowości", start.plusDays(2));
        plannedEvent(third, "Trzecie szkolenie z księgowości", start.plusDays(60));
        plannedEvent(other, "Ich drugie szkolenie z księgowości", start.plusDays(62));
        RequestPostProcessor staff = as(Role.OWES, owes);

        String card = card(panel(staff), "own-overlaps");

        String overlaps = api(staff, "/api/v1/events/plan/overlaps");
        List<Object> involvingUs = JsonPath.read(overlaps, "$[?(@.first.organiserId == " + owes.id()
                + " || @.second.organiserId == " + owes.id() + ")]");
        assertThat(JsonPath.<Integer>read(overlaps, "$.length()")).isEqualTo(2);
        assertThat(involvingUs).hasSize(1);
        assertThat(count(card)).isEqualTo(1);
        assertThat(itemLinks(card)).containsExactly("/events/" + ours);
        assertThat(itemTexts(card).get(0)).contains("Ich szkolenie z księgowości").contains("OWES Trójmiasto");
        assertThat(card).doesNotContain("/events/" + theirs + "\"").doesNotContain("Trzecie");
    }

    @Test
    void owesComparesItsSupportHoursThisQuarterWithTheLast() throws Exception {
        OrganisationView owes = registry.owes("OWES Pomorze Północ", GDANSK);
        OrganisationView other = registry.owes("OWES Trójmiasto", GDYNIA);
        OrganisationView pes = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Len", GDANSK));
        Period quarter = Period.containing(LocalDate.now(WARSAW), PeriodType.QUARTER);
        support(pes, owes, quarter.start(), "2.00");
        support(pes, owes, quarter.start(), "3.50");
        support(pes, owes, quarter.previous().start().plusDays(3), "4.00");
        support(pes, other, quarter.start(), "10.00");
        RequestPostProcessor staff = as(Role.OWES, owes);

        String card = card(panel(staff), "support-hours");

        assertThat(JsonPath.<Integer>read(api(staff, "/api/v1/support/records?from=" + quarter.start() + "&to="
                + quarter.end()), "$.totalElements")).isEqualTo(2);
        assertThat(itemTexts(card).get(0)).contains(quarter.code()).contains("5,5 godz.").contains("wpisy: 2");
        assertThat(itemTexts(card).get(1)).contains(quarter.previous().code()).contains("4 godz.").contains("wpisy: 1");
        assertThat(itemLinks(card)).containsExactly(
                "/support?from=" + quarter.start() + "&amp;to=" + quarter.end(),
                "/support?from=" + quarter.previous().start() + "&amp;to=" + quarter.previous().end());
    }

    @Test
    void owesSeesThePesOfItsSubregionNobodySupportedForAYearNeverSupportedFirst() throws Exception {
        OrganisationView owes = registry.owes("OWES Pomorze Północ", GDANSK);
        OrganisationView other = registry.owes("OWES Trójmiasto", GDYNIA);
        registry.subregion("Gdańsk", owes.id(), "2261");
        OrganisationView never = registry.create(RegistryFixtures.pes("Zielona Spółdzielnia", GDANSK));
        OrganisationView longAgo = registry.create(RegistryFixtures.pes("Alfa Spółdzielnia", GDANSK));
        OrganisationView recently = registry.create(RegistryFixtures.pes("Beta Spółdzielnia", GDANSK));
        OrganisationView elsewhere = registry.create(RegistryFixtures.pes("Gdyńska Spółdzielnia", GDYNIA));
        jdbc.sql("update organisation set owes_id = :owes where gmina_teryt like '2261%' and kind <> 'OWES'")
                .param("owes", owes.id()).update();
        LocalDate today = LocalDate.now(WARSAW);
        support(longAgo, other, today.minusMonths(13), "2.00");
        support(recently, other, today.minusMonths(2), "2.00");
        RequestPostProcessor staff = as(Role.OWES, owes);

        String card = card(panel(staff), "pes-without-support");

        assertThat(count(card)).isEqualTo(2);
        assertThat(itemLinks(card)).containsExactly("/organisations/" + never.id(), "/organisations/" + longAgo.id());
        assertThat(itemTexts(card).get(0)).contains("nigdy nie otrzymał wsparcia");
        assertThat(itemTexts(card).get(1)).contains("ostatnie wsparcie " + day(today.minusMonths(13)));
        assertThat(card).doesNotContain("/organisations/" + recently.id() + "\"")
                .doesNotContain("/organisations/" + elsewhere.id() + "\"");
    }

    // --- PES ---

    @Test
    void pesSeesWhatIsMissingFromItsProfileAsTheApiShowsIt() throws Exception {
        OrganisationView pes = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Len", GDANSK));
        RequestPostProcessor member = as(Role.PES, pes);

        String card = card(panel(member), "own-organisation");

        // the API leaves empty fields out
        java.util.Map<String, Object> record = JsonPath.read(api(member, "/api/v1/organisations/" + pes.id()), "$");
        assertThat(record).containsKeys("gminaTeryt", "email", "street", "postalCode", "town", "employees")
                .doesNotContainKeys("phone", "description", "website");
        assertThat((List<?>) record.getOrDefault("fieldsOfActivity", List.of())).isEmpty();
        assertThat(JsonPath.<Integer>read(api(member, "/api/v1/organisations/" + pes.id() + "/contact-persons"),
                "$.length()")).isZero();
        assertThat(count(card)).isEqualTo(5);
        assertThat(itemLinks(card)).containsExactly("/organisations/" + pes.id() + "/edit#phone",
                "/organisations/" + pes.id() + "/edit#description", "/organisations/" + pes.id() + "/edit",
                "/organisations/" + pes.id() + "#contacts", "/organisations/" + pes.id() + "/edit#website");
        assertThat(itemTexts(card).get(0)).contains("Telefon").contains("nie wypełniono");
        assertThat(card).contains("Spółdzielnia Socjalna Len");
    }

    @Test
    void pesWithACompleteProfileIsToldSo() throws Exception {
        OrganisationInput base = RegistryFixtures.pes("Spółdzielnia Pełna", GDANSK);
        OrganisationView pes = registry.create(new OrganisationInput(base.name(), null, Kind.SOCIAL_COOPERATIVE, null,
                null, null, GDANSK, "ul. Długa 1", "80-001", "Gdańsk", "biuro@example.org", "58 123 45 67",
                "https://example.org", "Catering i sprzątanie.", List.of("CATERING"), 10, 5, null, null, null, null,
                null, null, null));
        jdbc.sql("""
                insert into contact_person (organisation_id, name, consent_date, consent_scope)
                values (:id, 'Anna Nowak', current_date, 'kontakt w sprawach wsparcia')""").param("id", pes.id()).update();

        String card = card(panel(as(Role.PES, pes)), "own-organisation");

        assertThat(count(card)).isZero();
        assertThat(card).contains("Profil organizacji jest kompletny.");
    }

    @Test
    void pesSeesTheComingEventsItsPeopleRegisteredForAndNotOthers() throws Exception {
        OrganisationView owes = registry.owes("OWES Pomorze Północ", GDANSK);
        OrganisationView pes = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Len", GDANSK));
        OrganisationView otherPes = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Mak", GDANSK));
        long ours = participants.event(owes, "Szkolenie z księgowości", ParticipantFixtures.day(7, 10), 3, 1);
        long soon = participants.event(owes, "Warsztat z marketingu", ParticipantFixtures.day(2, 10), 3, 10);
        long theirs = participants.event(owes, "Cudze szkolenie", ParticipantFixtures.day(3, 10), 3, 10);
        long past = participants.event(owes, "Minione", ParticipantFixtures.day(-3, 10), 3, 10);
        long withdrawn = participants.event(owes, "Wypisani", ParticipantFixtures.day(5, 10), 3, 10);
        registration(ours, pes, RegistrationStatus.CONFIRMED);
        registration(ours, pes, RegistrationStatus.WAITLISTED);
        registration(soon, pes, RegistrationStatus.CONFIRMED);
        registration(theirs, otherPes, RegistrationStatus.CONFIRMED);
        registration(past, pes, RegistrationStatus.CONFIRMED);
        registration(withdrawn, pes, RegistrationStatus.CANCELLED);

        String card = card(panel(as(Role.PES, pes)), "registered-events");

        assertThat(count(card)).isEqualTo(2);
        assertThat(itemLinks(card)).containsExactly("/events/" + soon, "/events/" + ours);
        assertThat(itemTexts(card).get(1)).contains("zapisani: 1").contains("na liście rezerwowej: 1");
    }

    @Test
    void pesSeesItsSupportHistoryAsTheSupportApiShowsItNewestFirst() throws Exception {
        OrganisationView owes = registry.owes("OWES Pomorze Północ", GDANSK);
        OrganisationView pes = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Len", GDANSK));
        OrganisationView otherPes = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Mak", GDANSK));
        LocalDate today = LocalDate.now(WARSAW);
        support(pes, owes, today.minusDays(40), "2.00");
        support(pes, owes, today.minusDays(5), "1.50");
        support(pes, owes, today.minusDays(90), "3.00");
        support(otherPes, owes, today.minusDays(1), "8.00");
        RequestPostProcessor member = as(Role.PES, pes);

        String card = card(panel(member), "support-history");

        long fromApi = JsonPath.<Integer>read(api(member, "/api/v1/support/records"), "$.totalElements");
        assertThat(fromApi).isEqualTo(3);
        assertThat(count(card)).isEqualTo(fromApi);
        assertThat(itemTexts(card)).hasSize(3);
        assertThat(itemTexts(card).get(0)).contains(day(today.minusDays(5))).contains("1,5 godz.")
                .contains("OWES Pomorze Północ");
        assertThat(itemLinks(card)).allMatch(("/support/pes/" + pes.id())::equals);
    }

    @Test
    void pesWithoutSupportOrNeedsOrRegistrationsIsToldSoInWords() throws Exception {
        OrganisationView pes = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Len", GDANSK));

        String page = panel(as(Role.PES, pes));

        assertThat(card(page, "support-history")).contains("nie otrzymała jeszcze wsparcia");
        assertThat(card(page, "own-needs")).contains("nie zgłosiła jeszcze potrzeb");
        assertThat(card(page, "registered-events")).contains("Nikt z Twojej organizacji nie jest zapisany");
        assertThat(page).doesNotContain("data-card=\"own-reports\"");
    }

    @Test
    void pesSeesItsReportedNeedsAsTheNeedsApiShowsThem() throws Exception {
        OrganisationView pes = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Len", GDANSK));
        UserView member = users.create("pes-" + System.nanoTime(), Role.PES, pes.id());
        UserView stranger = needs.pesUser("Spółdzielnia Obca", GDANSK);
        var waiting = needs.submitted(member, NeedsFixtures.input(GDANSK, "Brak transportu do pracy"));
        var published = needs.published(member, NeedsFixtures.input(GDANSK, "Mieszkania treningowe"));
        needs.submitted(stranger, NeedsFixtures.input(GDANSK, "Cudza potrzeba"));
        RequestPostProcessor signedIn = user(users.principal(member));

        String card = card(panel(signedIn), "own-needs");

        long fromApi = JsonPath.<Integer>read(api(signedIn, "/api/v1/needs?own=true"), "$.totalElements");
        assertThat(fromApi).isEqualTo(2);
        assertThat(count(card)).isEqualTo(fromApi);
        assertThat(itemLinks(card)).containsExactly("/needs/" + published.id(), "/needs/" + waiting.id());
        assertThat(itemTexts(card).get(1)).contains("Brak transportu do pracy").contains("Do rozpatrzenia");
        assertThat(card).doesNotContain("Cudza potrzeba");
    }

    // --- PARTNER ---

    @Test
    void partnerSeesItsOrganisationItsNeedsAndTheComingEventsInItsGmina() throws Exception {
        OrganisationView owes = registry.owes("OWES Pomorze Północ", GDANSK);
        OrganisationView gmina = needs.organisation("Gmina Miasta Gdańska", Kind.JST, GDANSK);
        UserView member = needs.member(Role.PARTNER, gmina);
        var need = needs.submitted(member, NeedsFixtures.input(GDANSK, "Opieka wytchnieniowa"));
        long here = participants.event(owes, "Forum ekonomii społecznej", ParticipantFixtures.day(8, 10), 3, 50);
        long draftHere = participants.event(owes, "Szkic", ParticipantFixtures.day(9, 10), 3, 50);
        jdbc.sql("update event set status = 'DRAFT' where id = :id").param("id", draftHere).update();
        long elsewhere = participants.event(owes, "W Gdyni", ParticipantFixtures.day(8, 10), 3, 50);
        jdbc.sql("update event set gmina_teryt = :gdynia where id = :id").param("gdynia", GDYNIA)
                .param("id", elsewhere).update();
        RequestPostProcessor signedIn = user(users.principal(member));

        String page = panel(signedIn);

        String organisation = card(page, "own-organisation");
        assertThat(organisation).contains("Gmina Miasta Gdańska").contains("href=\"/organisations/" + gmina.id() + "\"");
        assertThat(count(organisation)).isPositive();
        assertThat(itemLinks(organisation)).contains("/organisations/" + gmina.id() + "/edit#email");

        String needsCard = card(page, "own-needs");
        assertThat(count(needsCard)).isEqualTo(
                JsonPath.<Integer>read(api(signedIn, "/api/v1/needs?own=true"), "$.totalElements").longValue())
                .isEqualTo(1);
        assertThat(itemLinks(needsCard)).containsExactly("/needs/" + need.id());

        String events = card(page, "gmina-events");
        assertThat(count(events)).isEqualTo(1);
        assertThat(itemLinks(events)).containsExactly("/events/" + here);
        assertThat(events).doesNotContain("W Gdyni").doesNotContain("Szkic");
        assertThat(page).doesNotContain("data-card=\"own-reports\"").doesNotContain("data-card=\"support-history\"");
    }

    @Test
    void partnerThatReportsNoNeedsAndHasNoGminaGetsWordsNotAnError() throws Exception {
        OrganisationView firm = registry.create(new OrganisationInput("Firma Przykładowa", null, Kind.BUSINESS, null,
                null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null, null,
                null, null, null, null));

        String page = panel(as(Role.PARTNER, firm));

        assertThat(card(page, "own-needs")).contains("Twoja instytucja może przeglądać potrzeby opublikowane");
        assertThat(card(page, "gmina-events")).contains("nie podano gminy")
                .contains("href=\"/organisations/" + firm.id() + "/edit#gminaTeryt\"");
    }

    // --- no organisation ---

    @Test
    void usersWithoutAnOpenOrganisationGetWordsInsteadOfCards() throws Exception {
        String none = panel(user(users.principal(users.create("pes-" + System.nanoTime(), Role.PES))));
        assertThat(card(none, "no-organisation")).contains("nie jest powiązane z żadną organizacją");

        OrganisationView owes = registry.owes("OWES Zamknięty", GDANSK);
        RequestPostProcessor staff = as(Role.OWES, owes);
        jdbc.sql("update organisation set status = 'CLOSED' where id = :id").param("id", owes.id()).update();
        String closed = panel(staff);
        assertThat(card(closed, "no-organisation")).contains("jest zamknięta w rejestrze");
        assertThat(closed).doesNotContain("data-card=\"own-reports\"").doesNotContain("data-card=\"own-events\"")
                .doesNotContain("data-card=\"support-hours\"");
    }

    // --- helpers ---

    private RequestPostProcessor as(Role role, OrganisationView organisation) {
        return user(users.principal(users.create(role.name().toLowerCase() + "-" + System.nanoTime(), role,
                organisation.id())));
    }

    private String panel(RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/panel").with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String api(RequestPostProcessor who, String path) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The card's section of the page; fails when the page has no such card. */
    private static String card(String page, String id) {
        int start = page.indexOf("data-card=\"" + id + "\"");
        assertThat(start).as("card " + id + " on the page").isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static Long count(String card) {
        Matcher number = Pattern.compile("card-count[^>]*>([^<]*)<").matcher(card);
        return number.find() ? Long.valueOf(number.group(1).replaceAll("\\D", "")) : null;
    }

    private static List<String> itemLinks(String card) {
        List<String> links = new ArrayList<>();
        Matcher item = Pattern.compile("<li[^>]*>\\s*<a href=\"([^\"]*)\"").matcher(card);
        while (item.find()) {
            links.add(item.group(1));
        }
        return links;
    }

    private static List<String> itemTexts(String card) {
        List<String> texts = new ArrayList<>();
        Matcher item = Pattern.compile("<li[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(card);
        while (item.find()) {
            texts.add(item.group(1).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip());
        }
        return texts;
    }

    private static Period lastQuarter() {
        return Period.containing(LocalDate.now(WARSAW), PeriodType.QUARTER).previous();
    }

    private static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    private long report(long owesId, String period, LocalDate deadline, String status) {
        Period parsed = Period.parse(period).orElseThrow();
        return jdbc.sql("""
                insert into owes_report (template_id, template_code, owes_id, period, period_end, deadline, status,
                    created_by)
                select id, code, :owes, :period, :end, :deadline, :status, 'test' from report_template
                where code = 'OWES_QUARTERLY' and current
                returning id""")
                .param("owes", owesId).param("period", period).param("end", parsed.end()).param("deadline", deadline)
                .param("status", status).query(Long.class).single();
    }

    private long plannedEvent(OrganisationView organiser, String title, OffsetDateTime startsAt) {
        return jdbc.sql("""
                insert into event (type, title, organiser_id, organiser_name, starts_at, ends_at, gmina_teryt, topics,
                    status, created_by)
                values ('TRAINING', :title, :organiser, :name, :starts, :ends, :gmina, '{ACCOUNTING}', 'PUBLISHED', 'test')
                returning id""")
                .param("title", title).param("organiser", organiser.id()).param("name", organiser.name())
                .param("starts", startsAt).param("ends", startsAt.plusHours(3)).param("gmina", GDANSK)
                .query(Long.class).single();
    }

    private void support(OrganisationView pes, OrganisationView owes, LocalDate day, String hours) {
        jdbc.sql("""
                insert into support_record (organisation_id, organisation_name, owes_id, owes_name, gmina_teryt, adviser,
                    support_date, hours, form, topic, created_by)
                values (:pes, :pesName, :owes, :owesName, :gmina, 'Doradca Testowy', :day, :hours, 'CONSULTING', 'LEGAL',
                    'test')""")
                .param("pes", pes.id()).param("pesName", pes.name()).param("owes", owes.id())
                .param("owesName", owes.name()).param("gmina", pes.gminaTeryt()).param("day", day)
                .param("hours", new BigDecimal(hours)).update();
    }

    private void registration(long eventId, OrganisationView organisation, RegistrationStatus status) {
        long id = participants.register(eventId, "Osoba " + System.nanoTime(), "osoba" + System.nanoTime()
                + "@example.org", organisation.name(), null, status);
        jdbc.sql("update event_registration set organisation_id = :org where id = :id").param("org", organisation.id())
                .param("id", id).update();
    }
}
