package pl.koordynator.es.reintegration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.reintegration.AggregateLevel;
import pl.koordynator.es.reintegration.AggregateTable;
import pl.koordynator.es.reintegration.CooperationMap;
import pl.koordynator.es.reintegration.ReintegrationAggregates;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The anonymous aggregates of referrals for signed-in users, with counts of 1–4 persons and the cells that
 * would give them away shown as {@code "suppressed": true} without a value.
 */
@RestController
@Tag(name = "Reintegration")
class ReintegrationAggregatesApi {

    private final ReintegrationAggregates aggregates;

    ReintegrationAggregatesApi(ReintegrationAggregates aggregates) {
        this.aggregates = aggregates;
    }

    @GetMapping("/api/v1/reintegration/aggregates")
    @Operation(summary = "Referrals, outcomes, flows between kinds of institutions and cooperating pairs per area",
            description = "year required (2000 to next year), quarter 1–4 optional (the year without it), level "
                    + "POWIAT, SUBREGION or REGION (default). A count of 1–4 persons, and every cell that would give "
                    + "one away through the totals of any table of the same year, has suppressed true and no value.")
    AggregateTable aggregates(@RequestParam(required = false) String year,
            @RequestParam(required = false) String quarter, @RequestParam(required = false) String level) {
        AggregateLevel chosen = AggregateLevel.parse(level);
        if (chosen == null) {
            throw InvalidInputException.of("level", "reintegration.agg.error.level");
        }
        return aggregates.table(year(year), quarter(quarter), chosen);
    }

    @GetMapping("/api/v1/reintegration/cooperation")
    @Operation(summary = "Every powiat with its pairs of cooperating institutions and its referrals (suppressed)")
    CooperationMap cooperation(@RequestParam(required = false) String year,
            @RequestParam(required = false) String quarter) {
        return aggregates.cooperation(year(year), quarter(quarter));
    }

    static int year(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("year", "reintegration.agg.error.yearRequired");
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.of("year", "reintegration.agg.error.yearRequired");
        }
    }

    static Integer quarter(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.of("quarter", "reintegration.agg.error.quarter");
        }
    }
}
