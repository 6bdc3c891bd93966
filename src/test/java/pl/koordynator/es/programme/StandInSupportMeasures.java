package pl.koordynator.es.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;
import pl.koordynator.es.support.SupportRecords;

/**
 * Stands in for the support module's {@code support.pes-supported} measure in tests while no
 * module offers it: the same count as {@code /api/v1/support/supported-pes}. As soon as a real
 * bean offers the code this one offers nothing, so the tests then run against the real measure.
 * Also offers {@code test.stock}, a stock measure the tests set by hand.
 */
@Component
class StandInSupportMeasures implements ProgrammeMeasures {

    static final String PES_SUPPORTED = "support.pes-supported";
    static final String TEST_STOCK = "test.stock";
    static volatile BigDecimal stock = BigDecimal.ZERO;

    private final SupportRecords support;
    private final ObjectProvider<ProgrammeMeasures> all;

    StandInSupportMeasures(SupportRecords support, ObjectProvider<ProgrammeMeasures> all) {
        this.support = support;
        this.all = all;
    }

    @Override
    public List<Measure> measures() {
        Measure stockMeasure = new Measure(TEST_STOCK, "measure.test.stock", "measure.unit.pes", Measure.Kind.STOCK,
                false);
        boolean real = all.stream().filter(bean -> bean != this)
                .anyMatch(bean -> bean.measures().stream().anyMatch(m -> m.code().equals(PES_SUPPORTED)));
        return real ? List.of(stockMeasure) : List.of(stockMeasure,
                new Measure(PES_SUPPORTED, "measure.support.pes-supported", "measure.unit.pes", Measure.Kind.FLOW, false));
    }

    @Override
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        if (TEST_STOCK.equals(code)) {
            return new MeasureValue(code, to, to, stock, Map.of(), null, Instant.now());
        }
        if (!PES_SUPPORTED.equals(code)) {
            throw new IllegalArgumentException(code);
        }
        return new MeasureValue(code, from, to, BigDecimal.valueOf(support.supportedPes(from, to, null).count()),
                Map.of(), "/support?from=" + from + "&to=" + to, Instant.now());
    }
}
