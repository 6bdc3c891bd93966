package pl.koordynator.es.registry.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import pl.koordynator.es.registry.domain.OrganisationImportColumns;
import pl.koordynator.es.registry.domain.OrganisationImportJobs;
import pl.koordynator.es.registry.domain.OrganisationImportJobs.Job;
import pl.koordynator.es.registry.domain.OrganisationImportReport;
import pl.koordynator.es.registry.domain.OrganisationImportReport.RowError;
import pl.koordynator.es.registry.domain.OrganisationImportService;
import pl.koordynator.es.registry.domain.OrganisationImportService.Mode;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The import pages: upload (a dry run starts at once in the background), the job's progress
 * polled by htmx, its report, and the import proper, all or nothing or the valid rows only.
 */
@Controller
@RequestMapping("/organisations/import")
class OrganisationImportPages {

    static final int ERRORS_SHOWN = 200;

    /** One example row of the template, in the order of {@link OrganisationImportColumns#FIELDS}. */
    private static final List<String> EXAMPLE = List.of("Spółdzielnia Socjalna Przykład", "Przykład",
            "Spółdzielnia socjalna", "526-025-09-95", "", "0000123456", "2261011", "ul. Długa 1", "80-001",
            "Gdańsk", "biuro@przyklad.pl", "+48 58 123 45 67", "https://przyklad.pl", "Catering i sprzątanie",
            "Gastronomia i catering; Sprzątanie i usługi porządkowe", "12", "6", "", "", "", "", "aktywna");

    private final OrganisationImportService imports;
    private final OrganisationImportJobs jobs;
    private final OrganisationImportColumns columns;
    private final MessageSource messages;

    OrganisationImportPages(OrganisationImportService imports, OrganisationImportJobs jobs,
            OrganisationImportColumns columns, MessageSource messages) {
        this.imports = imports;
        this.jobs = jobs;
        this.columns = columns;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        imports.importer();
        model.addAttribute("headers", columns.polishHeaders());
        model.addAttribute("mode", Mode.ALL);
        return "registry/import";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String mode, Model model) throws IOException {
        Mode chosen = Mode.parse(mode);
        try {
            long id = jobs.check(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), chosen);
            return "redirect:/organisations/import/" + id;
        } catch (InvalidInputException invalid) {
            model.addAttribute("fileError", invalid.problems().get(0).messageKey());
            model.addAttribute("headers", columns.polishHeaders());
            model.addAttribute("mode", chosen);
            return "registry/import";
        }
    }

    @GetMapping("/{id:\\d+}")
    String job(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Job job = jobs.get(id);
        model.addAttribute("job", job);
        OrganisationImportReport report = job.report();
        model.addAttribute("errorsShown", report == null ? List.of()
                : report.errors().subList(0, Math.min(ERRORS_SHOWN, report.errors().size())));
        return htmx != null ? "registry/import-job :: status" : "registry/import-job";
    }

    @PostMapping("/{id:\\d+}/run")
    String run(@PathVariable long id, @RequestParam(required = false) String mode) {
        jobs.importChecked(id, Mode.parse(mode));
        return "redirect:/organisations/import/" + id;
    }

    @GetMapping("/{id:\\d+}/errors.csv")
    ResponseEntity<byte[]> errors(@PathVariable long id, Locale locale) {
        Job job = jobs.get(id);
        List<RowError> errors = job.report() == null ? List.of() : job.report().errors();
        List<String> header = List.of(text("registryimport.errors.row", locale),
                text("registryimport.errors.column", locale), text("registryimport.errors.problem", locale));
        return csv("bledy-importu-" + id + ".csv", header, errors.stream().map(e -> List.of(
                String.valueOf(e.row()), text("registry.field." + e.field(), locale),
                OrganisationImportReport.message(e, messages, locale))).toList());
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        imports.importer();
        return csv("szablon-importu-organizacji.csv", columns.polishHeaders(), List.of(EXAMPLE));
    }

    /** Semicolons and a BOM: what Polish Excel opens correctly with a double click. */
    private static ResponseEntity<byte[]> csv(String fileName, List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setRecordSeparator("\r\n").get())) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName,
                        StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
