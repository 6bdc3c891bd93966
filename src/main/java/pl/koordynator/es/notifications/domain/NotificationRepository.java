package pl.koordynator.es.notifications.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String recipient, String subject, String body) {
        return jdbc.sql("""
                insert into notification (recipient, subject, body) values (:recipient, :subject, :body)
                returning id
                """).param("recipient", recipient).param("subject", subject).param("body", body)
                .query(Long.class).single();
    }

    void attach(long id, String name, String contentType, byte[] content) {
        jdbc.sql("update notification set attachment_name = :name, attachment_type = :type, attachment = :content where id = :id")
                .param("id", id).param("name", name).param("type", contentType).param("content", content).update();
    }

    /** The file sent with the e-mail, if any: its name, content type and content. */
    Optional<Object[]> attachment(long id) {
        return jdbc.sql("select attachment_name, attachment_type, attachment from notification where id = :id and attachment is not null")
                .param("id", id).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3)})
                .optional();
    }

    Optional<NotificationView> findById(long id) {
        return jdbc.sql("select * from notification where id = :id").param("id", id)
                .query(NotificationRepository::row).optional();
    }

    /**
     * Locks the row while it is being sent, so that the after-commit sending and the retry, or
     * two instances of the application, never send the same e-mail twice. Empty when it is no
     * longer queued or another sender holds it.
     */
    Optional<NotificationView> lockQueued(long id) {
        return jdbc.sql("select * from notification where id = :id and status = 'QUEUED' for update skip locked")
                .param("id", id).query(NotificationRepository::row).optional();
    }

    List<Long> dueIds(OffsetDateTime now, int maxAttempts, int limit) {
        return jdbc.sql("""
                select id from notification
                where status = 'QUEUED' and attempts < :maxAttempts and next_attempt_at <= :now
                order by next_attempt_at, id limit :limit
                """).param("now", now).param("maxAttempts", maxAttempts).param("limit", limit)
                .query(Long.class).list();
    }

    void markSent(long id, OffsetDateTime at, String note) {
        jdbc.sql("""
                update notification set status = 'SENT', attempts = attempts + 1, sent_at = :at, note = :note,
                    last_error = null
                where id = :id
                """).param("id", id).param("at", at).param("note", note).update();
    }

    void markAttemptFailed(long id, String error, NotificationStatus status, OffsetDateTime nextAttemptAt) {
        jdbc.sql("""
                update notification set status = :status, attempts = attempts + 1, last_error = :error,
                    next_attempt_at = :next
                where id = :id
                """).param("id", id).param("status", status.name()).param("error", error)
                .param("next", nextAttemptAt).update();
    }

    /** Returns false when the row is not FAILED (any more). */
    boolean requeueFailed(long id) {
        return jdbc.sql("""
                update notification set status = 'QUEUED', attempts = 0, next_attempt_at = now()
                where id = :id and status = 'FAILED'
                """).param("id", id).update() == 1;
    }

    /** The e-mails to the address or quoting it in subject or text ({@code email} in lower case), oldest first. */
    List<NotificationView> mentioning(String email) {
        return jdbc.sql("""
                select * from notification
                where lower(recipient) = :email or strpos(lower(subject), :email) > 0 or strpos(lower(body), :email) > 0
                order by created_at, id""").param("email", email).query(NotificationRepository::row).list();
    }

    PageOf<NotificationView> find(NotificationQuery query, Paging paging) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (query.status() != null) {
            where.append(" and status = :status");
            params.put("status", query.status().name());
        }
        if (query.recipient() != null && !query.recipient().isBlank()) {
            where.append(" and strpos(lower(recipient), lower(:recipient)) > 0");
            params.put("recipient", query.recipient().strip());
        }
        long total = jdbc.sql("select count(*) from notification" + where).params(params).query(Long.class).single();
        List<NotificationView> items = jdbc.sql("select * from notification" + where
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(NotificationRepository::row).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    private static NotificationView row(ResultSet rs, int rowNum) throws SQLException {
        return new NotificationView(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), NotificationStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getString("note"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("sent_at", OffsetDateTime.class));
    }
}
