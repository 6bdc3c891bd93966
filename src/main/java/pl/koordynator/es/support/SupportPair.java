package pl.koordynator.es.support;

import java.time.LocalDate;

/** An OWES that recorded support for a PES, with the first and last day of that support within the days asked. */
public record SupportPair(long owesId, long pesId, LocalDate firstDay, LocalDate lastDay) {
}
