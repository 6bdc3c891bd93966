package pl.koordynator.es.statistics.web;

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
import pl.koordynator.es.statistics.domain.ImportLayout;
import pl.koordynator.es.statistics.domain.ImportReport;
import pl.koordynator.es.statistics.domain.ImportReport.CodeYear;
import pl.koordynator.es.statistics.domain.ImportReport.Skipped;
import pl.koordynator.es.statistics.domain.StatisticsImportService;

/**
 * Import of a statistics file in one request (ADMIN): the long layout or a BDL export, told
 * apart by the header. A dry run checks and writes nothing; otherwise the values are written,
 * replacing the stored values of each indicator and year in the file. A file with problems gets
 * 422 with every problem and writes nothing; a file that is neither layout gets 400 naming
 * {@code file}.
 */
@RestController
class StatisticsImportApi {

    /** The report of a successful check or import. */
    record ImportSummary(ImportLayout layout, boolean dryRun, boolean written, int values, int units,
            List<CodeYear> perCodeYear, Skipped skipped) {

        static ImportSummary of(ImportReport report) {
            return new ImportSummary(report.layout(), report.dryRun(), report.written(), report.values(),
                    report.units(), report.perCodeYear(), report.skipped());
        }
    }

    private final StatisticsImportService imports;
    private final MessageSource messages;

    StatisticsImportApi(StatisticsImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping("/api/v1/statistics/import")
    @ApiResponse(responseCode = "200", description = "The file was read without problems (and written unless dryRun)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportSummary.class)))
    ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String indicator,
            Locale locale, HttpServletRequest request) throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        ImportReport report = imports.importFile(file == null ? null : file.getOriginalFilename(), content, indicator,
                dryRun);
        if (!report.hasProblems()) {
            return ResponseEntity.ok(ImportSummary.of(report));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("statistics.import.rejected", new Object[] {report.problems().size()}, locale));
        problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("layout", report.layout());
        problem.setProperty("problems", report.localisedProblems(messages, locale));
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
