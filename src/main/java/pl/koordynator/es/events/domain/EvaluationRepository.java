package pl.koordynator.es.events.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evaluations in PostgreSQL; the summary is counted by the database. */
@Repository
class EvaluationRepository {

    static final List<String> RATINGS = List.of("overall", "usefulness", "organisation");

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long registrationId) {
        return jdbc.sql("select exists (select 1 from event_evaluation where registration_id = :id)")
                .param("id", registrationId).query(Boolean.class).single();
    }

    /** Saves the evaluation; 0 when the registration already has one (the unique key decides, also under a race). */
    long insert(long registrationId, long eventId, EvaluationInput input, OffsetDateTime now) {
        return jdbc.sql("""
                insert into event_evaluation (registration_id, event_id, overall, usefulness, organisation, comment,
                    submitted_at)
                values (:registration, :event, :overall, :usefulness, :organisation, :comment, :now)
                on conflict (registration_id) do nothing
                returning id""")
                .param("registration", registrationId).param("event", eventId).param("overall", input.overall())
                .param("usefulness", input.usefulness()).param("organisation", input.organisation())
                .param("comment", input.comment()).param("now", now)
                .query(Long.class).optional().orElse(0L);
    }

    int attendees(long eventId) {
        return jdbc.sql("select count(*) from event_registration where event_id = :event and status = 'CONFIRMED' and attended")
                .param("event", eventId).query(Integer.class).single();
    }

    EvaluationSummary summary(EventView event) {
        List<EvaluationSummary.Rating> ratings = new ArrayList<>();
        int answers = 0;
        for (String rating : RATINGS) {
            // the column name comes from the fixed list above, never from input
            List<Integer> counts = new ArrayList<>(List.of(0, 0, 0, 0, 0));
            jdbc.sql("select " + rating + " as grade, count(*) as n from event_evaluation where event_id = :event group by 1")
                    .param("event", event.id())
                    .query((rs, row) -> counts.set(rs.getInt("grade") - 1, rs.getInt("n"))).list();
            int total = counts.stream().mapToInt(Integer::intValue).sum();
            answers = total;
            Double mean = total == 0 ? null : jdbc.sql("select avg(" + rating + ")::float8 from event_evaluation where event_id = :event")
                    .param("event", event.id()).query(Double.class).single();
            ratings.add(new EvaluationSummary.Rating(rating, mean, List.copyOf(counts)));
        }
        List<EvaluationSummary.Comment> comments = jdbc.sql("""
                select comment, submitted_at from event_evaluation where event_id = :event and comment is not null
                order by submitted_at desc, id desc""")
                .param("event", event.id())
                .query((rs, row) -> new EvaluationSummary.Comment(rs.getString("comment"),
                        rs.getObject("submitted_at", OffsetDateTime.class))).list();
        return new EvaluationSummary(event, answers, attendees(event.id()), ratings, comments);
    }

    /** Attendees of published events that ended within the window who have not been asked yet. */
    List<RegistrationView> dueForEvaluation(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select r.* from event_registration r join event e on e.id = r.event_id
                where e.status = 'PUBLISHED' and e.ends_at >= :from and e.ends_at < :to
                  and r.status = 'CONFIRMED' and r.attended and r.evaluation_requested_at is null
                order by r.id""")
                .param("from", from).param("to", to).query(RegistrationRepository::map).list();
    }

    /** Records that the person was asked; false when another instance did it first. */
    boolean claimRequest(long registrationId, OffsetDateTime now) {
        return jdbc.sql("""
                update event_registration set evaluation_requested_at = :now
                where id = :id and evaluation_requested_at is null""")
                .param("id", registrationId).param("now", now).update() == 1;
    }
}
