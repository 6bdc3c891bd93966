package pl.koordynator.es.notifications.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;
import pl.koordynator.es.testing.MailServer.Mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NotificationPagesTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Test
    void administratorsSeeTheOutboxNewestFirstAndFilterItByStatusAndRecipient() throws Exception {
        notifications.toAddress("anna.kowalska@example.org", "Sprawozdanie OWES przyjęte", "Dziękujemy.");
        notifications.toAddress("jan.zielinski@example.org", "Przypomnienie o terminie", "Termin mija jutro.");
        MailServer.awaitReceived(2);
        long failed = failedEmail("biuro@owes.example.org", "Raport regionalny");

        String page = mvc.perform(get("/admin/notifications").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Wysłane e-maile"), containsString("E-maili: 3"),
                        containsString("Sprawozdanie OWES przyjęte"), containsString("Niewysłany"),
                        containsString("Connection refused"),
                        containsString("action=\"/admin/notifications/" + failed + "/resend\""),
                        containsString("Wyślij ponownie"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Raport regionalny")).isLessThan(page.indexOf("Przypomnienie o terminie"));

        mvc.perform(get("/admin/notifications").param("status", "FAILED").with(users.as(Role.ADMIN)))
                .andExpect(content().string(allOf(containsString("E-maili: 1"), containsString("biuro@owes.example.org"))))
                .andExpect(content().string(not(containsString("anna.kowalska@example.org"))));
        mvc.perform(get("/admin/notifications").param("recipient", "KOWALSKA").with(users.as(Role.ADMIN))
                        .header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("E-maili: 1"), containsString("anna.kowalska@example.org"),
                        not(containsString("<html")))))
                .andExpect(content().string(not(containsString("Wyślij ponownie"))));
    }

    @Test
    void aFailedEmailIsSentAgainFromTheList() throws Exception {
        long failed = failedEmail("biuro@owes.example.org", "Raport regionalny");

        mvc.perform(post("/admin/notifications/" + failed + "/resend").with(csrf()).with(users.as(Role.ADMIN)))
                .andExpect(redirectedUrl("/admin/notifications"))
                .andExpect(flash().attribute("message", "notifications.resent"));

        assertThat(MailServer.awaitReceived(1)).extracting(Mail::to).containsExactly(java.util.List.of("biuro@owes.example.org"));
        mvc.perform(post("/admin/notifications/" + failed + "/resend").with(csrf()).with(users.as(Role.ADMIN)))
                .andExpect(redirectedUrl("/admin/notifications"))
                .andExpect(flash().attribute("error", "notifications.resend.notFailed"));
    }

    @Test
    void theDashboardOfAnAdministratorLinksToTheOutbox() throws Exception {
        mvc.perform(get("/panel").with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("href=\"/admin/notifications\"")));
    }

    /** An e-mail that the mail server refused five times, as it is stored then. */
    private long failedEmail(String recipient, String subject) {
        return jdbc.sql("""
                insert into notification (recipient, subject, body, status, attempts, last_error)
                values (:recipient, :subject, 'Treść', 'FAILED', 5,
                    'org.springframework.mail.MailSendException: Mail server connection failed / java.net.ConnectException: Connection refused')
                returning id""").param("recipient", recipient).param("subject", subject).query(Long.class).single();
    }
}
