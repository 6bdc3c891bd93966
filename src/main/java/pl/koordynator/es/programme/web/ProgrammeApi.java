package pl.koordynator.es.programme.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.programme.IndicatorSeries;
import pl.koordynator.es.programme.Programmes.ProgrammeSummary;
import pl.koordynator.es.programme.domain.ApprovalInput;
import pl.koordynator.es.programme.domain.ImportReport;
import pl.koordynator.es.programme.domain.IndicatorInput;
import pl.koordynator.es.programme.domain.IndicatorService;
import pl.koordynator.es.programme.domain.IndicatorView;
import pl.koordynator.es.programme.domain.ManualValueInput;
import pl.koordynator.es.programme.domain.ManualValueView;
import pl.koordynator.es.programme.domain.MeasureCatalogue;
import pl.koordynator.es.programme.domain.MeasureView;
import pl.koordynator.es.programme.domain.ProgrammeDetail;
import pl.koordynator.es.programme.domain.ProgrammeImportService;
import pl.koordynator.es.programme.domain.ProgrammeInput;
import pl.koordynator.es.programme.domain.ProgrammeService;
import pl.koordynator.es.programme.domain.ProgrammeSettingsService;
import pl.koordynator.es.programme.domain.ProgrammeView;
import pl.koordynator.es.programme.domain.Thresholds;
import pl.koordynator.es.programme.domain.VersionInput;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The programme over HTTP. Reads are open to everyone: the services show visitors, PES and
 * partners only the public indicators of versions in force, and everything to ROPS, OWES and the
 * committee. Writes are ROPS's, manual values also the OWES's.
 */
@RestController
@RequestMapping("/api/v1/programme")
class ProgrammeApi {

    private final ProgrammeService programmes;
    private final IndicatorService indicators;
    private final MeasureCatalogue measures;
    private final ProgrammeSettingsService settings;
    private final ProgrammeImportService imports;
    private final MessageSource messages;

    ProgrammeApi(ProgrammeService programmes, IndicatorService indicators, MeasureCatalogue measures,
            ProgrammeSettingsService settings, ProgrammeImportService imports, MessageSource messages) {
        this.programmes = programmes;
        this.indicators = indicators;
        this.measures = measures;
        this.settings = settings;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/programmes")
    List<ProgrammeSummary> programmes() {
        return programmes.programmes();
    }

    @GetMapping("/programmes/{id}")
    ProgrammeDetail programme(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return programmes.detail(id, year);
    }

    @PostMapping("/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProgrammeView> create(@RequestBody ProgrammeInput input, UriComponentsBuilder uri) {
        ProgrammeView created = programmes.create(input);
        return ResponseEntity.created(uri.path("/api/v1/programme/programmes/{id}").build(created.id())).body(created);
    }

    @PutMapping("/programmes/{id}")
    ProgrammeView update(@PathVariable long id, @RequestBody ProgrammeInput input) {
        return programmes.update(id, input);
    }

    @PostMapping("/programmes/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProgrammeView> newVersion(@PathVariable long id, @RequestBody(required = false) VersionInput input,
            UriComponentsBuilder uri) {
        ProgrammeView created = programmes.newVersion(id, input == null ? new VersionInput(null) : input);
        return ResponseEntity.created(uri.path("/api/v1/programme/programmes/{id}").build(created.id())).body(created);
    }

    /**
     * Targets and manual values from CSV or XLSX; a file with problems gets 422 with each row's
     * problems and writes nothing.
     */
    @PostMapping("/programmes/{id}/import")
    @ApiResponse(responseCode = "200", description = "The file was read without problems (and written unless dryRun)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)))
    ResponseEntity<?> importFile(@PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Locale locale, HttpServletRequest request)
            throws IOException {
        ImportReport report = imports.importFile(id, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes(), dryRun);
        if (!report.hasProblems()) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("programme.import.rejected",
                        new Object[] {report.rows().stream().filter(row -> !row.ok()).count()}, locale));
        problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("rows", report.rows().size());
        problem.setProperty("problems", report.localisedProblems(messages, locale));
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping("/indicators")
    List<IndicatorView> indicators(@RequestParam(required = false) Long programmeId) {
        return indicators.indicators(programmeId);
    }

    @GetMapping("/indicators/{id}")
    IndicatorView indicator(@PathVariable long id) {
        return indicators.indicator(id);
    }

    @PostMapping("/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IndicatorView> createIndicator(@RequestBody IndicatorInput input, UriComponentsBuilder uri) {
        IndicatorView created = indicators.create(input);
        return ResponseEntity.created(uri.path("/api/v1/programme/indicators/{id}").build(created.id())).body(created);
    }

    @PutMapping("/indicators/{id}")
    IndicatorView updateIndicator(@PathVariable long id, @RequestBody IndicatorInput input) {
        return indicators.update(id, input);
    }

    /** The periods of an indicator; {@code from} and {@code to} are years ({@code 2025}) or days ({@code 2025-03-31}). */
    @GetMapping("/indicators/{id}/values")
    IndicatorSeries values(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return programmes.series(id, day(from, "from", true), day(to, "to", false));
    }

    @PostMapping("/indicators/{id}/values")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ManualValueView> enterValue(@PathVariable long id, @RequestBody ManualValueInput input,
            UriComponentsBuilder uri) {
        ManualValueView created = indicators.enterValue(id, input);
        return ResponseEntity.created(uri.path("/api/v1/programme/values/{id}").build(created.id())).body(created);
    }

    /** Values entered by hand for the indicator, in every state. */
    @GetMapping("/indicators/{id}/manual-values")
    List<ManualValueView> manualValues(@PathVariable long id) {
        return indicators.manualValues(id);
    }

    /** Manual values waiting for ROPS's decision. */
    @GetMapping("/values")
    List<ManualValueView> pendingValues() {
        return indicators.pendingValues();
    }

    @PostMapping("/values/{id}/approval")
    ManualValueView decide(@PathVariable long id, @RequestBody ApprovalInput input) {
        return indicators.decide(id, input);
    }

    @GetMapping("/measures")
    List<MeasureView> measures() {
        return measures.measures();
    }

    @GetMapping("/settings")
    Thresholds thresholds() {
        return settings.thresholds();
    }

    @PutMapping("/settings")
    Thresholds updateThresholds(@RequestBody Thresholds input) {
        return settings.update(input);
    }

    /** A year is its first or last day; null stays null (the programme's whole period). */
    private static LocalDate day(String text, String field, boolean start) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NumberFormatException wrong) {
            throw InvalidInputException.of(field, "programme.period.day");
        }
    }
}
