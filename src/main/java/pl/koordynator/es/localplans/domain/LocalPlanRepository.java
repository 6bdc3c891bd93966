package pl.koordynator.es.localplans.domain;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.localplans.IndicatorSource;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.LocalPlanSummary;
import pl.koordynator.es.localplans.LocalPlanView;
import pl.koordynator.es.localplans.PlanFile;
import pl.koordynator.es.localplans.PlanLevel;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The plans, their documents and structure (goals, actions, indicators) in {@code localplans_*}.
 * A write of the structure replaces its rows; actions and indicators refer to goals by number.
 */
@Repository
class LocalPlanRepository {

    private static final String SUMMARY_COLUMNS = """
            p.id, p.unit_level, p.unit_teryt, p.unit_name, p.powiat_teryt, p.title, p.status, p.period_start,
            p.period_end, p.jst_id, p.jst_name, p.owes_id, p.owes_name, p.consultation_deadline,
            (select count(*) from localplans_comment c where c.plan_id = p.id and c.status = 'OPEN') as open_comments
            """;
    private static final String ORDER = " order by p.powiat_teryt, p.unit_name, p.created_at desc, p.id desc";

    private final JdbcClient jdbc;
    private final Organisations organisations;

    LocalPlanRepository(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** The stored plan's parties and version, its row locked for the write. */
    record Stored(PlanParties parties, long version) {

        long id() {
            return parties.id();
        }
    }

    Optional<Stored> lock(long id) {
        return jdbc.sql("""
                select id, unit_level, unit_teryt, status, jst_id, responsible_unit_id, owes_id, consultation_deadline,
                    version
                from localplans_plan where id = :id for update""").param("id", id)
                .query((rs, n) -> new Stored(new PlanParties(rs.getLong("id"),
                        PlanLevel.valueOf(rs.getString("unit_level")), rs.getString("unit_teryt"),
                        LocalPlanStatus.valueOf(rs.getString("status")), (Long) rs.getObject("jst_id"),
                        (Long) rs.getObject("responsible_unit_id"), (Long) rs.getObject("owes_id"),
                        date(rs, "consultation_deadline")), rs.getLong("version")))
                .optional();
    }

    /** The unit's active plan other than {@code except} (null: any). */
    Optional<Long> activeIdOf(String unitTeryt, Long except) {
        return jdbc.sql("""
                select id from localplans_plan where unit_teryt = :unit
                    and status in ('IN_PREPARATION', 'IN_CONSULTATION', 'ADOPTED') and (cast(:except as bigint) is null
                    or id <> :except)""").param("unit", unitTeryt).param("except", except).query(Long.class)
                .optional();
    }

    long insert(LocalPlanChecks.CheckedPlan plan, boolean demo, OffsetDateTime now) {
        long id = jdbc.sql("""
                insert into localplans_plan (unit_teryt, unit_level, unit_name, powiat_teryt, title, status,
                    period_start, period_end, resolution_number, resolution_date, resolution_url, strategy_title,
                    strategy_url, jst_id, jst_name, responsible_unit_id, responsible_unit_name, owes_id, owes_name,
                    consultation_deadline, demo, created_at, updated_at)
                values (:unitTeryt, :unitLevel, :unitName, :powiatTeryt, :title, :status, :periodStart, :periodEnd,
                    :resolutionNumber, :resolutionDate, :resolutionUrl, :strategyTitle, :strategyUrl, :jstId,
                    :jstName, :responsibleUnitId, :responsibleUnitName, :owesId, :owesName, :consultationDeadline,
                    :demo, :now, :now)
                returning id""").params(columns(plan)).param("demo", demo).param("now", now).query(Long.class)
                .single();
        writeStructure(id, plan);
        return id;
    }

    boolean update(long id, long version, LocalPlanChecks.CheckedPlan plan, OffsetDateTime now) {
        int updated = jdbc.sql("""
                update localplans_plan set unit_teryt = :unitTeryt, unit_level = :unitLevel, unit_name = :unitName,
                    powiat_teryt = :powiatTeryt, title = :title, status = :status, period_start = :periodStart,
                    period_end = :periodEnd, resolution_number = :resolutionNumber,
                    resolution_date = :resolutionDate, resolution_url = :resolutionUrl,
                    strategy_title = :strategyTitle, strategy_url = :strategyUrl, jst_id = :jstId,
                    jst_name = :jstName, responsible_unit_id = :responsibleUnitId,
                    responsible_unit_name = :responsibleUnitName, owes_id = :owesId, owes_name = :owesName,
                    consultation_deadline = :consultationDeadline, updated_at = :now, version = version + 1
                where id = :id and version = :version""").params(columns(plan)).param("now", now)
                .param("id", id).param("version", version).update();
        if (updated == 0) {
            return false;
        }
        writeStructure(id, plan);
        return true;
    }

    /** The plan becomes REPLACED by the new one. */
    void markReplaced(long id, Long byId, OffsetDateTime now) {
        jdbc.sql("""
                update localplans_plan set status = 'REPLACED', replaced_by_id = cast(:by as bigint), updated_at = :now,
                    version = version + 1 where id = :id""").param("id", id).param("by", byId).param("now", now)
                .update();
    }

    private static Map<String, Object> columns(LocalPlanChecks.CheckedPlan plan) {
        Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("unitTeryt", plan.unit().teryt());
        columns.put("unitLevel", plan.level().name());
        columns.put("unitName", plan.unit().name());
        columns.put("powiatTeryt", plan.powiatTeryt());
        columns.put("title", plan.title());
        columns.put("status", plan.status().name());
        columns.put("periodStart", plan.periodStart());
        columns.put("periodEnd", plan.periodEnd());
        columns.put("resolutionNumber", plan.resolutionNumber());
        columns.put("resolutionDate", plan.resolutionDate());
        columns.put("resolutionUrl", plan.resolutionUrl());
        columns.put("strategyTitle", plan.strategyTitle());
        columns.put("strategyUrl", plan.strategyUrl());
        columns.put("jstId", plan.jstId());
        columns.put("jstName", plan.jst() == null ? null : plan.jst().name());
        columns.put("responsibleUnitId", plan.responsibleUnitId());
        columns.put("responsibleUnitName", plan.responsibleUnit() == null ? null : plan.responsibleUnit().name());
        columns.put("owesId", plan.owesId());
        columns.put("owesName", plan.owes() == null ? null : plan.owes().name());
        columns.put("consultationDeadline", plan.consultationDeadline());
        return columns;
    }

    /**
     * Goals and actions are replaced; indicators are updated in place by number (so their entered
     * yearly values stay), the others added or removed.
     */
    private void writeStructure(long planId, LocalPlanChecks.CheckedPlan plan) {
        Map<Integer, Long> existingGoals = jdbc.sql("select number, id from localplans_goal where plan_id = :plan")
                .param("plan", planId).query((rs, n) -> Map.entry(rs.getInt("number"), rs.getLong("id"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Set<Integer> keptGoals = plan.goals().stream().map(LocalPlanChecks.CheckedGoal::number)
                .collect(Collectors.toSet());
        for (Map.Entry<Integer, Long> existing : existingGoals.entrySet()) {
            if (!keptGoals.contains(existing.getKey())) {
                jdbc.sql("delete from localplans_goal where id = :id").param("id", existing.getValue()).update();
            }
        }
        java.util.HashMap<Integer, Long> goalIds = new java.util.HashMap<>();
        for (LocalPlanChecks.CheckedGoal goal : plan.goals()) {
            Long id = existingGoals.get(goal.number());
            if (id == null) {
                id = jdbc.sql("""
                        insert into localplans_goal (plan_id, number, title, description)
                        values (:plan, :number, :title, :description) returning id""").param("plan", planId)
                        .param("number", goal.number()).param("title", goal.title())
                        .param("description", goal.description()).query(Long.class).single();
            } else {
                jdbc.sql("update localplans_goal set title = :title, description = :description where id = :id")
                        .param("id", id).param("title", goal.title()).param("description", goal.description())
                        .update();
            }
            goalIds.put(goal.number(), id);
        }
        jdbc.sql("delete from localplans_action where plan_id = :plan").param("plan", planId).update();
        for (LocalPlanChecks.CheckedAction action : plan.actions()) {
            jdbc.sql("""
                    insert into localplans_action (plan_id, goal_id, number, title, description, responsible_ids,
                        partner_ids, start_date, end_date, budget, funding_source, programme_action_id,
                        programme_action_label)
                    values (:plan, :goal, :number, :title, :description, cast(:responsible as bigint[]),
                        cast(:partners as bigint[]), :start, :end, :budget, :funding, :programmeAction,
                        :programmeLabel)""")
                    .param("plan", planId).param("goal", goalIds.get(action.action().goalNumber()))
                    .param("number", action.action().number()).param("title", action.title())
                    .param("description", action.description()).param("responsible", array(action.responsibleIds()))
                    .param("partners", array(action.partnerIds())).param("start", action.action().startDate())
                    .param("end", action.action().endDate()).param("budget", action.action().budget())
                    .param("funding", action.fundingSource())
                    .param("programmeAction", action.action().programmeActionId())
                    .param("programmeLabel", action.programmeActionLabel()).update();
        }
        Set<Integer> keptIndicators = plan.indicators().stream().map(i -> i.indicator().number())
                .collect(Collectors.toSet());
        Map<Integer, Long> existingIndicators = jdbc.sql(
                "select number, id from localplans_indicator where plan_id = :plan").param("plan", planId)
                .query((rs, n) -> Map.entry(rs.getInt("number"), rs.getLong("id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (Map.Entry<Integer, Long> existing : existingIndicators.entrySet()) {
            if (!keptIndicators.contains(existing.getKey())) {
                jdbc.sql("delete from localplans_indicator where id = :id").param("id", existing.getValue()).update();
            }
        }
        for (LocalPlanChecks.CheckedIndicator indicator : plan.indicators()) {
            var in = indicator.indicator();
            Long id = existingIndicators.get(in.number());
            JdbcClient.StatementSpec statement = jdbc.sql(id == null ? """
                    insert into localplans_indicator (plan_id, goal_id, number, name, unit, direction, baseline,
                        baseline_year, target, target_year, source, source_code)
                    values (:plan, :goal, :number, :name, :unit, :direction, :baseline, :baselineYear, :target,
                        :targetYear, :source, :sourceCode)""" : """
                    update localplans_indicator set goal_id = :goal, name = :name, unit = :unit,
                        direction = :direction, baseline = :baseline, baseline_year = :baselineYear,
                        target = :target, target_year = :targetYear, source = :source, source_code = :sourceCode
                    where id = :id and plan_id = :plan and number = :number""");
            statement.param("plan", planId).param("goal", goalIds.get(in.goalNumber())).param("number", in.number())
                    .param("name", indicator.name()).param("unit", indicator.unit())
                    .param("direction", indicator.direction().name()).param("baseline", in.baseline())
                    .param("baselineYear", in.baselineYear()).param("target", in.target())
                    .param("targetYear", in.targetYear()).param("source", indicator.source().name())
                    .param("sourceCode", indicator.sourceCode());
            if (id != null) {
                statement.param("id", id);
                // values entered for a source no longer entered are not its values any more
                if (indicator.source() != IndicatorSource.ENTERED) {
                    jdbc.sql("delete from localplans_indicator_value where indicator_id = :id").param("id", id)
                            .update();
                }
            }
            statement.update();
        }
    }

    private static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** The plan as read, without the caller's rights. */
    Optional<LocalPlanView> find(long id) {
        List<LocalPlanView.Document> documents = documents(id);
        List<LocalPlanView.Goal> goals = jdbc.sql("""
                select id, number, title, description from localplans_goal where plan_id = :id order by number""")
                .param("id", id).query((rs, n) -> new LocalPlanView.Goal(rs.getLong("id"), rs.getInt("number"),
                        rs.getString("title"), rs.getString("description"))).list();
        record RawAction(long id, int number, Integer goalNumber, String title, String description,
                List<Long> responsible, List<Long> partners, LocalDate start, LocalDate end, java.math.BigDecimal budget,
                String funding, Long programmeActionId, String programmeActionLabel) {
        }
        List<RawAction> raw = jdbc.sql("""
                select a.*, g.number as goal_number from localplans_action a
                left join localplans_goal g on g.id = a.goal_id where a.plan_id = :id order by a.number""")
                .param("id", id).query((rs, n) -> new RawAction(rs.getLong("id"), rs.getInt("number"),
                        (Integer) rs.getObject("goal_number"), rs.getString("title"), rs.getString("description"),
                        ids(rs.getArray("responsible_ids")), ids(rs.getArray("partner_ids")), date(rs, "start_date"),
                        date(rs, "end_date"), rs.getBigDecimal("budget"), rs.getString("funding_source"),
                        (Long) rs.getObject("programme_action_id"), rs.getString("programme_action_label"))).list();
        Set<Long> partyIds = new LinkedHashSet<>();
        raw.forEach(a -> {
            partyIds.addAll(a.responsible());
            partyIds.addAll(a.partners());
        });
        Map<Long, OrganisationView> named = partyIds.isEmpty() ? Map.of() : organisations.findAll(partyIds);
        List<LocalPlanView.Action> actions = raw.stream().map(a -> new LocalPlanView.Action(a.id(), a.number(),
                a.goalNumber(), a.title(), a.description(), parties(a.responsible(), named),
                parties(a.partners(), named), a.start(), a.end(), a.budget(), a.funding(), a.programmeActionId(),
                a.programmeActionLabel())).toList();
        List<LocalPlanView.Indicator> indicators = jdbc.sql("""
                select i.*, g.number as goal_number from localplans_indicator i
                left join localplans_goal g on g.id = i.goal_id where i.plan_id = :id order by i.number""")
                .param("id", id).query((rs, n) -> new LocalPlanView.Indicator(rs.getLong("id"), rs.getInt("number"),
                        (Integer) rs.getObject("goal_number"), rs.getString("name"), rs.getString("unit"),
                        Direction.valueOf(rs.getString("direction")), rs.getBigDecimal("baseline"),
                        (Integer) rs.getObject("baseline_year"), rs.getBigDecimal("target"), rs.getInt("target_year"),
                        IndicatorSource.valueOf(rs.getString("source")), rs.getString("source_code"))).list();
        return jdbc.sql("select * from localplans_plan where id = :id").param("id", id)
                .query((rs, n) -> new LocalPlanView(rs.getLong("id"), PlanLevel.valueOf(rs.getString("unit_level")),
                        rs.getString("unit_teryt"), rs.getString("unit_name"), rs.getString("powiat_teryt"),
                        rs.getString("title"), LocalPlanStatus.valueOf(rs.getString("status")),
                        date(rs, "period_start"), date(rs, "period_end"), rs.getString("resolution_number"),
                        date(rs, "resolution_date"), rs.getString("resolution_url"), rs.getString("strategy_title"),
                        rs.getString("strategy_url"), (Long) rs.getObject("jst_id"), rs.getString("jst_name"),
                        (Long) rs.getObject("responsible_unit_id"), rs.getString("responsible_unit_name"),
                        (Long) rs.getObject("owes_id"), rs.getString("owes_name"),
                        date(rs, "consultation_deadline"), (Long) rs.getObject("replaced_by_id"), documents, goals,
                        actions, indicators, rs.getBoolean("demo"), rs.getLong("version"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("updated_at", OffsetDateTime.class), LocalPlanView.Rights.NONE))
                .optional();
    }

    private static List<LocalPlanView.Party> parties(List<Long> ids, Map<Long, OrganisationView> named) {
        return ids.stream().map(id -> new LocalPlanView.Party(id, named.containsKey(id) ? named.get(id).name() : "#" + id))
                .toList();
    }

    private static List<Long> ids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            ids.add(((Number) value).longValue());
        }
        return List.copyOf(ids);
    }

    PageOf<LocalPlanSummary> page(List<String> conditions, Map<String, Object> params, Paging paging) {
        String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from localplans_plan p where " + where).params(params)
                .query(Long.class).single();
        List<LocalPlanSummary> items = jdbc.sql("select " + SUMMARY_COLUMNS + " from localplans_plan p where " + where
                + ORDER + " limit :limit offset :offset").params(params).param("limit", paging.size())
                .param("offset", paging.offset()).query((rs, n) -> summary(rs)).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    Optional<LocalPlanSummary> active(String unitTeryt) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + """
                 from localplans_plan p where p.unit_teryt = :unit
                    and p.status in ('IN_PREPARATION', 'IN_CONSULTATION', 'ADOPTED')""").param("unit", unitTeryt)
                .query((rs, n) -> summary(rs)).optional();
    }

    List<LocalPlanSummary> ofOrganisation(long organisationId) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + """
                 from localplans_plan p where p.jst_id = :org or p.responsible_unit_id = :org or p.owes_id = :org
                    or exists (select 1 from localplans_action a where a.plan_id = p.id
                        and (:org = any(a.responsible_ids) or :org = any(a.partner_ids)))
                order by p.created_at desc, p.id desc""").param("org", organisationId)
                .query((rs, n) -> summary(rs)).list();
    }

    private static LocalPlanSummary summary(ResultSet rs) throws SQLException {
        return new LocalPlanSummary(rs.getLong("id"), PlanLevel.valueOf(rs.getString("unit_level")),
                rs.getString("unit_teryt"), rs.getString("unit_name"), rs.getString("powiat_teryt"),
                rs.getString("title"), LocalPlanStatus.valueOf(rs.getString("status")), date(rs, "period_start"),
                date(rs, "period_end"), (Long) rs.getObject("jst_id"), rs.getString("jst_name"),
                (Long) rs.getObject("owes_id"), rs.getString("owes_name"), date(rs, "consultation_deadline"),
                rs.getLong("open_comments"));
    }

    List<LocalPlanView.Document> documents(long planId) {
        return jdbc.sql("""
                select id, title, file_name, size_bytes, uploaded_at from localplans_document where plan_id = :id
                order by uploaded_at, id""").param("id", planId).query((rs, n) -> document(rs)).list();
    }

    long insertDocument(long planId, String title, String fileName, byte[] content, String uploadedBy) {
        return jdbc.sql("""
                insert into localplans_document (plan_id, file_name, title, size_bytes, content, uploaded_by)
                values (:plan, :fileName, :title, :size, :content, :by) returning id""").param("plan", planId)
                .param("fileName", fileName).param("title", title).param("size", content.length)
                .param("content", content).param("by", uploadedBy).query(Long.class).single();
    }

    Optional<LocalPlanView.Document> document(long planId, long documentId) {
        return jdbc.sql("""
                select id, title, file_name, size_bytes, uploaded_at from localplans_document
                where plan_id = :plan and id = :id""").param("plan", planId).param("id", documentId)
                .query((rs, n) -> document(rs)).optional();
    }

    Optional<PlanFile> file(long planId, long documentId) {
        return jdbc.sql("select file_name, content from localplans_document where plan_id = :plan and id = :id")
                .param("plan", planId).param("id", documentId)
                .query((rs, n) -> new PlanFile(rs.getString("file_name"), "application/pdf", rs.getBytes("content")))
                .optional();
    }

    void deleteDocument(long documentId) {
        jdbc.sql("delete from localplans_document where id = :id").param("id", documentId).update();
    }

    /** A write of a document changes the plan's time, not its version (an open form stays valid). */
    void touch(long planId, OffsetDateTime now) {
        jdbc.sql("update localplans_plan set updated_at = :now where id = :id")
                .param("id", planId).param("now", now).update();
    }

    private static LocalPlanView.Document document(ResultSet rs) throws SQLException {
        return new LocalPlanView.Document(rs.getLong("id"), rs.getString("title"), rs.getString("file_name"),
                rs.getInt("size_bytes"), rs.getObject("uploaded_at", OffsetDateTime.class));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static <T> List<T> list(Collection<T> values) {
        return List.copyOf(values);
    }
}
