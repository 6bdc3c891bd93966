package pl.koordynator.es.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.reporting.ReportTransitioned;
import pl.koordynator.es.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Each transition is mailed to the other side, in Polish. */
class ReportMailsTest {

    private final List<String> sent = new ArrayList<>();

    private final Notifications recording = new Notifications() {
        @Override
        public void toOrganisation(long organisationId, String subject, String text) {
            sent.add("org " + organisationId + ": " + subject + " / " + text);
        }

        @Override
        public void toRole(Role role, String subject, String text) {
            sent.add("role " + role + ": " + subject + " / " + text);
        }

        @Override
        public void toAddress(String email, String subject, String text) {
            sent.add("address " + email + ": " + subject);
        }
    };

    private ReportMails mails() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/reporting");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new ReportMails(null, new ReportingText(source));
    }

    @Test
    void aSubmissionGoesToRopsAndDecisionsToTheOwes() {
        ReportMails mails = mails();
        mails.send(recording, new ReportTransitioned(7, 42, "OWES_QUARTERLY", "2025Q1", ReportStatus.DRAFT,
                ReportStatus.SUBMITTED, null, "owes.user"));
        mails.send(recording, new ReportTransitioned(7, 42, "OWES_QUARTERLY", "2025Q1", ReportStatus.SUBMITTED,
                ReportStatus.APPROVED, null, "admin"));
        mails.send(recording, new ReportTransitioned(7, 42, "OWES_QUARTERLY", "2025Q1", ReportStatus.SUBMITTED,
                ReportStatus.RETURNED, "Brak list obecności.", "admin"));
        mails.send(recording, new ReportTransitioned(7, 42, "OWES_QUARTERLY", "2025Q1", ReportStatus.APPROVED,
                ReportStatus.RETURNED, "Korekta po kontroli.", "admin"));

        assertThat(sent.get(0)).startsWith("role ADMIN: Sprawozdanie OWES 2025Q1 złożone");
        assertThat(sent.get(1)).startsWith("org 42: Sprawozdanie OWES 2025Q1 zatwierdzone");
        assertThat(sent.get(2)).startsWith("org 42: Sprawozdanie OWES 2025Q1 zwrócone do poprawy")
                .contains("Komentarz: Brak list obecności.");
        assertThat(sent.get(3)).startsWith("org 42: Sprawozdanie OWES 2025Q1 otwarte ponownie")
                .contains("Powód: Korekta po kontroli.");
    }
}
