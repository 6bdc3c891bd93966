package pl.koordynator.es.events.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar's measures over 2025: a training in Gdańsk (OWES; a cooperative, a business, the
 * gmina office and a person checked in, an association registered but absent), a workshop of ROPS
 * in Gdynia (the cooperative, a university and the labour office), an online campaign, a second
 * training in Gdynia (the cooperative and the business again), a meeting just after midnight of
 * New Year; and what must not count: a cancelled training with people checked in, a draft, a meeting
 * just before New Year and a training published for next week.
 */
class EventsProgrammeMeasuresTest extends IntegrationTest {

    private static final String GDANSK = "2261011";
    private static final String GDYNIA = "2262011";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    @Autowired
    RegistryFixtures registry;
    @Autowired
    EventsProgrammeMeasures measures;

    private OrganisationView cooperative;

    @BeforeEach
    void calendarOf2025() {
        OrganisationView owes = organisation("OWES Pomorze", Kind.OWES);
        cooperative = organisation("Spółdzielnia Socjalna Razem", Kind.SOCIAL_COOPERATIVE);
        OrganisationView association = organisation("Stowarzyszenie Nieobecne", Kind.NGO);
        OrganisationView business = organisation("Stocznia Partner sp. z o.o.", Kind.BUSINESS);
        OrganisationView university = organisation("Uniwersytet Gdański", Kind.SCIENCE);
        OrganisationView office = organisation("Urząd Gminy Żukowo", Kind.JST);
        OrganisationView labourOffice = organisation("Powiatowy Urząd Pracy w Gdyni", Kind.IRP);

        long training = event("TRAINING", owes, LocalDateTime.of(2025, 3, 10, 10, 0), GDANSK, "PUBLISHED", null);
        checkedIn(training, cooperative, true);
        checkedIn(training, business, true);
        checkedIn(training, office, true);
        checkedIn(training, null, true);
        checkedIn(training, association, false);
        long workshop = event("WORKSHOP", null, LocalDateTime.of(2025, 5, 20, 10, 0), GDYNIA, "PUBLISHED", null);
        checkedIn(workshop, cooperative, true);
        checkedIn(workshop, university, true);
        checkedIn(workshop, labourOffice, true);
        event("CAMPAIGN", owes, LocalDateTime.of(2025, 6, 1, 9, 0), null, "PUBLISHED", 1500);
        long again = event("TRAINING", owes, LocalDateTime.of(2025, 9, 9, 10, 0), GDYNIA, "PUBLISHED", null);
        checkedIn(again, cooperative, true);
        checkedIn(again, business, true);
        event("MEETING", owes, LocalDateTime.of(2025, 1, 1, 0, 30), GDANSK, "PUBLISHED", null);

        long cancelled = event("TRAINING", owes, LocalDateTime.of(2025, 4, 1, 10, 0), GDANSK, "CANCELLED", null);
        checkedIn(cancelled, association, true);
        checkedIn(cancelled, business, true);
        event("MEETING", owes, LocalDateTime.of(2025, 4, 2, 10, 0), GDANSK, "DRAFT", null);
        event("MEETING", owes, LocalDateTime.of(2024, 12, 31, 23, 30), GDANSK, "PUBLISHED", null);
        event("TRAINING", owes, LocalDate.now(WARSAW).plusDays(7).atTime(10, 0), GDANSK, "PUBLISHED", null);
    }

    @Test
    void eventsHeldArePublishedOnesThatStartedInTheDaysByThePowiatOfTheirGmina() {
        MeasureValue year = measures.compute("events.held", START, END);
        assertThat(year.value()).isEqualByComparingTo("5");
        // the online campaign counts in the region only
        assertThat(year.byPowiat()).isEqualTo(Map.of("2261", BigDecimal.valueOf(2), "2262", BigDecimal.valueOf(2)));
        assertThat(year.listUrl()).isEqualTo("/events?past=true");
        MeasureValue quarter = measures.compute("events.held", START, LocalDate.of(2025, 3, 31));
        assertThat(quarter.value()).isEqualByComparingTo("2");
        assertThat(sum(quarter.byPowiat())).isEqualByComparingTo(quarter.value());
        assertThat(value("events.held", LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31))).isEqualByComparingTo("1");

        assertThat(value("events.held.training", START, END)).isEqualByComparingTo("2");
        assertThat(value("events.held.workshop", START, END)).isEqualByComparingTo("1");
        assertThat(value("events.held.campaign", START, END)).isEqualByComparingTo("1");
        assertThat(value("events.held.meeting", START, END)).isEqualByComparingTo("1");
        assertThat(value("events.held.conference", START, END)).isEqualByComparingTo("0");
        assertThat(measures.compute("events.held.training", START, END).listUrl()).isEqualTo("/events?past=true&type=TRAINING");

        assertThat(value("events.held", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).isEqualByComparingTo("0");
        // published for next week: not held yet
        LocalDate today = LocalDate.now(WARSAW);
        assertThat(value("events.held", today, today.plusDays(30))).isEqualByComparingTo("0");
    }

    @Test
    void participantsArePeopleCheckedInAtEventsHeld() {
        MeasureValue year = measures.compute("events.participants", START, END);
        assertThat(year.value()).isEqualByComparingTo("9");
        assertThat(year.byPowiat()).isEqualTo(Map.of("2261", BigDecimal.valueOf(4), "2262", BigDecimal.valueOf(5)));
        assertThat(sum(year.byPowiat())).isEqualByComparingTo(year.value());
        assertThat(value("events.participants.training", START, END)).isEqualByComparingTo("6");
        assertThat(value("events.participants.workshop", START, END)).isEqualByComparingTo("3");
        assertThat(value("events.participants", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30))).isEqualByComparingTo("0");
    }

    @Test
    void campaignReachIsWhatTheOrganisersEnteredForTheCampaignsHeld() {
        MeasureValue reach = measures.compute("events.campaign-reach", START, END);
        assertThat(reach.value()).isEqualByComparingTo("1500");
        assertThat(reach.byPowiat()).isEmpty();
        assertThat(reach.listUrl()).isEqualTo("/events?past=true&type=CAMPAIGN");
        assertThat(value("events.campaign-materials", START, END)).isEqualByComparingTo("300");
        assertThat(value("events.campaign-reach", LocalDate.of(2025, 7, 1), END)).isEqualByComparingTo("0");
    }

    @Test
    void tiesArePairsOfAPesAndABusinessOrScienceOrganisationAtTheSameEventEachOnce() {
        // the cooperative with the business (twice) and with the university; the absent association makes none
        assertThat(value("events.pes-business-ties", START, END)).isEqualByComparingTo("2");
        assertThat(value("events.pes-business-ties", START, LocalDate.of(2025, 3, 31))).isEqualByComparingTo("1");
        assertThat(value("events.pes-business-ties", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30))).isEqualByComparingTo("0");
        assertThat(measures.compute("events.pes-business-ties", START, END).byPowiat()).isEmpty();
    }

    @Test
    void cooperationInReintegrationNeedsThreeKindsOfInstitutionsAtAnEvent() {
        // the training: OWES (organiser), PES, JST; the workshop: ROPS as JSPS, PES, IRP; the second training has two kinds
        MeasureValue year = measures.compute("events.reintegration-cooperation", START, END);
        assertThat(year.value()).isEqualByComparingTo("2");
        assertThat(year.byPowiat()).isEqualTo(Map.of("2261", BigDecimal.ONE, "2262", BigDecimal.ONE));
        assertThat(value("events.reintegration-cooperation", LocalDate.of(2025, 6, 1), END)).isEqualByComparingTo("0");
    }

    @Test
    void everyTypeHasItsCodesAndAnotherCodeIsNoMeasureOfTheCalendar() {
        assertThat(measures.measures()).extracting(Measure::code).contains("events.held", "events.held.training",
                "events.held.study_visit", "events.participants", "events.participants.network_meeting",
                "events.campaign-reach", "events.pes-business-ties", "events.reintegration-cooperation");
        assertThat(measures.measures()).allMatch(m -> m.kind() == Measure.Kind.FLOW);
        assertThatThrownBy(() -> measures.compute("events.held.party", START, END))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> measures.compute("events.cancelled", START, END))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private BigDecimal value(String code, LocalDate from, LocalDate to) {
        return measures.compute(code, from, to).value();
    }

    private OrganisationView organisation(String name, Kind kind) {
        return registry.create(new OrganisationInput(name, null, kind, null, null, null, GDANSK, null, null, null, null,
                null, null, null, List.of(), null, null, null, null, null, null, null, null, null));
    }

    /** An event as the organiser's form and the calendar would leave it (past events cannot be created through the form). */
    private long event(String type, OrganisationView organiser, LocalDateTime start, String gmina, String status,
            Integer reached) {
        OffsetDateTime starts = start.atZone(WARSAW).toOffsetDateTime();
        return jdbc.sql("""
                insert into event (type, title, organiser_id, organiser_name, starts_at, ends_at, gmina_teryt, online_url,
                    status, people_reached, materials_distributed, created_by)
                values (:type, :title, :organiser, :organiserName, :starts, :ends, :gmina, :online, :status, :reached,
                    :materials, 'test')
                returning id""")
                .param("type", type).param("title", type + " " + start)
                .param("organiser", organiser == null ? null : organiser.id())
                .param("organiserName", organiser == null ? "ROPS" : organiser.name())
                .param("starts", starts).param("ends", starts.plusHours(3)).param("gmina", gmina)
                .param("online", gmina == null ? "https://example.org/kampania" : null).param("status", status)
                .param("reached", reached).param("materials", reached == null ? null : reached / 5)
                .query(Long.class).single();
    }

    /** Someone registered for the organisation (or for no one), checked in or not. */
    private void checkedIn(long event, OrganisationView organisation, boolean attended) {
        jdbc.sql("""
                insert into event_registration (event_id, name, email, organisation_id, organisation_name, consent_at,
                    consent_version, status, token, attended, attendance_marked_at)
                values (:event, 'Jan Nowak', :email, :organisation, :name, now(), '1', 'CONFIRMED', :token, :attended,
                    case when :attended then now() end)""")
                .param("event", event).param("email", "jan" + System.nanoTime() + "@example.org")
                .param("organisation", organisation == null ? null : organisation.id())
                .param("name", organisation == null ? null : organisation.name())
                .param("token", UUID.randomUUID()).param("attended", attended).update();
    }

    private static BigDecimal sum(Map<String, BigDecimal> values) {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
