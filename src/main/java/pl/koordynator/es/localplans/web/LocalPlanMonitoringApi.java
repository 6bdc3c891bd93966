package pl.koordynator.es.localplans.web;

import java.math.BigDecimal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.localplans.LocalPlanMonitoring;
import pl.koordynator.es.localplans.PlanMonitoring;

/**
 * A local plan's monitoring over HTTP: every signed-in user reads it; ROPS and the plan's JST enter the
 * values of its ENTERED indicators and write the yearly note.
 */
@RestController
class LocalPlanMonitoringApi {

    private final LocalPlanMonitoring monitoring;

    LocalPlanMonitoringApi(LocalPlanMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    /** The year's indicators with their status; without a year the current one within the plan's years. */
    @GetMapping("/api/v1/local-plans/{id:\\d+}/monitoring")
    PlanMonitoring monitoring(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return monitoring.monitoring(id, year);
    }

    record ValueInput(BigDecimal value) {
    }

    @PutMapping("/api/v1/local-plans/{id:\\d+}/indicators/{indicatorId:\\d+}/values/{year:\\d+}")
    PlanMonitoring.IndicatorStatus enterValue(@PathVariable long id, @PathVariable long indicatorId,
            @PathVariable int year, @RequestBody ValueInput input) {
        return monitoring.enterValue(id, indicatorId, year, input.value());
    }

    /** {@code version}: the note's version as read; omitted (or null) for a year without a note yet. */
    record NoteInput(String text, Long version) {
    }

    @PutMapping("/api/v1/local-plans/{id:\\d+}/notes/{year:\\d+}")
    PlanMonitoring.YearlyNote saveNote(@PathVariable long id, @PathVariable int year, @RequestBody NoteInput input) {
        return monitoring.saveNote(id, year, input.text(), input.version());
    }
}
