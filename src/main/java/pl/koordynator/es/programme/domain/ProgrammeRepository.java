package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.NodeLevel;
import pl.koordynator.es.programme.ProgrammeStatus;
import pl.koordynator.es.programme.TimeAggregation;
import pl.koordynator.es.programme.ValueSource;

/** Programmes, their trees and indicators in PostgreSQL; a tree is read in a handful of queries, never per node. */
@Repository
class ProgrammeRepository {

    private static final String PROGRAMME_COLUMNS = """
            id, series, version_number, name, project, reference, start_year, end_year, resolution_number,
            resolution_date, status, demo, change_summary, version""";

    private static final String INDICATOR_COLUMNS = """
            i.id, i.programme_id, i.node_id, i.lineage, i.code, i.name, i.unit, i.direction, i.aggregation, i.weight,
            i.baseline_value, i.baseline_year, i.kpres_reference, i.public, i.source, i.measure, i.computed_since,
            i.comment, i.position, i.version""";

    private final JdbcClient jdbc;

    ProgrammeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // programmes

    Optional<Stored.Programme> find(long id) {
        return jdbc.sql("select " + PROGRAMME_COLUMNS + " from programme where id = :id").param("id", id)
                .query(ProgrammeRepository::programme).optional();
    }

    /** Every version, newest version of each series first, series by name. */
    List<Stored.Programme> all() {
        return jdbc.sql("select " + PROGRAMME_COLUMNS + " from programme order by project, name, series, version_number desc")
                .query(ProgrammeRepository::programme).list();
    }

    List<Stored.Programme> versions(long series) {
        return jdbc.sql("select " + PROGRAMME_COLUMNS + " from programme where series = :series order by version_number")
                .param("series", series).query(ProgrammeRepository::programme).list();
    }

    long insertProgramme(Stored.Programme programme, Long series, String createdBy) {
        long id = jdbc.sql("""
                insert into programme (series, version_number, name, project, reference, start_year, end_year,
                    resolution_number, resolution_date, status, demo, change_summary, created_by)
                values (:series, :versionNumber, :name, :project, :reference, :startYear, :endYear, :resolutionNumber,
                    :resolutionDate, :status, :demo, :changeSummary, :createdBy)
                returning id""")
                .param("series", series).param("versionNumber", programme.versionNumber())
                .param("name", programme.name()).param("project", programme.project())
                .param("reference", programme.reference()).param("startYear", programme.startYear())
                .param("endYear", programme.endYear()).param("resolutionNumber", programme.resolutionNumber())
                .param("resolutionDate", programme.resolutionDate()).param("status", programme.status().name())
                .param("demo", programme.demo()).param("changeSummary", programme.changeSummary())
                .param("createdBy", createdBy).query(Long.class).single();
        if (series == null) {
            jdbc.sql("update programme set series = id where id = :id").param("id", id).update();
        }
        return id;
    }

    /** False when the row is no longer at {@code version}. */
    boolean updateProgramme(Stored.Programme programme, long version) {
        return jdbc.sql("""
                update programme set name = :name, reference = :reference, start_year = :startYear,
                    end_year = :endYear, resolution_number = :resolutionNumber, resolution_date = :resolutionDate,
                    status = :status, demo = :demo, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .param("id", programme.id()).param("version", version).param("name", programme.name())
                .param("reference", programme.reference()).param("startYear", programme.startYear())
                .param("endYear", programme.endYear()).param("resolutionNumber", programme.resolutionNumber())
                .param("resolutionDate", programme.resolutionDate()).param("status", programme.status().name())
                .param("demo", programme.demo()).update() == 1;
    }

    /** Marks the versions of the series in force other than {@code keep} REPLACED; returns their ids. */
    List<Long> replaceOthersInForce(long series, long keep) {
        return jdbc.sql("""
                update programme set status = 'REPLACED', version = version + 1, updated_at = now()
                where series = :series and id <> :keep and status = 'IN_FORCE' returning id""")
                .param("series", series).param("keep", keep).query(Long.class).list();
    }

    int nextVersionNumber(long series) {
        return jdbc.sql("select coalesce(max(version_number), 0) + 1 from programme where series = :series")
                .param("series", series).query(Integer.class).single();
    }

    // the tree

    Stored.Tree tree(Stored.Programme programme) {
        long id = programme.id();
        Map<Long, List<Long>> responsible = new HashMap<>();
        Map<Long, List<Long>> partners = new HashMap<>();
        jdbc.sql("""
                select o.node_id, o.organisation_id, o.role from programme_node_organisation o
                join programme_node n on n.id = o.node_id where n.programme_id = :id order by o.position""")
                .param("id", id).query((rs, row) -> {
                    ("RESPONSIBLE".equals(rs.getString("role")) ? responsible : partners)
                            .computeIfAbsent(rs.getLong("node_id"), k -> new ArrayList<>()).add(rs.getLong("organisation_id"));
                    return null;
                }).list();
        Map<Long, List<UUID>> implemented = new HashMap<>();
        jdbc.sql("""
                select a.node_id, a.action_lineage from programme_project_action a
                join programme_node n on n.id = a.node_id where n.programme_id = :id order by a.action_lineage""")
                .param("id", id).query((rs, row) -> implemented.computeIfAbsent(rs.getLong("node_id"),
                        k -> new ArrayList<>()).add(rs.getObject("action_lineage", UUID.class))).list();
        List<Stored.Node> nodes = jdbc.sql("""
                select id, parent_id, lineage, level, code, name, position, weight, comment, budget_planned,
                    budget_spent, action_status
                from programme_node where programme_id = :id order by position, id""")
                .param("id", id).query((rs, row) -> {
                    long nodeId = rs.getLong("id");
                    return new Stored.Node(nodeId, (Long) rs.getObject("parent_id", Long.class),
                            rs.getObject("lineage", UUID.class), NodeLevel.valueOf(rs.getString("level")),
                            rs.getString("code"), rs.getString("name"), rs.getInt("position"),
                            Decimals.plain(rs.getBigDecimal("weight")), rs.getString("comment"),
                            Decimals.plain(rs.getBigDecimal("budget_planned")), Decimals.plain(rs.getBigDecimal("budget_spent")),
                            rs.getString("action_status"), responsible.getOrDefault(nodeId, List.of()),
                            partners.getOrDefault(nodeId, List.of()), implemented.getOrDefault(nodeId, List.of()));
                }).list();
        return new Stored.Tree(programme, nodes, indicatorsOf(id));
    }

    long insertNode(long programmeId, Long parentId, UUID lineage, NodeLevel level, String code, String name,
            int position, BigDecimal weight, String comment, BigDecimal budgetPlanned, BigDecimal budgetSpent,
            String actionStatus) {
        return jdbc.sql("""
                insert into programme_node (programme_id, parent_id, lineage, level, code, name, position, weight,
                    comment, budget_planned, budget_spent, action_status)
                values (:programmeId, :parentId, :lineage, :level, :code, :name, :position, :weight, :comment,
                    :budgetPlanned, :budgetSpent, :actionStatus)
                returning id""")
                .param("programmeId", programmeId).param("parentId", parentId).param("lineage", lineage)
                .param("level", level.name()).param("code", code).param("name", name).param("position", position)
                .param("weight", weight).param("comment", comment).param("budgetPlanned", budgetPlanned)
                .param("budgetSpent", budgetSpent).param("actionStatus", actionStatus).query(Long.class).single();
    }

    void updateNode(long id, Long parentId, String code, String name, int position, BigDecimal weight,
            String comment, BigDecimal budgetPlanned, BigDecimal budgetSpent, String actionStatus) {
        jdbc.sql("""
                update programme_node set parent_id = :parentId, code = :code, name = :name, position = :position,
                    weight = :weight, comment = :comment, budget_planned = :budgetPlanned,
                    budget_spent = :budgetSpent, action_status = :actionStatus
                where id = :id""")
                .param("id", id).param("parentId", parentId).param("code", code).param("name", name)
                .param("position", position).param("weight", weight).param("comment", comment)
                .param("budgetPlanned", budgetPlanned).param("budgetSpent", budgetSpent)
                .param("actionStatus", actionStatus).update();
    }

    void deleteNode(long id) {
        jdbc.sql("delete from programme_node where id = :id").param("id", id).update();
    }

    void replaceOrganisations(long nodeId, List<Long> responsible, List<Long> partners) {
        jdbc.sql("delete from programme_node_organisation where node_id = :id").param("id", nodeId).update();
        insertOrganisations(nodeId, responsible, "RESPONSIBLE");
        insertOrganisations(nodeId, partners, "PARTNER");
    }

    private void insertOrganisations(long nodeId, List<Long> ids, String role) {
        int position = 0;
        for (Long id : ids) {
            jdbc.sql("""
                    insert into programme_node_organisation (node_id, organisation_id, role, position)
                    values (:node, :organisation, :role, :position) on conflict do nothing""")
                    .param("node", nodeId).param("organisation", id).param("role", role).param("position", position++)
                    .update();
        }
    }

    void replaceImplementedActions(long nodeId, List<UUID> actionLineages) {
        jdbc.sql("delete from programme_project_action where node_id = :id").param("id", nodeId).update();
        for (UUID lineage : actionLineages) {
            jdbc.sql("insert into programme_project_action (node_id, action_lineage) values (:node, :lineage) on conflict do nothing")
                    .param("node", nodeId).param("lineage", lineage).update();
        }
    }

    /** An action node by id, with its programme's id: for linking a project to it. */
    Optional<ActionRow> action(long nodeId) {
        return jdbc.sql("select id, programme_id, lineage, code, name from programme_node where id = :id and level = 'ACTION'")
                .param("id", nodeId).query((rs, row) -> new ActionRow(rs.getLong("id"), rs.getLong("programme_id"),
                        rs.getObject("lineage", UUID.class), rs.getString("code"), rs.getString("name"))).optional();
    }

    /** The action of each lineage in the newest version that has it. */
    Map<UUID, ActionRow> actionsByLineage(List<UUID> lineages) {
        if (lineages.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ActionRow> found = new HashMap<>();
        jdbc.sql("""
                select distinct on (n.lineage) n.id, n.programme_id, n.lineage, n.code, n.name
                from programme_node n join programme p on p.id = n.programme_id
                where n.lineage in (:lineages) order by n.lineage, p.version_number desc""")
                .param("lineages", lineages).query((rs, row) -> new ActionRow(rs.getLong("id"), rs.getLong("programme_id"),
                        rs.getObject("lineage", UUID.class), rs.getString("code"), rs.getString("name")))
                .list().forEach(action -> found.put(action.lineage(), action));
        return found;
    }

    /** Project versions with a PROJECT node implementing one of the actions (by lineage). */
    List<Long> projectsImplementing(List<UUID> actionLineages) {
        if (actionLineages.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct n.programme_id from programme_project_action a
                join programme_node n on n.id = a.node_id where a.action_lineage in (:lineages)""")
                .param("lineages", actionLineages).query(Long.class).list();
    }

    /** The indicator of each lineage in the newest version that has it. */
    Map<UUID, Stored.Indicator> indicatorsByLineage(List<UUID> lineages) {
        if (lineages.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Stored.Indicator> found = new HashMap<>();
        jdbc.sql("select distinct on (i.lineage) " + INDICATOR_COLUMNS + """
                 from programme_indicator i join programme p on p.id = i.programme_id
                where i.lineage in (:lineages) order by i.lineage, p.version_number desc""")
                .param("lineages", lineages).query(this::indicatorRow).list()
                .forEach(indicator -> found.put(indicator.lineage(), indicator));
        return found;
    }

    int nextIndicatorPosition(long nodeId) {
        return jdbc.sql("select coalesce(max(position), -1) + 1 from programme_indicator where node_id = :id")
                .param("id", nodeId).query(Integer.class).single();
    }

    record ActionRow(long id, long programmeId, UUID lineage, String code, String name) {
    }

    // indicators

    Optional<Stored.Indicator> indicator(long id) {
        return jdbc.sql("select " + INDICATOR_COLUMNS + " from programme_indicator i where i.id = :id")
                .param("id", id).query(this::indicatorRow).optional().map(row -> withTargets(List.of(row)).get(0));
    }

    List<Stored.Indicator> indicatorsOf(long programmeId) {
        return withTargets(jdbc.sql("select " + INDICATOR_COLUMNS
                + " from programme_indicator i where i.programme_id = :id order by i.position, i.id")
                .param("id", programmeId).query(this::indicatorRow).list());
    }

    /** Indicators of the programme versions given, in tree order. */
    List<Stored.Indicator> indicatorsOf(List<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return withTargets(jdbc.sql("select " + INDICATOR_COLUMNS
                + " from programme_indicator i where i.programme_id in (:ids) order by i.programme_id, i.position, i.id")
                .param("ids", programmeIds).query(this::indicatorRow).list());
    }

    Optional<Long> indicatorByCode(long programmeId, String code) {
        return jdbc.sql("select id from programme_indicator where programme_id = :programme and lower(code) = lower(:code)")
                .param("programme", programmeId).param("code", code).query(Long.class).optional();
    }

    Optional<Long> nodeProgramme(long nodeId) {
        return jdbc.sql("select programme_id from programme_node where id = :id").param("id", nodeId)
                .query(Long.class).optional();
    }

    Optional<NodeLevel> nodeLevel(long nodeId) {
        return jdbc.sql("select level from programme_node where id = :id").param("id", nodeId)
                .query((rs, row) -> NodeLevel.valueOf(rs.getString(1))).optional();
    }

    long insertIndicator(long programmeId, long nodeId, UUID lineage, Checked.Indicator indicator, int position,
            Integer computedSince) {
        long id = jdbc.sql("""
                insert into programme_indicator (programme_id, node_id, lineage, code, name, unit, direction,
                    aggregation, weight, baseline_value, baseline_year, kpres_reference, public, source, measure,
                    computed_since, comment, position)
                values (:programmeId, :nodeId, :lineage, :code, :name, :unit, :direction, :aggregation, :weight,
                    :baselineValue, :baselineYear, :kpres, :public, :source, :measure, :computedSince, :comment, :position)
                returning id""")
                .params(indicatorFields(indicator)).param("programmeId", programmeId).param("nodeId", nodeId)
                .param("lineage", lineage).param("computedSince", computedSince).param("position", position)
                .query(Long.class).single();
        replaceTargets(id, indicator.targets());
        return id;
    }

    boolean updateIndicator(long id, long version, Checked.Indicator indicator, Integer computedSince,
            Long nodeId, Integer position) {
        boolean updated = jdbc.sql("""
                update programme_indicator set code = :code, name = :name, unit = :unit, direction = :direction,
                    aggregation = :aggregation, weight = :weight, baseline_value = :baselineValue,
                    baseline_year = :baselineYear, kpres_reference = :kpres, public = :public, source = :source,
                    measure = :measure, computed_since = :computedSince, comment = :comment,
                    node_id = coalesce(:nodeId, node_id), position = coalesce(:position, position),
                    version = version + 1
                where id = :id and version = :version""")
                .params(indicatorFields(indicator)).param("id", id).param("version", version)
                .param("computedSince", computedSince).param("nodeId", nodeId).param("position", position)
                .update() == 1;
        if (updated) {
            replaceTargets(id, indicator.targets());
        }
        return updated;
    }

    void deleteIndicator(long id) {
        jdbc.sql("delete from programme_indicator where id = :id").param("id", id).update();
    }

    void replaceTargets(long indicatorId, List<IndicatorView.Target> targets) {
        jdbc.sql("delete from programme_target where indicator_id = :id").param("id", indicatorId).update();
        for (IndicatorView.Target target : targets) {
            jdbc.sql("insert into programme_target (indicator_id, year, quarter, value) values (:id, :year, :quarter, :value)")
                    .param("id", indicatorId).param("year", target.year())
                    .param("quarter", target.quarter() == null ? 0 : target.quarter()).param("value", target.value())
                    .update();
        }
    }

    /** Sets one target (the import's way), replacing the period's target if there was one. */
    void setTarget(long indicatorId, ProgrammePeriod period, BigDecimal value) {
        jdbc.sql("""
                insert into programme_target (indicator_id, year, quarter, value) values (:id, :year, :quarter, :value)
                on conflict (indicator_id, year, quarter) do update set value = excluded.value""")
                .param("id", indicatorId).param("year", period.year()).param("quarter", period.quarter())
                .param("value", value).update();
        jdbc.sql("update programme_indicator set version = version + 1 where id = :id").param("id", indicatorId).update();
    }

    private static Map<String, Object> indicatorFields(Checked.Indicator indicator) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("code", indicator.code());
        fields.put("name", indicator.name());
        fields.put("unit", indicator.unit());
        fields.put("direction", indicator.direction().name());
        fields.put("aggregation", indicator.aggregation().name());
        fields.put("weight", indicator.weight());
        fields.put("baselineValue", indicator.baselineValue());
        fields.put("baselineYear", indicator.baselineYear());
        fields.put("kpres", indicator.kpresReference());
        fields.put("public", indicator.publicIndicator());
        fields.put("source", indicator.source().name());
        fields.put("measure", indicator.measure());
        fields.put("comment", indicator.comment());
        return fields;
    }

    private List<Stored.Indicator> withTargets(List<Stored.Indicator> indicators) {
        if (indicators.isEmpty()) {
            return indicators;
        }
        Map<Long, List<IndicatorView.Target>> targets = new HashMap<>();
        jdbc.sql("select indicator_id, year, quarter, value from programme_target where indicator_id in (:ids) order by year, quarter")
                .param("ids", indicators.stream().map(Stored.Indicator::id).toList())
                .query((rs, row) -> targets.computeIfAbsent(rs.getLong("indicator_id"), k -> new ArrayList<>())
                        .add(new IndicatorView.Target(rs.getInt("year"), rs.getInt("quarter") == 0 ? null
                                : rs.getInt("quarter"), Decimals.plain(rs.getBigDecimal("value")))))
                .list();
        return indicators.stream().map(indicator -> {
            IndicatorView v = indicator.view();
            return new Stored.Indicator(new IndicatorView(v.id(), v.programmeId(), v.nodeId(), v.code(), v.name(),
                    v.unit(), v.direction(), v.aggregation(), v.weight(), v.baselineValue(), v.baselineYear(),
                    List.copyOf(targets.getOrDefault(v.id(), List.of())), v.kpresReference(), v.publicIndicator(),
                    v.source(), v.measure(), v.computedSince(), v.comment(), v.version()), indicator.lineage(),
                    indicator.position());
        }).toList();
    }

    private Stored.Indicator indicatorRow(ResultSet rs, int row) throws SQLException {
        BigDecimal baseline = rs.getBigDecimal("baseline_value");
        return new Stored.Indicator(new IndicatorView(rs.getLong("id"), rs.getLong("programme_id"),
                rs.getLong("node_id"), rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                Direction.valueOf(rs.getString("direction")), TimeAggregation.valueOf(rs.getString("aggregation")),
                Decimals.plain(rs.getBigDecimal("weight")), Decimals.plain(baseline),
                (Integer) rs.getObject("baseline_year", Integer.class), List.of(), rs.getString("kpres_reference"),
                rs.getBoolean("public"), ValueSource.valueOf(rs.getString("source")), rs.getString("measure"),
                (Integer) rs.getObject("computed_since", Integer.class), rs.getString("comment"), rs.getLong("version")),
                rs.getObject("lineage", UUID.class), rs.getInt("position"));
    }

    private static Stored.Programme programme(ResultSet rs, int row) throws SQLException {
        return new Stored.Programme(rs.getLong("id"), rs.getLong("series"), rs.getInt("version_number"),
                rs.getString("name"), rs.getBoolean("project"), rs.getString("reference"), rs.getInt("start_year"),
                rs.getInt("end_year"), rs.getString("resolution_number"),
                rs.getObject("resolution_date", LocalDate.class), ProgrammeStatus.valueOf(rs.getString("status")),
                rs.getBoolean("demo"), rs.getString("change_summary"), rs.getLong("version"));
    }
}
