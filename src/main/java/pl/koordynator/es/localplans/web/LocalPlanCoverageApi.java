package pl.koordynator.es.localplans.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.localplans.CoverageStatus;
import pl.koordynator.es.localplans.LocalPlanCoverage;
import pl.koordynator.es.localplans.LocalPlanCoverageView;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The coverage of the region by local plans (public, open data): counts per status of gminas and
 * powiats, every unit with its status (filtered by {@code powiatTeryt} and {@code status}), plans
 * expiring within a year and the priority index's top gminas without an active plan.
 */
@RestController
class LocalPlanCoverageApi {

    private final LocalPlanCoverage coverage;

    LocalPlanCoverageApi(LocalPlanCoverage coverage) {
        this.coverage = coverage;
    }

    @GetMapping("/api/v1/local-plans/coverage")
    LocalPlanCoverageView coverage(@RequestParam(required = false) String powiatTeryt,
            @RequestParam(required = false) String status) {
        return coverage.coverage(powiatTeryt, status(status));
    }

    /** A coverage status named in a request (any case); null for none, a problem naming {@code status} else. */
    static CoverageStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CoverageStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("status", "localplans.cov.error.status");
        }
    }
}
