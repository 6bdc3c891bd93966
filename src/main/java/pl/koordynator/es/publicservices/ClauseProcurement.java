package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A procurement with a social clause, as a JST's measures page lists it; {@code value} counted as in the measures. */
public record ClauseProcurement(long id, String title, String noticeNumber, LocalDate noticeDate, BigDecimal value,
        List<ClauseType> clauses) {

    public ClauseProcurement {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }
}
