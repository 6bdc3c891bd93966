package pl.koordynator.es.catalogue.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.catalogue.CatalogueNews;
import pl.koordynator.es.catalogue.NewsCategory;
import pl.koordynator.es.catalogue.NewsImageFile;
import pl.koordynator.es.catalogue.NewsInput;
import pl.koordynator.es.catalogue.NewsStatus;
import pl.koordynator.es.catalogue.NewsView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * News items: ROPS writes, publishes (now or from a later time) and deletes them; everyone reads
 * those published and due. "Due" is decided by the database's comparison with the injected
 * clock's now, so a scheduled item appears on the first request after its time on every instance.
 */
@Service
public class NewsService implements CatalogueNews {

    static final String ENTITY = "CatalogueNews";
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final String SELECT = """
            select n.id, n.title, n.lead, n.body, n.categories, n.status, n.publish_at, n.slug, n.updated_at,
                n.version, i.alt_text, i.width, i.height
            from catalogue_news n left join catalogue_news_image i on i.news_id = n.id""";
    private static final String DUE = " n.status = 'PUBLISHED' and n.publish_at <= :now";

    private final JdbcClient jdbc;
    private final NewsChecks checks;
    private final NewsPictures pictures;
    private final AuditTrail audit;
    private final Clock clock;

    NewsService(JdbcClient jdbc, NewsChecks checks, NewsPictures pictures, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.pictures = pictures;
        this.audit = audit;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<NewsView> published(NewsCategory category, Paging paging) {
        String where = " where" + DUE + (category == null ? "" : " and :category = any(n.categories)");
        Map<String, Object> params = new HashMap<>();
        params.put("now", now());
        if (category != null) {
            params.put("category", category.name());
        }
        long total = jdbc.sql("select count(*) from catalogue_news n" + where).params(params).query(Long.class).single();
        List<NewsView> items = jdbc.sql(SELECT + where + " order by n.publish_at desc, n.id desc limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(NewsService::view).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    @Override
    @Transactional(readOnly = true)
    public NewsView publishedNews(long id) {
        return jdbc.sql(SELECT + " where n.id = :id and" + DUE).param("id", id).param("now", now())
                .query(NewsService::view).optional().orElseThrow(() -> new NotFoundException("news", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NewsView> publishedBySlug(String slug) {
        return jdbc.sql(SELECT + " where n.slug = :slug and" + DUE).param("slug", slug).param("now", now())
                .query(NewsService::view).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<NewsView> all(Paging paging) {
        checks.requireAdmin("manages news");
        long total = jdbc.sql("select count(*) from catalogue_news").query(Long.class).single();
        List<NewsView> items = jdbc.sql(SELECT + " order by n.publish_at desc, n.id desc limit :limit offset :offset")
                .param("limit", paging.size()).param("offset", paging.offset()).query(NewsService::view).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    @Override
    @Transactional(readOnly = true)
    public NewsView news(long id) {
        checks.requireAdmin("manages news");
        return find(id);
    }

    private NewsView find(long id) {
        return jdbc.sql(SELECT + " where n.id = :id").param("id", id).query(NewsService::view).optional()
                .orElseThrow(() -> new NotFoundException("news", id));
    }

    @Override
    @Transactional
    public NewsView create(NewsInput input) {
        checks.requireAdmin("writes news");
        check(input, null);
        long id;
        try {
            id = jdbc.sql("""
                    insert into catalogue_news (title, lead, body, categories, publish_at, slug, author_id)
                    values (:title, :lead, :body, :categories, :publishAt, :slug, :author) returning id""")
                    .params(params(input)).param("author", checks.userId()).query(Long.class).single();
        } catch (DuplicateKeyException taken) {
            throw InvalidInputException.of("slug", "catalogue.news.slug.taken");
        }
        audit.created(ENTITY, id, state(find(id)));
        return find(id);
    }

    @Override
    @Transactional
    public NewsView update(long id, NewsInput input) {
        checks.requireAdmin("writes news");
        NewsView before = find(id);
        check(input, id);
        int updated;
        try {
            updated = jdbc.sql("""
                    update catalogue_news set title = :title, lead = :lead, body = :body, categories = :categories,
                        publish_at = :publishAt, slug = :slug, updated_at = now(), version = version + 1
                    where id = :id and (cast(:version as integer) is null or version = :version)""")
                    .params(params(input)).param("id", id).param("version", input.version()).update();
        } catch (DuplicateKeyException taken) {
            throw InvalidInputException.of("slug", "catalogue.news.slug.taken");
        }
        if (updated == 0) {
            throw new ConflictException("catalogue.news.changedMeanwhile", "the news item was changed by someone else");
        }
        NewsView after = find(id);
        audit.updated(ENTITY, id, state(before), state(after));
        return after;
    }

    @Override
    @Transactional
    public NewsView publish(long id) {
        return status(id, NewsStatus.PUBLISHED);
    }

    @Override
    @Transactional
    public NewsView unpublish(long id) {
        return status(id, NewsStatus.DRAFT);
    }

    private NewsView status(long id, NewsStatus status) {
        checks.requireAdmin("publishes news");
        NewsView before = find(id);
        jdbc.sql("""
                update catalogue_news set status = :status, updated_at = now(), version = version + 1,
                    publish_at = case when :status = 'PUBLISHED' then greatest(publish_at, :now) else publish_at end
                where id = :id""").param("now", now())
                .param("status", status.name()).param("id", id).update();
        NewsView after = find(id);
        audit.updated(ENTITY, id, Map.of("status", before.status().name()), Map.of("status", status.name()));
        return after;
    }

    @Override
    @Transactional
    public void delete(long id) {
        checks.requireAdmin("deletes news");
        NewsView before = find(id);
        jdbc.sql("delete from catalogue_news where id = :id").param("id", id).update();
        audit.deleted(ENTITY, id, state(before));
    }

    @Override
    @Transactional
    public NewsView setImage(long id, byte[] content, String alt) {
        checks.requireAdmin("writes news");
        NewsView before = find(id);
        List<FieldProblem> problems = new ArrayList<>();
        String altText = NewsChecks.blankToNull(alt);
        if (altText == null) {
            problems.add(new FieldProblem("alt", "catalogue.news.image.altRequired"));
        } else if (altText.length() > 300) {
            problems.add(new FieldProblem("alt", "catalogue.news.field.tooLong", new Object[] {300}));
        }
        if (content == null || content.length == 0) {
            problems.add(new FieldProblem("image", "catalogue.news.image.required"));
        }
        NewsChecks.throwIfAny(problems);
        NewsPictures.Picture picture = pictures.process(content);
        jdbc.sql("""
                insert into catalogue_news_image (news_id, alt_text, content_type, width, height, thumbnail, large, sha256)
                values (:id, :alt, :type, :width, :height, :thumbnail, :large, :sha)
                on conflict (news_id) do update set alt_text = excluded.alt_text, content_type = excluded.content_type,
                    width = excluded.width, height = excluded.height, thumbnail = excluded.thumbnail,
                    large = excluded.large, sha256 = excluded.sha256, created_at = now()""")
                .param("id", id).param("alt", altText).param("type", picture.contentType())
                .param("width", picture.width()).param("height", picture.height())
                .param("thumbnail", picture.thumbnail()).param("large", picture.large()).param("sha", picture.sha256())
                .update();
        jdbc.sql("update catalogue_news set updated_at = now(), version = version + 1 where id = :id").param("id", id)
                .update();
        audit.updated(ENTITY, id, Map.of("image", before.image() == null ? "" : before.image().alt()),
                Map.of("image", altText));
        return find(id);
    }

    @Override
    @Transactional
    public NewsView removeImage(long id) {
        checks.requireAdmin("writes news");
        NewsView before = find(id);
        if (jdbc.sql("delete from catalogue_news_image where news_id = :id").param("id", id).update() > 0) {
            jdbc.sql("update catalogue_news set updated_at = now(), version = version + 1 where id = :id")
                    .param("id", id).update();
            audit.updated(ENTITY, id, Map.of("image", before.image().alt()), Map.of("image", ""));
        }
        return find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NewsImageFile> image(long id, boolean large) {
        // ROPS previews drafts with their pictures; everyone else sees the pictures of public items only
        boolean admin = checks.isAdmin();
        return jdbc.sql("select i." + (large ? "large" : "thumbnail") + ", i.content_type, i.sha256"
                        + " from catalogue_news_image i join catalogue_news n on n.id = i.news_id where i.news_id = :id"
                        + (admin ? "" : " and" + DUE))
                .param("id", id).param("now", now())
                .query((rs, row) -> new NewsImageFile(rs.getBytes(1), rs.getString(2), rs.getString(3))).optional();
    }

    private void check(NewsInput input, Long id) {
        List<FieldProblem> problems = new ArrayList<>(checks.problems(input));
        String slug = NewsChecks.blankToNull(input.slug());
        if (slug != null && !slug.matches(SLUG)) {
            problems.add(new FieldProblem("slug", "catalogue.news.slug.invalid"));
        }
        NewsChecks.throwIfAny(problems);
    }

    private Map<String, Object> params(NewsInput input) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", input.title().strip());
        params.put("lead", input.lead().strip());
        params.put("body", input.body().strip());
        params.put("categories", categories(input.categories()));
        params.put("publishAt", input.publishAt() == null ? now() : input.publishAt());
        params.put("slug", NewsChecks.blankToNull(input.slug()));
        return params;
    }

    private static String[] categories(List<NewsCategory> categories) {
        return categories == null ? new String[0]
                : new LinkedHashSet<>(categories).stream().filter(java.util.Objects::nonNull).map(Enum::name)
                        .toArray(String[]::new);
    }

    private static Map<String, Object> state(NewsView news) {
        Map<String, Object> state = new HashMap<>();
        state.put("title", news.title());
        state.put("lead", news.lead());
        state.put("categories", news.categories().toString());
        state.put("status", news.status().name());
        state.put("publishAt", news.publishAt().toString());
        state.put("slug", news.slug() == null ? "" : news.slug());
        return state;
    }

    static NewsView view(ResultSet rs, int row) throws SQLException {
        List<NewsCategory> categories = new ArrayList<>();
        Array array = rs.getArray("categories");
        for (Object name : array == null ? new Object[0] : (Object[]) array.getArray()) {
            categories.add(NewsCategory.valueOf((String) name));
        }
        String alt = rs.getString("alt_text");
        return new NewsView(rs.getLong("id"), rs.getString("title"), rs.getString("lead"), rs.getString("body"),
                List.copyOf(categories), NewsStatus.valueOf(rs.getString("status")),
                rs.getObject("publish_at", OffsetDateTime.class), rs.getString("slug"),
                alt == null ? null : new NewsView.Image(alt, rs.getInt("width"), rs.getInt("height")),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
