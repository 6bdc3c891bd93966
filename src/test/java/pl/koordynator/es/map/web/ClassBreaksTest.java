package pl.koordynator.es.map.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.map.UnitValue;

import static org.assertj.core.api.Assertions.assertThat;

class ClassBreaksTest {

    @Test
    void fiveQuantileClassesHoldAboutAFifthOfTheUnitsEach() {
        List<UnitValue> units = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            units.add(unit(i));
        }
        ClassBreaks breaks = ClassBreaks.of(units);
        assertThat(breaks.thresholds()).extracting(BigDecimal::intValue).containsExactly(21, 41, 61, 81);
        assertThat(breaks.ranges()).extracting(ClassBreaks.Range::units).containsExactly(20, 20, 20, 20, 20);
        assertThat(breaks.ranges().get(0).lowest()).isEqualByComparingTo("1");
        assertThat(breaks.ranges().get(4).highest()).isEqualByComparingTo("100");
        assertThat(breaks.cssClass(new BigDecimal("1"))).isEqualTo("shade-0");
        assertThat(breaks.cssClass(new BigDecimal("100"))).isEqualTo("shade-4");
        assertThat(breaks.cssClass(null)).isEqualTo("shade-none");
    }

    @Test
    void equalValuesNeverStraddleTwoClassesAndFewClassesSpreadOverTheScale() {
        List<UnitValue> units = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            units.add(unit(0));
        }
        for (int i = 0; i < 10; i++) {
            units.add(unit(3));
        }
        units.add(new UnitValue("x", "bez danych", null, null));
        ClassBreaks breaks = ClassBreaks.of(units);
        assertThat(breaks.thresholds()).extracting(BigDecimal::intValue).containsExactly(3);
        assertThat(breaks.ranges()).extracting(ClassBreaks.Range::units).containsExactly(90, 10);
        assertThat(breaks.shades()).containsExactly(0, 4);
    }

    @Test
    void noValuesNoClasses() {
        ClassBreaks breaks = ClassBreaks.of(List.of(new UnitValue("x", "x", null, null)));
        assertThat(breaks.ranges()).isEmpty();
        assertThat(breaks.thresholds()).isEmpty();
    }

    private static UnitValue unit(int value) {
        return new UnitValue("t" + value, "n", BigDecimal.valueOf(value), null);
    }
}
