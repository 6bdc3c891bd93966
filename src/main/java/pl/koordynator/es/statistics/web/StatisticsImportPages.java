package pl.koordynator.es.statistics.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;
import pl.koordynator.es.statistics.domain.ImportReport.LocalisedProblem;
import pl.koordynator.es.statistics.domain.IndicatorCatalogue;
import pl.koordynator.es.statistics.domain.StatisticsImportService;
import pl.koordynator.es.statistics.domain.StatisticsImportService.StoredImport;

/**
 * The statistics import pages: upload (the file is stored and checked at once), the report of
 * the check with what would be replaced and every problem, and the confirmation that writes it.
 */
@Controller
@RequestMapping("/admin/statistics/import")
class StatisticsImportPages {

    static final int PROBLEMS_SHOWN = 200;

    private final StatisticsImportService imports;
    private final IndicatorCatalogue catalogue;
    private final MessageSource messages;
    private final UploadSettings uploads;

    StatisticsImportPages(StatisticsImportService imports, IndicatorCatalogue catalogue, MessageSource messages,
            UploadSettings uploads) {
        this.imports = imports;
        this.catalogue = catalogue;
        this.messages = messages;
        this.uploads = uploads;
    }

    @GetMapping
    String form(Model model) {
        return formPage(null, null, model);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String indicator, Model model) throws IOException {
        try {
            long id = imports.check(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), indicator);
            return "redirect:/admin/statistics/import/" + id;
        } catch (InvalidInputException invalid) {
            return formPage(invalid, indicator, model);
        }
    }

    @GetMapping("/{id:\\d+}")
    String report(@PathVariable long id, Model model, Locale locale) {
        StoredImport stored = imports.get(id);
        model.addAttribute("upload", stored);
        model.addAttribute("report", stored.report());
        List<LocalisedProblem> problems = stored.report().localisedProblems(messages, locale);
        model.addAttribute("problemsShown", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())));
        Map<String, String> names = new HashMap<>();
        catalogue.list().forEach(indicator -> names.put(indicator.code(), indicator.definition().name(locale)));
        model.addAttribute("names", names);
        return "statistics/import-report";
    }

    @PostMapping("/{id:\\d+}/apply")
    String apply(@PathVariable long id, RedirectAttributes redirect) {
        StoredImport before = imports.get(id);
        StoredImport after = imports.apply(id);
        if (!before.applied() && after.applied()) {
            redirect.addFlashAttribute("message", "statistics.import.applied");
        }
        return "redirect:/admin/statistics/import/" + id;
    }

    private String formPage(InvalidInputException invalid, String indicator, Model model) {
        model.addAttribute("indicators", catalogue.list());
        model.addAttribute("chosen", indicator);
        model.addAttribute("fileLimit", Uploads.megabytes(uploads.statistics()));
        if (invalid != null) {
            invalid.problems().forEach(problem -> model.addAttribute(problem.field() + "Error", problem));
        }
        return "statistics/import";
    }
}
