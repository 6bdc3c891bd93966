package pl.koordynator.es.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A small programme's year built by hand, with Polish letters in every name, for the report and page tests. */
public final class ProgressSamples {

    private ProgressSamples() {
    }

    public static IndicatorProgress indicator(long id, String code, String name, ValueSource source, String measure,
            String target, String actual, String cumulative, Double progress, ProgressStatus status, String comment) {
        return new IndicatorProgress(id, code, name, "PES", Direction.HIGHER_IS_BETTER, TimeAggregation.SUM, source,
                measure, BigDecimal.ONE, new BigDecimal("12"), 2022, decimal(target), decimal(actual),
                decimal(cumulative), new BigDecimal("1234.5"), decimal(target), progress, status, true, null, 0,
                comment);
    }

    public static ProgrammeProgress year2025() {
        IndicatorProgress supported = indicator(11, "W1.1.1", "Liczba PES wspartych w Łodzi i Gdańsku",
                ValueSource.COMPUTED, "support.pes-supported", "30", "27", "41", 0.9, ProgressStatus.ON_TRACK,
                "Wsparcie doradcze świadczone przez OWES");
        IndicatorProgress ties = indicator(12, "W1.1.2", "Współpraca PES z biznesem i nauką (umowy)",
                ValueSource.MANUAL, null, "10", "5", "5", 0.5, ProgressStatus.OFF_TRACK, "Źródło: sprawozdanie żółte");
        IndicatorProgress promotion = indicator(13, "W2.1.1", "Kampanie promujące ekonomię społeczną",
                ValueSource.MANUAL, null, "4", null, null, null, ProgressStatus.NO_DATA, null);
        ProgressNode action = new ProgressNode(3, NodeLevel.ACTION, "1.1.1", "Doradztwo dla spółdzielni socjalnych",
                BigDecimal.ONE, 0.7, ProgressStatus.AT_RISK,
                new ProgressNode.ActionDetails(List.of("ROPS w Gdańsku", "OWES Słupsk"), List.of("Urząd Pracy w Łebie"),
                        new BigDecimal("250000.00"), new BigDecimal("123456.78"), "ONGOING"),
                List.of(), List.of(supported, ties), "Opóźnienie naboru");
        ProgressNode objective = new ProgressNode(2, NodeLevel.OBJECTIVE, "1.1", "Wzmocnienie potencjału PES",
                BigDecimal.ONE, 0.7, ProgressStatus.AT_RISK, null, List.of(action), List.of(), null);
        ProgressNode priority = new ProgressNode(1, NodeLevel.PRIORITY, "1", "Rozwój przedsiębiorczości społecznej",
                BigDecimal.ONE, 0.7, ProgressStatus.AT_RISK, null, List.of(objective), List.of(), null);
        ProgressNode promotionAction = new ProgressNode(6, NodeLevel.ACTION, "2.1.1", "Kampania „Kupuj społecznie”",
                BigDecimal.ONE, null, ProgressStatus.NO_DATA,
                new ProgressNode.ActionDetails(List.of("ROPS w Gdańsku"), List.of(), null, null, "planowane"),
                List.of(), List.of(promotion), null);
        ProgressNode objective2 = new ProgressNode(5, NodeLevel.OBJECTIVE, "2.1", "Promocja produktów PES",
                BigDecimal.ONE, null, ProgressStatus.NO_DATA, null, List.of(promotionAction), List.of(), null);
        ProgressNode priority2 = new ProgressNode(4, NodeLevel.PRIORITY, "2", "Wizerunek ekonomii społecznej",
                BigDecimal.ONE, null, ProgressStatus.NO_DATA, null, List.of(objective2), List.of(), null);
        return new ProgrammeProgress(100, "Pomorska Ekonomia Społeczna 2030 – Łódź-test", 2023, 2030, 2,
                ProgrammeStatus.IN_FORCE, "123/45/23", LocalDate.of(2023, 6, 23), true, 2025, 0.7,
                ProgressStatus.AT_RISK, List.of(priority, priority2));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
