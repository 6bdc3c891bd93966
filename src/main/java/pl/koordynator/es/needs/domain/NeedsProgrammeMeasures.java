package pl.koordynator.es.needs.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;

/**
 * {@code needs.published}: reported needs that ROPS published in the days (the day of the decision,
 * in the region's time zone) and that are still published, by the powiat of the need's gmina; one
 * query. A need published and later rejected no longer counts, as it is no longer on the map.
 */
@Component
class NeedsProgrammeMeasures implements ProgrammeMeasures {

    static final String PUBLISHED = "needs.published";

    private static final List<Measure> MEASURES = List.of(
            new Measure(PUBLISHED, "measure." + PUBLISHED, "measure.unit.needs", Measure.Kind.FLOW, true));

    private final JdbcClient jdbc;
    private final Clock clock;

    NeedsProgrammeMeasures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        if (!PUBLISHED.equals(code)) {
            throw new IllegalArgumentException("not a measure of the needs module: " + code);
        }
        Map<String, BigDecimal> byPowiat = new TreeMap<>();
        BigDecimal[] total = {BigDecimal.ZERO};
        jdbc.sql("""
                select left(gmina_teryt, 4), count(*) from reported_need
                where status = 'PUBLISHED' and (decided_at at time zone cast(:zone as text))::date between :from and :to
                group by 1""")
                .param("zone", clock.getZone().getId()).param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    BigDecimal value = rs.getBigDecimal(2);
                    total[0] = total[0].add(value);
                    byPowiat.put(rs.getString(1), value);
                });
        return new MeasureValue(code, from, to, total[0], byPowiat, "/needs?status=PUBLISHED", clock.instant());
    }
}
