package pl.koordynator.es.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.reporting.ReportingFixtures;
import pl.koordynator.es.reporting.ReportingSettings;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** OWES that have not submitted are reminded once a day from a week before the deadline on. */
class ReportRemindersTest extends IntegrationTest {

    @Autowired
    TemplateRepository templates;
    @Autowired
    ReportRepository reportRows;
    @Autowired
    Organisations organisations;
    @Autowired
    ReportingText text;
    @Autowired
    ReportService reports;
    @Autowired
    ReportingFixtures fixtures;

    private final List<String> sent = new ArrayList<>();

    private final Notifications recording = new Notifications() {
        @Override
        public void toOrganisation(long organisationId, String subject, String text) {
            sent.add(organisationId + ": " + subject);
        }

        @Override
        public void toRole(Role role, String subject, String text) {
            sent.add(role + ": " + subject);
        }

        @Override
        public void toAddress(String email, String subject, String text) {
            sent.add(email + ": " + subject);
        }
    };

    private ReportReminders on(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ReportReminders(templates, reportRows, organisations, null, new ReportingSettings(7), text, clock);
    }

    @Test
    void remindsOncePerDayOnlyThoseWhoHaveNotSubmitted() {
        OrganisationView late = fixtures.owes("OWES Spóźniony");
        OrganisationView diligent = fixtures.owes("OWES Terminowy");
        reports.recordAtStartup(diligent.id(), "OWES_QUARTERLY", Period.quarter(2026, 3), Map.of("PES_SUPPORTED", 3,
                "PES_NEW", 1, "SE_NEW", 0, "JOBS_CREATED", 1, "JOBS_AT_RISK", 1, "CONSULTING_HOURS", 10,
                "TRAININGS", 1, "TRAINING_PARTICIPANTS", 5, "JST_COOPERATING", 1, "PARTNERSHIPS", 0),
                ReportStatus.SUBMITTED, null, null);

        assertThat(on(LocalDate.of(2026, 10, 12)).remind(recording)).as("8 days before the deadline").isZero();
        assertThat(on(LocalDate.of(2026, 10, 13)).remind(recording)).isOne();
        assertThat(on(LocalDate.of(2026, 10, 13)).remind(recording)).as("the same day again").isZero();
        assertThat(on(LocalDate.of(2026, 10, 25)).remind(recording)).as("overdue").isOne();
        assertThat(sent).containsExactly(late.id() + ": Przypomnienie: sprawozdanie OWES 2026Q3",
                late.id() + ": Zaległe sprawozdanie OWES 2026Q3");
    }
}
