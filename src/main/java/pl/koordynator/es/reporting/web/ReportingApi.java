package pl.koordynator.es.reporting.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.reporting.domain.AggregateService;
import pl.koordynator.es.reporting.domain.Decision;
import pl.koordynator.es.reporting.domain.NewReport;
import pl.koordynator.es.reporting.domain.ReportService;
import pl.koordynator.es.reporting.domain.ReportView;
import pl.koordynator.es.reporting.domain.Template;
import pl.koordynator.es.reporting.domain.TemplateInput;
import pl.koordynator.es.reporting.domain.TemplateService;
import pl.koordynator.es.reporting.domain.ValuesInput;

/**
 * OWES reports over HTTP, for OWES that report from their own systems and for ROPS. The
 * services decide who may do what: an OWES works on its own reports, ROPS approves and returns.
 */
@RestController
@RequestMapping("/api/v1/reporting")
class ReportingApi {

    /** Body of a submission: the version the caller last read, optional. */
    record VersionInput(Long version) {
    }

    private final TemplateService templates;
    private final ReportService reports;
    private final AggregateService aggregates;

    ReportingApi(TemplateService templates, ReportService reports, AggregateService aggregates) {
        this.templates = templates;
        this.reports = reports;
        this.aggregates = aggregates;
    }

    @GetMapping("/templates")
    List<Template> templates() {
        return templates.current();
    }

    @GetMapping("/templates/{code}")
    Template template(@PathVariable String code) {
        return templates.current(code);
    }

    /** Creates a template or changes one; a change of a template with reports becomes a new version. */
    @PostMapping("/templates")
    Template saveTemplate(@RequestBody TemplateInput input) {
        return templates.save(input);
    }

    @GetMapping("/reports")
    List<ReportView> reports(@RequestParam(required = false) Long owesId,
            @RequestParam(required = false) String template, @RequestParam(required = false) String period,
            @RequestParam(required = false) ReportStatus status) {
        return reports.search(owesId, template, period, status);
    }

    @PostMapping("/reports")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReportView> create(@RequestBody NewReport input, UriComponentsBuilder uri) {
        ReportView created = reports.create(input);
        return ResponseEntity.created(uri.path("/api/v1/reporting/reports/{id}").build(created.id())).body(created);
    }

    @GetMapping("/reports/{id}")
    ReportView report(@PathVariable long id) {
        return reports.get(id);
    }

    @PutMapping("/reports/{id}/values")
    ReportView values(@PathVariable long id, @RequestBody ValuesInput input) {
        return reports.saveValues(id, input);
    }

    @PostMapping("/reports/{id}/submit")
    ReportView submit(@PathVariable long id, @RequestBody(required = false) VersionInput input) {
        return reports.submit(id, input == null ? null : input.version());
    }

    @PostMapping("/reports/{id}/approve")
    ReportView approve(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return reports.approve(id, decision);
    }

    @PostMapping("/reports/{id}/return")
    ReportView returnReport(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return reports.returnReport(id, decision);
    }

    @PostMapping("/reports/{id}/reopen")
    ReportView reopen(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return reports.reopen(id, decision);
    }

    /** Totals of approved reports (with {@code include=submitted}, of submitted ones too: ROPS only, slower). */
    @GetMapping("/aggregate")
    AggregateService.Aggregate aggregate(@RequestParam(required = false) String template,
            @RequestParam(required = false) String period, @RequestParam(required = false) String level,
            @RequestParam(required = false) String include) {
        return aggregates.aggregate(template, period, level, "submitted".equalsIgnoreCase(include));
    }

    @GetMapping("/completeness")
    AggregateService.Completeness completeness(@RequestParam(required = false) String template,
            @RequestParam(required = false) String period) {
        return aggregates.completeness(template, period);
    }
}
