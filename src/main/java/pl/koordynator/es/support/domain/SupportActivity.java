package pl.koordynator.es.support.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.registry.ActivitySection;
import pl.koordynator.es.registry.ActivitySection.Figure;
import pl.koordynator.es.registry.ActivitySection.FigureGroup;
import pl.koordynator.es.registry.ActivitySection.Row;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.support.domain.SupportAccess.Viewer;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * Support in an organisation's history, by the rules of {@link SupportAccess}: who was supported
 * is ROPS's, the supporting OWES's and the PES's own business, so visitors, partners, the committee
 * and other PES get nothing here.
 * <ul>
 * <li>{@code support-received}, on a PES's card: hours by form, by topic and by OWES, one row per
 * OWES linking to the support list filtered to that PES and OWES. ROPS and the PES itself see all of
 * it, the staff of an OWES only their own OWES's support.</li>
 * <li>{@code support-given}, on an OWES's card: the hours it gave by form and topic, and the PES it
 * supported, for ROPS and for that OWES's staff.</li>
 * </ul>
 * Two queries per section, whatever the number of records.
 */
@Component("supportOrganisationActivity")
class SupportActivity implements OrganisationActivity {

    private final JdbcClient jdbc;
    private final SupportAccess access;

    SupportActivity(JdbcClient jdbc, SupportAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySection> sections(OrganisationView organisation) {
        Viewer viewer = access.viewer();
        if (organisation.kind().isPes()) {
            boolean whole = viewer.admin() || (viewer.pesId() != null && viewer.pesId() == organisation.id());
            if (whole || viewer.owesId() != null) {
                return List.of(received(organisation, whole ? null : viewer.owesId(), viewer.pesId() != null));
            }
        } else if (organisation.kind() == Kind.OWES
                && (viewer.admin() || (viewer.owesId() != null && viewer.owesId() == organisation.id()))) {
            return List.of(given(organisation));
        }
        return List.of();
    }

    /** What the PES received; {@code owesId} narrows it to one OWES's support (null: all of it). */
    private ActivitySection received(OrganisationView pes, Long owesId, boolean readByThePes) {
        Totals totals = totals("organisation_id", pes.id(), owesId);
        record ByOwes(long id, String name, BigDecimal hours, long records) {
        }
        List<ByOwes> byOwes = jdbc.sql("""
                select owes_id, min(owes_name) as owes_name, sum(hours) as hours, count(*) as records
                from support_record
                where organisation_id = :organisation and (cast(:owes as bigint) is null or owes_id = :owes)
                group by owes_id order by sum(hours) desc, owes_id""")
                .param("organisation", pes.id()).param("owes", owesId)
                .query((rs, n) -> new ByOwes(rs.getLong("owes_id"), rs.getString("owes_name"),
                        rs.getBigDecimal("hours"), rs.getLong("records")))
                .list();
        String history = "/support/pes/" + pes.id();
        return new ActivitySection("support-received", 30, message("history.support.received.title"),
                totals.groups(), byOwes.stream().map(owes -> new Row(literal(owes.name()),
                        readByThePes ? history : "/support?organisationId=" + pes.id() + "&owesId=" + owes.id(),
                        message("history.support.hoursAndRecords", owes.hours(), owes.records()))).toList(),
                byOwes.size(), totals.records() == 0 ? null : history,
                message("history.support.received.more", totals.records()),
                message("history.support.received.empty"));
    }

    private ActivitySection given(OrganisationView owes) {
        Totals totals = totals("owes_id", owes.id(), null);
        record ToPes(long id, String name, BigDecimal hours, long records, long total) {
        }
        List<ToPes> toPes = jdbc.sql("""
                select organisation_id, min(organisation_name) as organisation_name, sum(hours) as hours,
                    count(*) as records, count(*) over () as total
                from support_record where owes_id = :owes
                group by organisation_id order by sum(hours) desc, organisation_id limit :limit""")
                .param("owes", owes.id()).param("limit", ActivitySection.FIRST_ROWS)
                .query((rs, n) -> new ToPes(rs.getLong("organisation_id"), rs.getString("organisation_name"),
                        rs.getBigDecimal("hours"), rs.getLong("records"), rs.getLong("total")))
                .list();
        long supported = toPes.isEmpty() ? 0 : toPes.get(0).total();
        List<FigureGroup> groups = new ArrayList<>(totals.groups());
        if (!groups.isEmpty()) {
            List<Figure> headline = new ArrayList<>(groups.get(0).figures());
            headline.add(new Figure("pes", message("history.support.given.pes"), supported));
            groups.set(0, new FigureGroup(groups.get(0).key(), null, headline));
        }
        return new ActivitySection("support-given", 31, message("history.support.given.title"), groups,
                toPes.stream().map(pes -> new Row(literal(pes.name()),
                        "/support?organisationId=" + pes.id() + "&owesId=" + owes.id(),
                        message("history.support.hoursAndRecords", pes.hours(), pes.records()))).toList(),
                supported, totals.records() == 0 ? null : "/support?owesId=" + owes.id(),
                message("history.support.given.more", totals.records()), message("history.support.given.empty"));
    }

    /** Records and hours, by form and by topic, in one pass. */
    private Totals totals(String column, long id, Long owesId) {
        Totals totals = new Totals();
        jdbc.sql("""
                select form, topic, grouping(form) as all_forms, grouping(topic) as all_topics, count(*) as records,
                    sum(hours) as hours
                from support_record
                where %s = :id and (cast(:owes as bigint) is null or owes_id = :owes)
                group by grouping sets ((), (form), (topic))
                order by hours desc, form, topic""".formatted(column))
                .param("id", id).param("owes", owesId)
                .query(rs -> {
                    boolean allForms = rs.getInt("all_forms") == 1;
                    boolean allTopics = rs.getInt("all_topics") == 1;
                    BigDecimal hours = rs.getBigDecimal("hours");
                    if (allForms && allTopics) {
                        totals.records = rs.getLong("records");
                        totals.hours = hours == null ? BigDecimal.ZERO : hours;
                    } else if (allTopics) {
                        String form = rs.getString("form");
                        totals.byForm.add(new Figure(form, message("support.form." + form), hours));
                    } else {
                        String topic = rs.getString("topic");
                        totals.byTopic.add(new Figure(topic, message("support.topic." + topic), hours));
                    }
                });
        return totals;
    }

    private static final class Totals {
        long records;
        BigDecimal hours = BigDecimal.ZERO;
        final List<Figure> byForm = new ArrayList<>();
        final List<Figure> byTopic = new ArrayList<>();

        long records() {
            return records;
        }

        /** Nothing at all when there is no record: the section then says so in words. */
        List<FigureGroup> groups() {
            if (records == 0) {
                return List.of();
            }
            List<Figure> headline = new ArrayList<>(List.of(
                    new Figure("hours", message("history.support.hours"), hours),
                    new Figure("records", message("history.support.records"), records)));
            List<FigureGroup> groups = new ArrayList<>();
            groups.add(new FigureGroup("total", null, headline));
            groups.add(new FigureGroup("byForm", message("history.support.byForm"), byForm));
            groups.add(new FigureGroup("byTopic", message("history.support.byTopic"), byTopic));
            return groups;
        }
    }
}
