package pl.koordynator.es.notifications.web;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.PanelCards;
import pl.koordynator.es.testing.PanelCards.Card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The failed e-mails card of ROPS's dashboard against the outbox filtered to failed e-mails. */
class NotificationsCardsForRopsTest extends IntegrationTest {

    @Test
    void failedEmailsAreCountedAsTheOutboxCountsThemNewestFirstWithoutTheirRecipients() throws Exception {
        email("QUEUED", "W kolejce", "2026-12-01T10:00:00Z");
        email("SENT", "Wysłany", "2026-12-01T11:00:00Z");
        email("FAILED", "Przypomnienie o terminie", "2026-12-02T09:15:00Z");
        email("FAILED", "Sprawozdanie zwrócone", "2026-12-03T08:30:00Z");

        Card card = PanelCards.of(mvc, users.as(Role.ADMIN)).get("rops-emails-failed");

        mvc.perform(get("/admin/notifications").param("status", "FAILED").with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("E-maili: " + card.count())));
        assertThat(card.count()).isEqualTo(2);
        assertThat(card.items()).extracting(PanelCards.Item::text)
                .containsExactly("Sprawozdanie zwrócone", "Przypomnienie o terminie");
        assertThat(card.items()).extracting(PanelCards.Item::note)
                .containsExactly("z 03.12.2026 09:30", "z 02.12.2026 10:15");
        assertThat(card.items()).allMatch(item -> item.url().equals("/admin/notifications?status=FAILED"));
        assertThat(card.moreUrl()).isEqualTo("/admin/notifications?status=FAILED");
        assertThat(card.toString()).doesNotContain("@example.org");
    }

    @Test
    void withNoFailedEmailTheCardSaysSoAndLeadsToTheOutbox() throws Exception {
        email("SENT", "Wysłany", "2026-12-01T11:00:00Z");

        Card card = PanelCards.of(mvc, users.as(Role.ADMIN)).get("rops-emails-failed");

        assertThat(card.count()).isZero();
        assertThat(card.empty()).isEqualTo("Wszystkie e-maile zostały wysłane lub czekają w kolejce.");
        assertThat(card.moreUrl()).isEqualTo("/admin/notifications");
    }

    private void email(String status, String subject, String createdAt) {
        jdbc.sql("""
                insert into notification (recipient, subject, body, status, attempts, created_at)
                values ('biuro@example.org', :subject, 'Treść', :status, 5, cast(:at as timestamptz))""")
                .param("subject", subject).param("status", status).param("at", createdAt).update();
    }
}
