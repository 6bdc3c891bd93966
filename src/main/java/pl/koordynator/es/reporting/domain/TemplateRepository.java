package pl.koordynator.es.reporting.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.reporting.PeriodType;

/** Template versions with their indicators and rules. */
@Repository
class TemplateRepository {

    private record Head(long id, String code, int version, String name, PeriodType periodType, int deadlineDays,
            boolean current) {
    }

    private final JdbcClient jdbc;

    TemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Template> current(String code) {
        return jdbc.sql(SELECT + " where code = :code and current").param("code", code).query(TemplateRepository::head)
                .optional().map(this::complete);
    }

    Optional<Template> byId(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(TemplateRepository::head).optional()
                .map(this::complete);
    }

    List<Template> allCurrent() {
        return jdbc.sql(SELECT + " where current order by name, code").query(TemplateRepository::head).list().stream()
                .map(this::complete).toList();
    }

    List<Integer> versions(String code) {
        return jdbc.sql("select version from report_template where code = :code order by version")
                .param("code", code).query(Integer.class).list();
    }

    boolean hasReports(long templateId) {
        return jdbc.sql("select exists (select 1 from owes_report where template_id = :id)").param("id", templateId)
                .query(Boolean.class).single();
    }

    long insert(Template template) {
        jdbc.sql("update report_template set current = false where code = :code and current")
                .param("code", template.code()).update();
        long id = jdbc.sql("""
                insert into report_template (code, version, name, period_type, deadline_days)
                values (:code, :version, :name, :periodType, :deadlineDays) returning id""")
                .param("code", template.code()).param("version", template.version()).param("name", template.name())
                .param("periodType", template.periodType().name()).param("deadlineDays", template.deadlineDays())
                .query(Long.class).single();
        insertChildren(id, template);
        return id;
    }

    void replace(long id, Template template) {
        jdbc.sql("update report_template set name = :name, period_type = :periodType, deadline_days = :deadlineDays"
                + " where id = :id").param("name", template.name()).param("periodType", template.periodType().name())
                .param("deadlineDays", template.deadlineDays()).param("id", id).update();
        jdbc.sql("delete from report_indicator where template_id = :id").param("id", id).update();
        jdbc.sql("delete from report_rule where template_id = :id").param("id", id).update();
        insertChildren(id, template);
    }

    private void insertChildren(long id, Template template) {
        int position = 0;
        for (Indicator indicator : template.indicators()) {
            jdbc.sql("""
                    insert into report_indicator (template_id, position, code, name, unit, value_type, aggregation, breakdown)
                    values (:id, :position, :code, :name, :unit, :valueType, :aggregation, :breakdown)""")
                    .param("id", id).param("position", ++position).param("code", indicator.code())
                    .param("name", indicator.name()).param("unit", indicator.unit())
                    .param("valueType", indicator.valueType().name()).param("aggregation", indicator.aggregation().name())
                    .param("breakdown", String.join(";", indicator.breakdown())).update();
        }
        position = 0;
        for (Rule rule : template.rules()) {
            jdbc.sql("insert into report_rule (template_id, position, expression, message) values (:id, :position, :expression, :message)")
                    .param("id", id).param("position", ++position).param("expression", rule.expression())
                    .param("message", rule.message()).update();
        }
    }

    private static final String SELECT = "select id, code, version, name, period_type, deadline_days, current from report_template";

    private static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getLong("id"), rs.getString("code"), rs.getInt("version"), rs.getString("name"),
                PeriodType.valueOf(rs.getString("period_type")), rs.getInt("deadline_days"), rs.getBoolean("current"));
    }

    private Template complete(Head head) {
        List<Indicator> indicators = jdbc.sql("""
                select code, name, unit, value_type, aggregation, breakdown from report_indicator
                where template_id = :id order by position""").param("id", head.id())
                .query((rs, row) -> new Indicator(rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                        ValueType.valueOf(rs.getString("value_type")), Aggregation.valueOf(rs.getString("aggregation")),
                        rs.getString("breakdown").isEmpty() ? List.of()
                                : Arrays.asList(rs.getString("breakdown").split(";"))))
                .list();
        List<Rule> rules = jdbc.sql("select expression, message from report_rule where template_id = :id order by position")
                .param("id", head.id()).query((rs, row) -> new Rule(rs.getString("expression"), rs.getString("message")))
                .list();
        return new Template(head.id(), head.code(), head.version(), head.name(), head.periodType(), head.deadlineDays(),
                head.current(), indicators, rules);
    }
}
