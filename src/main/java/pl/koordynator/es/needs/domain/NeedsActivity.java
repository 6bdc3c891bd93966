package pl.koordynator.es.needs.domain;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.needs.NeedStatus;
import pl.koordynator.es.registry.ActivitySection;
import pl.koordynator.es.registry.ActivitySection.Figure;
import pl.koordynator.es.registry.ActivitySection.FigureGroup;
import pl.koordynator.es.registry.ActivitySection.Row;
import pl.koordynator.es.registry.OrganisationActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.shared.PlatformSettings;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * {@code needs-reported}: the needs reported for the organisation, newest first, as
 * {@link NeedAccess} lets the caller see them. Published needs are public, so every reader,
 * a visitor too, sees those; ROPS and the organisation's own people (those who report for it) also
 * see the ones waiting for a decision and the rejected ones, and anyone sees the ones they
 * submitted themselves. The figures (needs by status) and the first rows in one query.
 */
@Component("needsOrganisationActivity")
class NeedsActivity implements OrganisationActivity {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final NeedAccess access;
    private final ZoneId zone;

    NeedsActivity(JdbcClient jdbc, NeedAccess access, PlatformSettings settings) {
        this.jdbc = jdbc;
        this.access = access;
        this.zone = settings.timeZone();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySection> sections(OrganisationView organisation) {
        NeedAccess.Viewer viewer = access.viewer();
        boolean ownOrganisation = viewer.reporter() != null
                && Long.valueOf(organisation.id()).equals(viewer.reporter().organisationId());
        boolean all = viewer.admin() || ownOrganisation;
        record Reported(long id, String title, NeedStatus status, OffsetDateTime submittedAt, long total,
                long published, long submitted, long rejected) {
        }
        List<Reported> needs = jdbc.sql("""
                select id, title, status, submitted_at, count(*) over () as total,
                    count(*) filter (where status = 'PUBLISHED') over () as published,
                    count(*) filter (where status = 'SUBMITTED') over () as submitted,
                    count(*) filter (where status = 'REJECTED') over () as rejected
                from reported_need
                where organisation_id = :organisation
                  and (:all or status = 'PUBLISHED' or lower(submitted_by) = lower(cast(:username as text)))
                order by submitted_at desc, id desc limit :limit""")
                .param("organisation", organisation.id()).param("all", all)
                .param("username", viewer.user() == null ? null : viewer.user().username())
                .param("limit", ActivitySection.FIRST_ROWS)
                .query((rs, n) -> new Reported(rs.getLong("id"), rs.getString("title"),
                        NeedStatus.valueOf(rs.getString("status")), rs.getObject("submitted_at", OffsetDateTime.class),
                        rs.getLong("total"), rs.getLong("published"), rs.getLong("submitted"), rs.getLong("rejected")))
                .list();
        List<FigureGroup> figures = new ArrayList<>();
        long total = 0;
        if (!needs.isEmpty()) {
            Reported first = needs.get(0);
            total = first.total();
            List<Figure> byStatus = new ArrayList<>();
            byStatus.add(new Figure("PUBLISHED", message("history.needs.published"), first.published()));
            if (first.submitted() > 0) {
                byStatus.add(new Figure("SUBMITTED", message("history.needs.submitted"), first.submitted()));
            }
            if (first.rejected() > 0) {
                byStatus.add(new Figure("REJECTED", message("history.needs.rejected"), first.rejected()));
            }
            figures.add(new FigureGroup("byStatus", null, byStatus));
        }
        return List.of(new ActivitySection("needs-reported", 50, message("history.needs.title"), figures,
                needs.stream().map(need -> new Row(literal(need.title()), "/needs/" + need.id(),
                        message("history.needs.row", message("needs.status." + need.status()),
                                DATE.format(need.submittedAt().atZoneSameInstant(zone))))).toList(),
                total, ownOrganisation && viewer.mayReport() ? "/needs?own=true" : null,
                message("history.needs.more"), message("history.needs.empty")));
    }
}
