package pl.koordynator.es.registry.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
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
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;

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
    private final UploadSettings uploads;

    OrganisationImportPages(OrganisationImportService imports, OrganisationImportJobs jobs,
            OrganisationImportColumns columns, MessageSource messages, UploadSettings uploads) {
        this.imports = imports;
        this.jobs = jobs;
        this.columns = columns;
        this.messages = messages;
        this.uploads = uploads;
    }

    @GetMapping
    String form(Model model) {
        imports.importer();
        model.addAttribute("headers", columns.polishHeaders());
        model.addAttribute("mode", Mode.ALL);
        model.addAttribute("fileLimit", Uploads.megabytes(uploads.organisations()));
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
            model.addAttribute("fileError", invalid.problems().get(0));
            model.addAttribute("headers", columns.polishHeaders());
            model.addAttribute("mode", chosen);
            model.addAttribute("fileLimit", Uploads.megabytes(uploads.organisations()));
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

    /** A failed job (its instance was stopped in the middle, say) started again from the file kept with it. */
    @PostMapping("/{id:\\d+}/restart")
    String restart(@PathVariable long id) {
        jobs.restart(id);
        return "redirect:/organisations/import/" + id;
    }

    @GetMapping("/{id:\\d+}/errors.csv")
    void errors(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        Job job = jobs.get(id);
        List<RowError> errors = job.report() == null ? List.of() : job.report().errors();
        Downloads.csv(response, "bledy-importu-" + id + ".csv", new Table<RowError>("errors")
                .column(text("registryimport.errors.row", locale), RowError::row)
                .column(text("registryimport.errors.column", locale), e -> text("registry.field." + e.field(), locale))
                .column(text("registryimport.errors.problem", locale),
                        e -> OrganisationImportReport.message(e, messages, locale))
                .rows(errors));
    }

    @GetMapping("/template.csv")
    void template(HttpServletResponse response) throws IOException {
        imports.importer();
        List<String> headers = columns.polishHeaders();
        Table<List<String>> template = new Table<>("template");
        for (int c = 0; c < headers.size(); c++) {
            int column = c;
            template.column(headers.get(c), row -> row.get(column));
        }
        Downloads.csv(response, "szablon-importu-organizacji.csv", template.rows(List.of(EXAMPLE)));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
