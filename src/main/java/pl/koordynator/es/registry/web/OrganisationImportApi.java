package pl.koordynator.es.registry.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import pl.koordynator.es.registry.domain.OrganisationImportReport;
import pl.koordynator.es.registry.domain.OrganisationImportReport.Localised;
import pl.koordynator.es.registry.domain.OrganisationImportService;
import pl.koordynator.es.registry.domain.OrganisationImportService.Mode;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * Import of a register file in one request: a dry run by default, then all or nothing (422 and
 * nothing written when a row is bad) or the valid rows only. The pages run the same import as a
 * background job with a progress bar.
 */
@RestController
class OrganisationImportApi {

    private final OrganisationImportService imports;
    private final MessageSource messages;

    OrganisationImportApi(OrganisationImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping("/api/v1/organisations/import")
    ResponseEntity<Localised> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(required = false) String mode,
            Locale locale) throws IOException {
        imports.importer();
        Mode parsed = Mode.parse(mode);
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "registryimport.file.required");
        }
        OrganisationImportReport report = imports.run(file.getBytes(), file.getOriginalFilename(), dryRun, parsed,
                null);
        HttpStatus status = !dryRun && parsed == Mode.ALL && report.hasErrors() ? HttpStatus.UNPROCESSABLE_CONTENT
                : HttpStatus.OK;
        return ResponseEntity.status(status).body(report.localised(messages, locale));
    }
}
