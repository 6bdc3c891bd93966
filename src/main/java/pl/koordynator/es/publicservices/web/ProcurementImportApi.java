package pl.koordynator.es.publicservices.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import pl.koordynator.es.publicservices.ProcurementImportLine;
import pl.koordynator.es.publicservices.ProcurementImportReport;
import pl.koordynator.es.publicservices.ProcurementImports;

/**
 * Import of procurements from a CSV, XLSX or OCDS JSON file ({@code file}), stored unless
 * {@code dryRun}. A file without problems: 200 with the report (what was, or in a dry run would be,
 * created and updated). A file with a problem in any row: 422 problem+json carrying the same report
 * and each problem (row, column or field, message), nothing stored, in a dry run too. A file that
 * cannot be read, or an OCDS package that is malformed: 400 problem+json naming the file or the
 * release and field ({@code releases[2].tender.value.amount}).
 */
@RestController
class ProcurementImportApi {

    private final ProcurementImports imports;
    private final MessageSource messages;

    ProcurementImportApi(ProcurementImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** A report as the API shows it, with each problem in the reader's language. */
    record Report(ProcurementImportReport.Format format, boolean dryRun, boolean written, int rowsRead,
            int procurementsCreated, int procurementsUpdated, int lotsCreated, int lotsUpdated,
            List<ProcurementImportLine> procurements, List<Problem> problems) {
    }

    record Problem(Integer row, String field, String message) {
    }

    @PostMapping("/api/v1/procurements/import")
    @ApiResponse(responseCode = "200", description = "The file was read without problems (and written unless dryRun)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Report.class)))
    ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, Locale locale, HttpServletRequest request)
            throws IOException {
        ProcurementImportReport report = imports.importFile(file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes(), dryRun);
        Report localised = new Report(report.format(), report.dryRun(), report.written(), report.rowsRead(),
                report.procurementsCreated(), report.procurementsUpdated(), report.lotsCreated(), report.lotsUpdated(),
                report.procurements(), report.problems().stream().map(problem -> new Problem(problem.row(),
                        problem.field(), messages.getMessage(problem.messageKey(), problem.arguments(),
                                problem.messageKey(), locale))).toList());
        if (!report.hasProblems()) {
            return ResponseEntity.ok(localised);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("publicservices.import.rejected", new Object[] {report.problems().size()}, locale));
        problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("report", localised);
        problem.setProperty("problems", localised.problems());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
