package pl.koordynator.es.notifications.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails that failed for good, for ROPS's dashboard: one query whatever their number. Only
 * subjects and times leave here, no addresses, so the dashboard shows no personal data. Callers
 * check the role.
 */
@Component
public class NotificationsRegionalQueues {

    public record FailedEmail(long id, String subject, OffsetDateTime createdAt) {
    }

    /** Every failed e-mail counted, the newest first, as the outbox filtered to failed lists them. */
    public record Failed(long total, List<FailedEmail> first) {
    }

    private final JdbcClient jdbc;

    NotificationsRegionalQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Failed failed(int first) {
        long[] total = {0};
        List<FailedEmail> emails = new ArrayList<>();
        jdbc.sql("""
                select id, subject, created_at, count(*) over () as total from notification
                where status = 'FAILED' order by created_at desc, id desc limit :first""")
                .param("first", first)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return emails.add(new FailedEmail(rs.getLong("id"), rs.getString("subject"),
                            rs.getObject("created_at", OffsetDateTime.class)));
                }).list();
        return new Failed(total[0], emails);
    }
}
