package pl.koordynator.es.reintegration.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.reintegration.ExitOutcome;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;

/**
 * What reintegration counts for the programme, all FLOWs over the quarters that start within the days asked
 * (the statistic knows a referral's quarter, not its day), from the anonymous statistic only:
 * <ul>
 * <li>{@code reintegration.referrals}: referrals, by the sender's powiat;</li>
 * <li>{@code reintegration.cooperating-institutions}: distinct organisations that sent or received a referral,
 * each in its own powiat;</li>
 * <li>{@code reintegration.employment-outcomes}: referrals whose programme ended in employment (open market,
 * social enterprise, own business), by the sender's powiat.</li>
 * </ul>
 * Not suppressed: the programme's indicators are regional totals that ROPS reports, far above 5 persons. The
 * split by powiat, which the programme shows beside an indicator, is not suppressed either and is visible only
 * to who may read the programme's indicator pages; the statistics page is where suppressed figures per area
 * are published.
 */
@Component
class ReintegrationProgrammeMeasures implements ProgrammeMeasures {

    static final String REFERRALS = "reintegration.referrals";
    static final String INSTITUTIONS = "reintegration.cooperating-institutions";
    static final String EMPLOYMENT = "reintegration.employment-outcomes";
    private static final String LIST = "/reintegracja/statystyki";

    private static final List<Measure> MEASURES = List.of(
            new Measure(REFERRALS, "reintegration.agg.measure.referrals", "reintegration.agg.measure.unit.referrals",
                    Measure.Kind.FLOW, true),
            new Measure(INSTITUTIONS, "reintegration.agg.measure.institutions",
                    "reintegration.agg.measure.unit.institutions", Measure.Kind.FLOW, true),
            new Measure(EMPLOYMENT, "reintegration.agg.measure.employment", "reintegration.agg.measure.unit.persons",
                    Measure.Kind.FLOW, true));

    private final AggregateRepository statistic;
    private final Clock clock;

    ReintegrationProgrammeMeasures(AggregateRepository statistic, Clock clock) {
        this.statistic = statistic;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        return switch (code) {
            case REFERRALS -> value(code, from, to, statistic.referralsByPowiat(from, to), null);
            case INSTITUTIONS -> value(code, from, to, statistic.institutionsByPowiat(from, to),
                    statistic.institutions(from, to));
            case EMPLOYMENT -> value(code, from, to, statistic.employmentByPowiat(from, to,
                    Arrays.stream(ExitOutcome.values()).filter(ExitOutcome::employment).map(Enum::name).toList()), null);
            default -> throw new IllegalArgumentException("Not a reintegration measure: " + code);
        };
    }

    /** The value: the sum of the powiats, or {@code total} where an organisation could count in two powiats. */
    private MeasureValue value(String code, LocalDate from, LocalDate to, Map<String, Long> counts, Long total) {
        Map<String, BigDecimal> byPowiat = new LinkedHashMap<>();
        counts.forEach((powiat, count) -> byPowiat.put(powiat, BigDecimal.valueOf(count)));
        long value = total != null ? total : counts.values().stream().mapToLong(Long::longValue).sum();
        return new MeasureValue(code, from, to, BigDecimal.valueOf(value), byPowiat, LIST, clock.instant());
    }
}
