package pl.koordynator.es.reporting;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Implemented by modules that already know what an OWES did in a period (consulting hours given,
 * events held), so the report form offers the value prefilled. Every bean implementing it is
 * asked; the first that knows a value wins. An OWES may enter a different value, with a comment.
 */
public interface KnownValues {

    Optional<KnownValue> value(long owesId, String indicatorCode, LocalDate from, LocalDate to);
}
