package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleExpressionTest {

    private static Map<String, BigDecimal> values(Object... pairs) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return values;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "JOBS_AT_RISK <= JOBS_CREATED;true",
            "JOBS_AT_RISK < JOBS_CREATED;true",
            "JOBS_AT_RISK > JOBS_CREATED;false",
            "JOBS_AT_RISK >= 3;true",
            "JOBS_AT_RISK == 3;true",
            "JOBS_AT_RISK != 3;false",
            "JOBS_CREATED - JOBS_AT_RISK == 2;true",
            "JOBS_CREATED − JOBS_AT_RISK == 2;true",
            "JOBS_CREATED * 2 == 10;true",
            "JOBS_CREATED × 2 == 10;true",
            "JOBS_CREATED / 2 == 2.5;true",
            "JOBS_CREATED / 2 == 2,5;true",
            "1 + 2 * 3 == 7;true",
            "(1 + 2) * 3 == 9;true",
            "-JOBS_CREATED < 0;true",
            "2 - -1 == 3;true",
            "10 - 4 - 3 == 3;true",
            "12 / 3 / 2 == 2;true",
            "JOBS_AT_RISK <= JOBS_CREATED and JOBS_CREATED > 10;false",
            "JOBS_AT_RISK <= JOBS_CREATED or JOBS_CREATED > 10;true",
            "JOBS_AT_RISK > JOBS_CREATED or JOBS_CREATED > 10;false",
            "JOBS_AT_RISK > 0 && JOBS_CREATED > 0;true",
            "JOBS_AT_RISK > 9 || JOBS_CREATED > 0;true",
            "JOBS_AT_RISK > 9 or JOBS_CREATED > 0 and JOBS_CREATED < 1;false",
            "(JOBS_AT_RISK > 9 or JOBS_CREATED > 0) and JOBS_CREATED < 10;true",
            "JOBS_AT_RISK ≤ JOBS_CREATED;true",
            "JOBS_AT_RISK * 100 / JOBS_CREATED <= 60;true",
            "JOBS_AT_RISK * 100 / JOBS_CREATED <= 59.9;false"})
    void evaluatesArithmeticComparisonsAndLogic(String rule, boolean expected) {
        assertThat(RuleExpression.parse(rule).test(values("JOBS_AT_RISK", 3, "JOBS_CREATED", 5))).contains(expected);
    }

    @Test
    void decimalsCompareByValueNotByScale() {
        assertThat(RuleExpression.parse("A_A == 2").test(values("A_A", "2.000"))).contains(true);
    }

    @Test
    void aRuleWhoseCodesAreEmptyIsSkipped() {
        RuleExpression rule = RuleExpression.parse("JOBS_AT_RISK <= JOBS_CREATED");
        assertThat(rule.test(values("JOBS_AT_RISK", 3))).isEmpty();
        assertThat(rule.test(values())).isEmpty();
    }

    @Test
    void divisionByZeroSkipsTheRuleInsteadOfFailing() {
        assertThat(RuleExpression.parse("A_A / B_B < 1").test(values("A_A", 1, "B_B", 0))).isEmpty();
    }

    @Test
    void namesTheCodesItUsesInOrder() {
        assertThat(RuleExpression.parse("PES_NEW + SE_NEW <= PES_SUPPORTED + PES_NEW").codes())
                .containsExactly("PES_NEW", "SE_NEW", "PES_SUPPORTED");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'' | 1 | reporting.rule.empty",
            "A_A <= | 7 | reporting.rule.incomplete",
            "A_A <= B_B) | 11 | reporting.rule.unexpected",
            "(A_A <= B_B | 12 | reporting.rule.closingParenthesis",
            "A_A + B_B | 1 | reporting.rule.notCondition",
            "A_A | 1 | reporting.rule.notCondition",
            "A_A <= B_B <= C_C | 12 | reporting.rule.chained",
            "A_A and B_B | 5 | reporting.rule.logicalOperands",
            "(A_A < 1) + 2 > 0 | 11 | reporting.rule.arithmeticOperands",
            "A_A < 1 == B_B < 2 | 9 | reporting.rule.chained",
            "A_A <= b | 8 | reporting.rule.code",
            "A_A <= 1. | 10 | reporting.rule.number",
            "A_A <= 1 ; B_B | 10 | reporting.rule.character",
            "A_A = B_B | 5 | reporting.rule.character",
            "A_A <= B_B * | 13 | reporting.rule.incomplete",
            "System.exit(0) > 1 | 1 | reporting.rule.code",
            "A_A <= * B_B | 8 | reporting.rule.unexpected"})
    void rejectsBadRulesNamingThePosition(String rule, int position, String reason) {
        assertThatThrownBy(() -> RuleExpression.parse(rule))
                .isInstanceOfSatisfying(RuleExpression.SyntaxError.class, error -> {
                    assertThat(error.reason()).isEqualTo(reason);
                    assertThat(error.position()).isEqualTo(position);
                });
    }
}
