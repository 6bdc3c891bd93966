package pl.koordynator.es.catalogue.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.catalogue.CampaignAudience;
import pl.koordynator.es.catalogue.CampaignChannel;
import pl.koordynator.es.catalogue.CampaignInput;
import pl.koordynator.es.catalogue.CampaignStatus;
import pl.koordynator.es.catalogue.CampaignView;
import pl.koordynator.es.catalogue.SocialCampaigns;
import pl.koordynator.es.events.EventAttendance;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.Events;
import pl.koordynator.es.events.PlannedEvent;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Social campaigns: ROPS plans them (goal, period, audiences, channels, planned KPIs), links the
 * calendar's campaign events, enters what was achieved and publishes the results page. Events are
 * read through the events facade only, and only events of type CAMPAIGN may be linked.
 */
@Service
public class CampaignService implements SocialCampaigns {

    static final String ENTITY = "SocialCampaign";

    private final JdbcClient jdbc;
    private final NewsChecks checks;
    private final Events events;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    CampaignService(JdbcClient jdbc, NewsChecks checks, Events events, AuditTrail audit, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.checks = checks;
        this.events = events;
        this.audit = audit;
    }

    private record Row(long id, String name, String goal, LocalDate startsOn, LocalDate endsOn,
            List<CampaignAudience> audiences, List<CampaignChannel> channels, Integer plannedReach,
            Integer plannedMaterials, Integer plannedMentions, Integer achievedReach, Integer achievedMaterials,
            Integer achievedMentions, String results, CampaignStatus status, int version) {

        static Row of(ResultSet rs, int n) throws SQLException {
            return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("goal"),
                    rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                    names(rs.getArray("audiences"), CampaignAudience::valueOf),
                    names(rs.getArray("channels"), CampaignChannel::valueOf),
                    integer(rs, "planned_reach"), integer(rs, "planned_materials"), integer(rs, "planned_mentions"),
                    integer(rs, "achieved_reach"), integer(rs, "achieved_materials"), integer(rs, "achieved_mentions"),
                    rs.getString("results"), CampaignStatus.valueOf(rs.getString("status")), rs.getInt("version"));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<CampaignView> published(Paging paging) {
        return page(" where status = 'PUBLISHED'", paging);
    }

    @Override
    @Transactional(readOnly = true)
    public CampaignView publishedCampaign(long id) {
        return jdbc.sql("select * from catalogue_campaign where id = :id and status = 'PUBLISHED'").param("id", id)
                .query(Row::of).optional().map(row -> views(List.of(row)).get(0))
                .orElseThrow(() -> new NotFoundException("campaign", id));
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<CampaignView> all(Paging paging) {
        checks.requireAdmin("manages campaigns");
        return page("", paging);
    }

    @Override
    @Transactional(readOnly = true)
    public CampaignView campaign(long id) {
        checks.requireAdmin("manages campaigns");
        return find(id);
    }

    private CampaignView find(long id) {
        return jdbc.sql("select * from catalogue_campaign where id = :id").param("id", id).query(Row::of).optional()
                .map(row -> views(List.of(row)).get(0)).orElseThrow(() -> new NotFoundException("campaign", id));
    }

    private PageOf<CampaignView> page(String where, Paging paging) {
        long total = jdbc.sql("select count(*) from catalogue_campaign" + where).query(Long.class).single();
        List<Row> rows = jdbc.sql("select * from catalogue_campaign" + where
                        + " order by starts_on desc, id desc limit :limit offset :offset")
                .param("limit", paging.size()).param("offset", paging.offset()).query(Row::of).list();
        return new PageOf<>(views(rows), paging.page(), paging.size(), total);
    }

    /** The rows with their events: one query for the links and one call each to the events facade for the page. */
    private List<CampaignView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> linked = new HashMap<>();
        jdbc.sql("select campaign_id, event_id from catalogue_campaign_event where campaign_id in (:ids) order by event_id")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> linked.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        List<Long> eventIds = linked.values().stream().flatMap(List::stream).distinct().toList();
        Map<Long, EventAttendance> attendance = new HashMap<>();
        events.attendanceOf(eventIds).forEach(event -> attendance.put(event.eventId(), event));
        Map<Long, Integer> reached = eventIds.isEmpty() ? Map.of() : events.peopleReached(eventIds);
        return rows.stream().map(row -> new CampaignView(row.id(), row.name(), row.goal(), row.startsOn(),
                row.endsOn(), row.audiences(), row.channels(),
                new CampaignView.Kpi(row.plannedReach(), row.achievedReach()),
                new CampaignView.Kpi(row.plannedMaterials(), row.achievedMaterials()),
                new CampaignView.Kpi(row.plannedMentions(), row.achievedMentions()), row.results(), row.status(),
                linked.getOrDefault(row.id(), List.of()).stream().map(attendance::get).filter(Objects::nonNull)
                        .map(event -> new CampaignView.CampaignEvent(event.eventId(), event.title(), event.startsAt(),
                                event.status().name(), reached.get(event.eventId()), event.attendees()))
                        .toList(),
                row.version())).toList();
    }

    @Override
    @Transactional
    public CampaignView create(CampaignInput input) {
        checks.requireAdmin("manages campaigns");
        check(input);
        long id = jdbc.sql("""
                insert into catalogue_campaign (name, goal, starts_on, ends_on, audiences, channels, planned_reach,
                    planned_materials, planned_mentions, achieved_reach, achieved_materials, achieved_mentions, results)
                values (:name, :goal, :startsOn, :endsOn, :audiences, :channels, :plannedReach, :plannedMaterials,
                    :plannedMentions, :achievedReach, :achievedMaterials, :achievedMentions, :results) returning id""")
                .params(params(input)).query(Long.class).single();
        link(id, input.eventIds());
        CampaignView created = find(id);
        audit.created(ENTITY, id, state(created));
        return created;
    }

    @Override
    @Transactional
    public CampaignView update(long id, CampaignInput input) {
        checks.requireAdmin("manages campaigns");
        CampaignView before = find(id);
        check(input);
        int updated = jdbc.sql("""
                update catalogue_campaign set name = :name, goal = :goal, starts_on = :startsOn, ends_on = :endsOn,
                    audiences = :audiences, channels = :channels, planned_reach = :plannedReach,
                    planned_materials = :plannedMaterials, planned_mentions = :plannedMentions,
                    achieved_reach = :achievedReach, achieved_materials = :achievedMaterials,
                    achieved_mentions = :achievedMentions, results = :results, updated_at = now(), version = version + 1
                where id = :id and (cast(:version as integer) is null or version = :version)""")
                .params(params(input)).param("id", id).param("version", input.version()).update();
        if (updated == 0) {
            throw new ConflictException("catalogue.campaign.changedMeanwhile", "the campaign was changed by someone else");
        }
        jdbc.sql("delete from catalogue_campaign_event where campaign_id = :id").param("id", id).update();
        link(id, input.eventIds());
        CampaignView after = find(id);
        audit.updated(ENTITY, id, state(before), state(after));
        return after;
    }

    @Override
    @Transactional
    public CampaignView publish(long id) {
        return status(id, CampaignStatus.PUBLISHED);
    }

    @Override
    @Transactional
    public CampaignView unpublish(long id) {
        return status(id, CampaignStatus.DRAFT);
    }

    private CampaignView status(long id, CampaignStatus status) {
        checks.requireAdmin("publishes campaigns");
        CampaignView before = find(id);
        jdbc.sql("update catalogue_campaign set status = :status, updated_at = now(), version = version + 1 where id = :id")
                .param("status", status.name()).param("id", id).update();
        audit.updated(ENTITY, id, Map.of("status", before.status().name()), Map.of("status", status.name()));
        return find(id);
    }

    @Override
    @Transactional
    public void delete(long id) {
        checks.requireAdmin("manages campaigns");
        CampaignView before = find(id);
        jdbc.sql("delete from catalogue_campaign where id = :id").param("id", id).update();
        audit.deleted(ENTITY, id, state(before));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CampaignView.CampaignEvent> eventChoices() {
        checks.requireAdmin("manages campaigns");
        LocalDate today = LocalDate.now(clock);
        return events.between(today.minusYears(2), today.plusYears(1)).stream()
                .filter(event -> event.type() == EventType.CAMPAIGN)
                .map(event -> new CampaignView.CampaignEvent(event.id(), event.title(), event.startsAt(),
                        event.status().name(), null, 0)).toList();
    }

    private void check(CampaignInput input) {
        List<FieldProblem> problems = new ArrayList<>(checks.problems(input));
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            problems.add(new FieldProblem("endsOn", "catalogue.campaign.endsBeforeStart"));
        }
        if (input.eventIds() != null && !input.eventIds().isEmpty()) {
            for (Long eventId : new LinkedHashSet<>(input.eventIds())) {
                PlannedEvent event = eventId == null ? null : events.event(eventId).orElse(null);
                if (event == null || event.type() != EventType.CAMPAIGN) {
                    problems.add(new FieldProblem("eventIds", "catalogue.campaign.eventNotCampaign",
                            new Object[] {String.valueOf(eventId)}));
                    break;
                }
            }
        }
        NewsChecks.throwIfAny(problems);
    }

    private void link(long id, Collection<Long> eventIds) {
        if (eventIds != null) {
            new LinkedHashSet<>(eventIds).stream().filter(Objects::nonNull).forEach(event -> jdbc.sql(
                            "insert into catalogue_campaign_event (campaign_id, event_id) values (:c, :e)")
                    .param("c", id).param("e", event).update());
        }
    }

    private static Map<String, Object> params(CampaignInput input) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", input.name().strip());
        params.put("goal", input.goal().strip());
        params.put("startsOn", input.startsOn());
        params.put("endsOn", input.endsOn());
        params.put("audiences", names(input.audiences()));
        params.put("channels", names(input.channels()));
        params.put("plannedReach", input.plannedReach());
        params.put("plannedMaterials", input.plannedMaterials());
        params.put("plannedMentions", input.plannedMentions());
        params.put("achievedReach", input.achievedReach());
        params.put("achievedMaterials", input.achievedMaterials());
        params.put("achievedMentions", input.achievedMentions());
        params.put("results", NewsChecks.blankToNull(input.results()));
        return params;
    }

    private static String[] names(List<? extends Enum<?>> values) {
        return values == null ? new String[0]
                : new LinkedHashSet<>(values).stream().filter(Objects::nonNull).map(Enum::name).toArray(String[]::new);
    }

    private static <E> List<E> names(Array array, Function<String, E> parse) throws SQLException {
        List<E> values = new ArrayList<>();
        for (Object name : array == null ? new Object[0] : (Object[]) array.getArray()) {
            values.add(parse.apply((String) name));
        }
        return List.copyOf(values);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Map<String, Object> state(CampaignView campaign) {
        Map<String, Object> state = new HashMap<>();
        state.put("name", campaign.name());
        state.put("startsOn", campaign.startsOn().toString());
        state.put("endsOn", campaign.endsOn().toString());
        state.put("status", campaign.status().name());
        state.put("reach", String.valueOf(campaign.reach()));
        state.put("materials", String.valueOf(campaign.materials()));
        state.put("mentions", String.valueOf(campaign.mentions()));
        state.put("events", campaign.events().stream().map(CampaignView.CampaignEvent::id).toList().toString());
        return state;
    }
}
