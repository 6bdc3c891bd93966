package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.publicservices.ClauseMeasure;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;

/**
 * What public services count for the programme, all flows over the days asked (procurements by their
 * notice date, public tasks by their call date) and split by the powiat of the buyer's seat, counted
 * as the social clause measures count them:
 * <ul>
 * <li>{@code publicservices.procurement-value}: value of the lots not cancelled, PLN;</li>
 * <li>{@code publicservices.value-with-clauses}: the part of it in lots with any social clause;</li>
 * <li>{@code publicservices.contracts-won-by-pes}: awarded lots whose contractor was a PES;</li>
 * <li>{@code publicservices.value-won-by-pes}: their contract value;</li>
 * <li>{@code publicservices.contracts-won-by-social-enterprises}: awarded lots won by a social enterprise;</li>
 * <li>{@code publicservices.persons-employed-art96}: persons employed through art. 96(2)(2) clauses;</li>
 * <li>{@code publicservices.public-tasks-value-to-pes}: amount of public tasks commissioned to PES.</li>
 * </ul>
 * The share with clauses is a ratio of two of them (an indicator's target of 5 % divides the second by
 * the first), not a measure of its own, as the programme adds measures up over periods and powiats.
 */
@Component
class PublicServicesProgrammeMeasures implements ProgrammeMeasures {

    static final String PROCUREMENT_VALUE = "publicservices.procurement-value";
    static final String VALUE_WITH_CLAUSES = "publicservices.value-with-clauses";
    static final String CONTRACTS_WON_BY_PES = "publicservices.contracts-won-by-pes";
    static final String VALUE_WON_BY_PES = "publicservices.value-won-by-pes";
    static final String CONTRACTS_WON_BY_SOCIAL_ENTERPRISES = "publicservices.contracts-won-by-social-enterprises";
    static final String PERSONS_EMPLOYED_ART96 = "publicservices.persons-employed-art96";
    static final String PUBLIC_TASKS_VALUE_TO_PES = "publicservices.public-tasks-value-to-pes";

    private static final String PLN = "publicservices.measures.unit.pln";
    private static final String CONTRACTS = "publicservices.measures.unit.contracts";
    private static final String PERSONS = "measure.unit.persons";

    private static final Map<String, Function<ClauseMeasure, BigDecimal>> VALUES = new LinkedHashMap<>();
    private static final List<Measure> MEASURES;

    static {
        VALUES.put(PROCUREMENT_VALUE, ClauseMeasure::valueTotal);
        VALUES.put(VALUE_WITH_CLAUSES, ClauseMeasure::valueWithClauses);
        VALUES.put(CONTRACTS_WON_BY_PES, m -> BigDecimal.valueOf(m.contractsWonByPes()));
        VALUES.put(VALUE_WON_BY_PES, ClauseMeasure::valueWonByPes);
        VALUES.put(CONTRACTS_WON_BY_SOCIAL_ENTERPRISES, m -> BigDecimal.valueOf(m.contractsWonBySocialEnterprises()));
        VALUES.put(PERSONS_EMPLOYED_ART96, m -> BigDecimal.valueOf(m.personsEmployedArt96()));
        VALUES.put(PUBLIC_TASKS_VALUE_TO_PES, ClauseMeasure::publicTasksValueToPes);
        MEASURES = VALUES.keySet().stream().map(code -> new Measure(code,
                "publicservices.measures.programme." + code.substring(code.indexOf('.') + 1), unit(code),
                Measure.Kind.FLOW, true)).toList();
    }

    private final ClauseMeasuresService measures;
    private final Clock clock;

    PublicServicesProgrammeMeasures(ClauseMeasuresService measures, Clock clock) {
        this.measures = measures;
        this.clock = clock;
    }

    private static String unit(String code) {
        return switch (code) {
            case CONTRACTS_WON_BY_PES, CONTRACTS_WON_BY_SOCIAL_ENTERPRISES -> CONTRACTS;
            case PERSONS_EMPLOYED_ART96 -> PERSONS;
            default -> PLN;
        };
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        Function<ClauseMeasure, BigDecimal> value = VALUES.get(code);
        if (value == null) {
            throw new IllegalArgumentException("Not a public services measure: " + code);
        }
        Map<String, ClauseMeasure> byUnit = measures.overDays(from, to);
        Map<String, BigDecimal> byPowiat = new LinkedHashMap<>();
        byUnit.forEach((unit, measure) -> {
            BigDecimal v = value.apply(measure);
            if (!unit.isEmpty() && v.signum() != 0) {
                byPowiat.put(unit, v);
            }
        });
        return new MeasureValue(code, from, to, value.apply(byUnit.get("")), byPowiat, "/klauzule-spoleczne",
                clock.instant());
    }
}
