package pl.koordynator.es.localplans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.localplans.LocalPlanDiagnosis;
import pl.koordynator.es.localplans.PlanDiagnosis;

/** A plan's diagnosis: the figures of its unit prefilled from the platform, each with date and source. */
@RestController
@Tag(name = "Local plans")
class LocalPlanDiagnosisApi {

    private final LocalPlanDiagnosis diagnosis;

    LocalPlanDiagnosisApi(LocalPlanDiagnosis diagnosis) {
        this.diagnosis = diagnosis;
    }

    @GetMapping("/api/v1/local-plans/{id:\\d+}/diagnosis")
    @Operation(summary = "The diagnosis of a local plan: figures of its gmina or powiat with their dates and sources",
            description = "Each figure names the API path (sourceApi) that answers the same value for the same unit; "
                    + "labels in the request's language. 404 for an unknown plan.")
    PlanDiagnosis diagnosis(@PathVariable long id) {
        return diagnosis.diagnosis(id);
    }
}
