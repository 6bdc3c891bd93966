package pl.koordynator.es.catalogue.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.catalogue.NewsView;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;

/**
 * The latest public news for the home page, kept while the news tables are unchanged. A kept
 * answer also knows when the next scheduled item falls due: from then on it is computed again,
 * so an item scheduled for 10:00 is on the home page at 10:00 although no table changed.
 */
@Component
public class NewsHeadlines {

    private record Latest(List<NewsView> items, OffsetDateTime nextDue) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CachedAnswers<Long, Latest> cache;
    // a fresh key forces a new answer once the next scheduled item is due; only this instance's cache depends on it
    private final AtomicLong generation = new AtomicLong();

    NewsHeadlines(JdbcClient jdbc, Clock clock, DataChanges changes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = changes.cache(4, "catalogue-news");
    }

    /** The latest {@code count} published and due news items (count at most 10). */
    public List<NewsView> latest(int count) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long key = generation.get();
        Latest latest = cache.get(key, () -> compute(now));
        if (latest.nextDue() != null && !now.isBefore(latest.nextDue())) {
            generation.compareAndSet(key, key + 1);
            latest = cache.get(generation.get(), () -> compute(now));
        }
        return latest.items().subList(0, Math.min(count, latest.items().size()));
    }

    private Latest compute(OffsetDateTime now) {
        List<NewsView> items = jdbc.sql("""
                select n.id, n.title, n.lead, '' as body, n.categories, n.status, n.publish_at, n.slug, n.updated_at,
                    n.version, i.alt_text, i.width, i.height
                from catalogue_news n left join catalogue_news_image i on i.news_id = n.id
                where n.status = 'PUBLISHED' and n.publish_at <= :now order by n.publish_at desc, n.id desc limit 10""")
                .param("now", now).query(NewsService::view).list();
        OffsetDateTime nextDue = jdbc.sql(
                        "select min(publish_at) from catalogue_news where status = 'PUBLISHED' and publish_at > :now")
                .param("now", now).query(OffsetDateTime.class).optional().orElse(null);
        return new Latest(items, nextDue);
    }
}
