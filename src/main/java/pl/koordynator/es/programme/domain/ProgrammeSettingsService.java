package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/** The traffic lights' thresholds, kept in the database so that every instance applies the same. */
@Service
public class ProgrammeSettingsService {

    static final String ENTITY = "ProgrammeSettings";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ProgrammeSettingsService(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Thresholds thresholds() {
        return current();
    }

    /** The thresholds in force, for every reader's traffic lights. */
    Thresholds current() {
        return jdbc.sql("select on_track_percent, at_risk_percent, version from programme_settings where id = 1")
                .query((rs, row) -> new Thresholds(Decimals.plain(rs.getBigDecimal(1)),
                        Decimals.plain(rs.getBigDecimal(2)), rs.getLong(3)))
                .optional().orElse(Thresholds.DEFAULTS);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Thresholds update(Thresholds input) {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal onTrack = input == null ? null : input.onTrackPercent();
        BigDecimal atRisk = input == null ? null : input.atRiskPercent();
        percent(onTrack, "onTrackPercent", problems);
        percent(atRisk, "atRiskPercent", problems);
        if (problems.isEmpty() && atRisk.compareTo(onTrack) > 0) {
            problems.add(new FieldProblem("atRiskPercent", "programme.settings.atRiskAboveOnTrack"));
        }
        if (input == null || input.version() == null) {
            problems.add(new FieldProblem("version", "programme.version.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Thresholds before = current();
        boolean updated = jdbc.sql("""
                update programme_settings set on_track_percent = :onTrack, at_risk_percent = :atRisk,
                    version = version + 1, updated_at = now()
                where id = 1 and version = :version""")
                .param("onTrack", onTrack).param("atRisk", atRisk).param("version", input.version()).update() == 1;
        if (!updated) {
            throw new ConflictException("problem.concurrentEdit", "programme settings changed since version "
                    + input.version());
        }
        Thresholds after = current();
        audit.updated(ENTITY, 1, state(before), state(after));
        return after;
    }

    private static void percent(BigDecimal value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "programme.field.required"));
        } else if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new FieldProblem(field, "programme.settings.percent"));
        }
    }

    private static Map<String, Object> state(Thresholds thresholds) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("onTrackPercent", thresholds.onTrackPercent().toPlainString());
        state.put("atRiskPercent", thresholds.atRiskPercent().toPlainString());
        return state;
    }
}
