package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.reporting.Period;

/**
 * The aggregates table: one row per approved report and summed indicator. Written with the
 * approval and removed with the reopening, in their transaction; read by period ranges, so the
 * regional view groups a few rows per OWES whatever the number of years reported.
 */
@Repository
class AggregateRepository {

    /** Sum and number of values of an indicator for an OWES over the asked period. */
    record Total(long owesId, String code, BigDecimal sum, long count) {
    }

    private final JdbcClient jdbc;

    AggregateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(ReportView report, Template template) {
        remove(report);
        for (Indicator indicator : template.indicators()) {
            if (indicator.aggregation() == Aggregation.NONE || !indicator.numeric()) {
                continue;
            }
            BigDecimal value = report.number(indicator.code());
            if (value == null) {
                continue;
            }
            jdbc.sql("""
                    insert into report_aggregate (template_code, period, period_start, period_end, owes_id, code, value, count)
                    values (:template, :period, :start, :end, :owes, :code, :value, 1)""")
                    .param("template", report.templateCode()).param("period", report.period())
                    .param("start", report.periodStart()).param("end", report.periodEnd())
                    .param("owes", report.owesId()).param("code", indicator.code()).param("value", value).update();
        }
    }

    void remove(ReportView report) {
        jdbc.sql("delete from report_aggregate where template_code = :template and period = :period and owes_id = :owes")
                .param("template", report.templateCode()).param("period", report.period())
                .param("owes", report.owesId()).update();
    }

    /** Approved totals per OWES and code of the reports whose periods lie within the period. */
    List<Total> approved(String templateCode, Period period) {
        return approved(templateCode, period.start(), period.end());
    }

    /** The same for any days: the approved reports whose periods lie within {@code start}..{@code end}. */
    List<Total> approved(String templateCode, java.time.LocalDate start, java.time.LocalDate end) {
        return jdbc.sql("""
                select owes_id, code, sum(value) as total, sum(count) as n from report_aggregate
                where template_code = :template and period_start >= :start and period_end <= :end
                group by owes_id, code""")
                .param("template", templateCode).param("start", start).param("end", end)
                .query((rs, row) -> new Total(rs.getLong("owes_id"), rs.getString("code"), rs.getBigDecimal("total"),
                        rs.getLong("n")))
                .list();
    }

    /**
     * The same computed from the reports themselves, submitted ones included; reads every
     * report of the period, so it is slower than {@link #approved}.
     */
    List<Total> submittedAndApproved(String templateCode, Period period, Collection<String> aggregatedCodes) {
        if (aggregatedCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.owes_id, v.code, sum(v.number) as total, count(*) as n
                from owes_report r join report_value v on v.report_id = r.id and v.cell = '' and v.number is not null
                where r.template_code = :template and r.status in ('SUBMITTED', 'APPROVED')
                  and r.period_end <= :end and r.period_end >= :start and v.code in (:codes)
                group by r.owes_id, v.code""")
                .param("template", templateCode).param("start", period.start()).param("end", period.end())
                .param("codes", aggregatedCodes)
                .query((rs, row) -> new Total(rs.getLong("owes_id"), rs.getString("code"), rs.getBigDecimal("total"),
                        rs.getLong("n")))
                .list();
    }
}
