package pl.koordynator.es.localplans.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.koordynator.es.localplans.LocalPlanDiagnosis;
import pl.koordynator.es.localplans.PlanDiagnosis;
import pl.koordynator.es.localplans.PlanFile;

/** The diagnosis page of a plan and its PDF. */
@Controller
class LocalPlanDiagnosisPages {

    private final LocalPlanDiagnosis diagnosis;

    LocalPlanDiagnosisPages(LocalPlanDiagnosis diagnosis) {
        this.diagnosis = diagnosis;
    }

    @GetMapping("/plany-lokalne/{id:\\d+}/diagnoza")
    String page(@PathVariable long id, Model model) {
        PlanDiagnosis found = diagnosis.diagnosis(id);
        model.addAttribute("diagnosis", found);
        model.addAttribute("paragraphs", paragraphs(found.sectionText()));
        return "localplans/diagnosis";
    }

    /** The text's paragraphs (split at blank lines), each as its lines: the page keeps the authors' breaks. */
    static List<List<String>> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(p -> List.of(p.strip().split("\\R"))).toList();
    }

    @GetMapping("/plany-lokalne/{id:\\d+}/diagnoza.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        PlanFile file = diagnosis.pdf(id, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }
}
