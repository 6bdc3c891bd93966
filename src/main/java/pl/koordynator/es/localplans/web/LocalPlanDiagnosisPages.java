package pl.koordynator.es.localplans.web;

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
        model.addAttribute("diagnosis", diagnosis.diagnosis(id));
        return "localplans/diagnosis";
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
