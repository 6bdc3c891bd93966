package pl.koordynator.es.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;

/**
 * A stock measure the tests set by hand ({@code test.stock}), so a status can be driven to any
 * value without building the data behind a real measure. Only in the tests' context.
 */
@Component
class TestStockMeasure implements ProgrammeMeasures {

    static final String PES_SUPPORTED = "support.pes-supported";
    static final String TEST_STOCK = "test.stock";
    static volatile BigDecimal stock = BigDecimal.ZERO;

    @Override
    public List<Measure> measures() {
        return List.of(new Measure(TEST_STOCK, "measure.test.stock", "measure.unit.pes", Measure.Kind.STOCK, false));
    }

    @Override
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        if (!TEST_STOCK.equals(code)) {
            throw new IllegalArgumentException(code);
        }
        return new MeasureValue(code, to, to, stock, Map.of(), null, Instant.now());
    }
}
