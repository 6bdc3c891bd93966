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
 * <li>{@code reintegration.referrals}: referrals (persons referred) sent from the region's powiats, the regional
 * value only;</li>
 * <li>{@code reintegration.cooperating-institutions}: distinct organisations that sent or received a referral,
 * each in its own powiat;</li>
 * <li>{@code reintegration.employment-outcomes}: referrals whose programme ended in employment (open market,
 * social enterprise, own business), the regional value only.</li>
 * </ul>
 * The two counts of PERSONS are not territorial: split by powiat they would be small counts of persons, and
 * the programme's indicator pages, which show the split beside an indicator, are public and do not suppress.
 * So they give the regional total only (far above 5 persons), and the statistics page is where figures per
 * area are published, suppressed. The cooperating institutions count institutions, not persons, and keep their
 * split by powiat.
 */
@Component
class ReintegrationProgrammeMeasures implements ProgrammeMeasures {

    static final String REFERRALS = "reintegration.referrals";
    static final String INSTITUTIONS = "reintegration.cooperating-institutions";
    static final String EMPLOYMENT = "reintegration.employment-outcomes";
    private static final String LIST = "/reintegracja/statystyki";

    private static final List<Measure> MEASURES = List.of(
            new Measure(REFERRALS, "reintegration.agg.measure.referrals", "reintegration.agg.measure.unit.referrals",
                    Measure.Kind.FLOW, false),
            new Measure(INSTITUTIONS, "reintegration.agg.measure.institutions",
                    "reintegration.agg.measure.unit.institutions", Measure.Kind.FLOW, true),
            new Measure(EMPLOYMENT, "reintegration.agg.measure.employment", "reintegration.agg.measure.unit.persons",
                    Measure.Kind.FLOW, false));

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
            case REFERRALS -> regional(code, from, to, statistic.referralsByPowiat(from, to));
            case INSTITUTIONS -> value(code, from, to, statistic.institutionsByPowiat(from, to),
                    statistic.institutions(from, to));
            case EMPLOYMENT -> regional(code, from, to, statistic.employmentByPowiat(from, to,
                    Arrays.stream(ExitOutcome.values()).filter(ExitOutcome::employment).map(Enum::name).toList()));
            default -> throw new IllegalArgumentException("Not a reintegration measure: " + code);
        };
    }

    /** A count of persons: the sum of the powiats, without the split (see the class comment). */
    private MeasureValue regional(String code, LocalDate from, LocalDate to, Map<String, Long> counts) {
        long value = counts.values().stream().mapToLong(Long::longValue).sum();
        return new MeasureValue(code, from, to, BigDecimal.valueOf(value), Map.of(), LIST, clock.instant());
    }

    /** The value: the sum of the powiats, or {@code total} where an organisation could count in two powiats. */
    private MeasureValue value(String code, LocalDate from, LocalDate to, Map<String, Long> counts, Long total) {
        Map<String, BigDecimal> byPowiat = new LinkedHashMap<>();
        counts.forEach((powiat, count) -> byPowiat.put(powiat, BigDecimal.valueOf(count)));
        long value = total != null ? total : counts.values().stream().mapToLong(Long::longValue).sum();
        return new MeasureValue(code, from, to, BigDecimal.valueOf(value), byPowiat, LIST, clock.instant());
    }
}
