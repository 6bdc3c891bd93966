package pl.koordynator.es.programme.web;

import java.io.IOException;
import java.util.Base64;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.programme.domain.ImportReport;
import pl.koordynator.es.programme.domain.ProgrammeImportService;
import pl.koordynator.es.programme.domain.ProgrammeService;
import pl.koordynator.es.programme.domain.ProgrammeSettingsService;
import pl.koordynator.es.programme.domain.Thresholds;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * ROPS's settings of the programme: the traffic lights' thresholds, and the import of targets and
 * manual values (a dry run with a row report first, then the same file confirmed: it travels back
 * in the confirming form, so nothing waits on one instance between the two requests).
 */
@Controller
class ProgrammeAdminPages {

    private final ProgrammeSettingsService settings;
    private final ProgrammeImportService imports;
    private final ProgrammeService programmes;

    ProgrammeAdminPages(ProgrammeSettingsService settings, ProgrammeImportService imports,
            ProgrammeService programmes) {
        this.settings = settings;
        this.imports = imports;
        this.programmes = programmes;
    }

    @GetMapping("/admin/programme/settings")
    String thresholds(Model model) {
        Thresholds current = settings.thresholds();
        model.addAttribute("onTrack", typed(current.onTrackPercent()));
        model.addAttribute("atRisk", typed(current.atRiskPercent()));
        model.addAttribute("version", current.version());
        return "programme/settings";
    }

    /** A percentage as a Polish user types it: 60,5, not 60.50. */
    private static String typed(java.math.BigDecimal percent) {
        return percent == null ? null : percent.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    @PostMapping("/admin/programme/settings")
    String saveThresholds(@RequestParam(required = false) String onTrack, @RequestParam(required = false) String atRisk,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        model.addAttribute("onTrack", onTrack);
        model.addAttribute("atRisk", atRisk);
        model.addAttribute("version", version);
        java.math.BigDecimal onTrackValue;
        java.math.BigDecimal atRiskValue;
        try {
            onTrackValue = ManualValueForm.number(onTrack);
        } catch (NumberFormatException wrong) {
            model.addAttribute("onTrackPercentError", "programme.page.values.notANumber");
            return "programme/settings";
        }
        try {
            atRiskValue = ManualValueForm.number(atRisk);
        } catch (NumberFormatException wrong) {
            model.addAttribute("atRiskPercentError", "programme.page.values.notANumber");
            return "programme/settings";
        }
        try {
            settings.update(new Thresholds(onTrackValue, atRiskValue, version));
            redirect.addFlashAttribute("message", "programme.page.settings.saved");
            return "redirect:/admin/programme/settings";
        } catch (InvalidInputException problems) {
            problems.problems().forEach(problem -> model.addAttribute(problem.field() + "Error", problem.messageKey()));
        } catch (ConflictException conflict) {
            model.addAttribute("formError", conflict.messageKey());
        }
        return "programme/settings";
    }

    @GetMapping("/admin/programme/{id:\\d+}/import")
    String importForm(@PathVariable long id, Model model) {
        model.addAttribute("programme", programmes.view(id));
        return "programme/import";
    }

    @PostMapping("/admin/programme/{id:\\d+}/import")
    String importFile(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String content, @RequestParam(required = false) String fileName,
            @RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect)
            throws IOException {
        boolean confirmed = "true".equals(confirm) && content != null;
        byte[] bytes;
        try {
            bytes = confirmed ? Base64.getDecoder().decode(content)
                    : file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IllegalArgumentException mangled) {
            // the confirming form came back damaged: the file is read as if none was sent, and the service names it
            bytes = null;
        }
        String name = confirmed ? fileName : file == null ? null : file.getOriginalFilename();
        model.addAttribute("programme", programmes.view(id));
        try {
            ImportReport report = imports.importFile(id, name, bytes, !confirmed);
            if (report.written()) {
                redirect.addFlashAttribute("message", "programme.page.import.done");
                // sessions may live in the database: only plain values travel to the next page
                redirect.addFlashAttribute("importedTargets", report.targets());
                redirect.addFlashAttribute("importedValues", report.values());
                return "redirect:/admin/programme/" + id + "/import";
            }
            model.addAttribute("report", report);
            if (!report.hasProblems()) {
                model.addAttribute("confirmFile", Base64.getEncoder().encodeToString(bytes));
                model.addAttribute("fileName", name);
            }
        } catch (InvalidInputException problems) {
            model.addAttribute("fileError", problems.problems().get(0));
        }
        return "programme/import";
    }
}
