package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;

/** Numbers as people write them: 20, not 20.0000 nor 2E+1 (which JSON would carry as it is). */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
