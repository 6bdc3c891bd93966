package pl.koordynator.es.reporting.domain;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.ReportStatus;

/**
 * Which periods of a template have approved reports. The regional summary opens on the latest of
 * them: the quarter just ended has drafts and submitted reports only for weeks, and a summary of
 * nothing approved tells its reader nothing.
 */
@Repository
public class ApprovedPeriods {

    private final JdbcClient jdbc;

    ApprovedPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest period of the template with at least one approved report; empty when none is. */
    @Transactional(readOnly = true)
    public Optional<Period> latest(String templateCode) {
        return jdbc.sql("""
                select period from owes_report where template_code = :template and status = :approved
                order by period_end desc limit 1""")
                .param("template", templateCode).param("approved", ReportStatus.APPROVED.name())
                .query(String.class).optional().flatMap(Period::parse);
    }
}
