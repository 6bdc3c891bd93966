package pl.koordynator.es.localplans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One figure of a diagnosis, labelled in the reader's language, with when it holds and where it comes
 * from.
 *
 * @param code      stable code: the map's indicator code (e.g. {@code PES_ACTIVE}) or the diagnosis's own
 *                  (e.g. {@code SUPPORTED_PES}, {@code CLAUSES_LOTS_2025})
 * @param value     null when the source has no data for the unit
 * @param asOf      the day it holds (a live count) or the last day of {@code from}..{@code asOf}; null when
 *                  it is a year's figure
 * @param year      the year of a yearly figure (imported statistics, procurements), else null
 * @param from      the first day of a period figure (support, events), else null
 * @param source    who produced the figure, in words
 * @param sourceApi the platform's API path that gives the same figure, to check it
 * @param items     what the figure counts, where it names things (needs, networks, OWES)
 */
public record DiagnosisFigure(String code, String label, BigDecimal value, String unit, LocalDate asOf,
        Integer year, LocalDate from, String source, String sourceApi, List<Item> items) {

    public DiagnosisFigure {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A thing a figure counts: a need's title with its date, a network's name with its PES of the area. */
    public record Item(String label, String detail) {
    }
}
