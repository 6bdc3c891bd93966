package pl.koordynator.es.needs.domain;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.needs.NeedCategory;
import pl.koordynator.es.needs.PublishedNeed;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;

/** The needs published most recently, for the public home page; kept while no need changes. */
@Component
public class NeedsPublicRecent {

    private final JdbcClient jdbc;
    private final CachedAnswers<Integer, List<PublishedNeed>> answers;

    NeedsPublicRecent(JdbcClient jdbc, DataChanges changes) {
        this.jdbc = jdbc;
        this.answers = changes.cache(2, "needs");
    }

    /** At most {@code limit} published needs, the most recently published first. */
    @Transactional(readOnly = true)
    public List<PublishedNeed> recent(int limit) {
        return answers.get(limit, () -> jdbc.sql("""
                        select id, category, gmina_teryt, title, description, organisation_name, decided_at
                        from reported_need where status = 'PUBLISHED' order by decided_at desc, id desc limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new PublishedNeed(rs.getLong("id"), NeedCategory.valueOf(rs.getString("category")),
                        rs.getString("gmina_teryt"), rs.getString("title"), rs.getString("description"),
                        rs.getString("organisation_name"), rs.getObject("decided_at", OffsetDateTime.class)))
                .list());
    }
}
