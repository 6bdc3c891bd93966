package pl.koordynator.es.catalogue.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.catalogue.CatalogueMarks;
import pl.koordynator.es.catalogue.MarkApplicationStatus;
import pl.koordynator.es.catalogue.MarkDecisionInput;
import pl.koordynator.es.catalogue.MarkVoteChoice;
import pl.koordynator.es.catalogue.MarkVoteInput;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;

/**
 * The mark's board (Kapituła): the queue of applications, an application with its criteria,
 * recommendations and votes, a member's vote, and ROPS's decision and revocation. A refusal of the
 * rules comes back above the forms as a message, the application unchanged.
 */
@Controller
@RequestMapping("/kapitula")
class MarkBoardPages {

    private final CatalogueMarks marks;

    MarkBoardPages(CatalogueMarks marks) {
        this.marks = marks;
    }

    @GetMapping
    String queue(@RequestParam(required = false) MarkApplicationStatus status,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("applications", marks.boardQueue(status, Paging.of(page, null)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", MarkApplicationStatus.values());
        model.addAttribute("pageLinkBase", "/kapitula?" + (status == null ? "" : "status=" + status + "&") + "page=");
        return "catalogue/mark/queue";
    }

    @GetMapping("/{id:\\d+}")
    String application(@PathVariable long id, HttpServletRequest request, Model model) {
        model.addAttribute("markApplication", marks.boardApplication(id));
        // the decision form is ROPS's; the service refuses anyone else anyway
        model.addAttribute("admin", request.isUserInRole("ADMIN"));
        model.addAttribute("board", true);
        model.addAttribute("choices", MarkVoteChoice.values());
        return "catalogue/mark/application";
    }

    @GetMapping("/{id:\\d+}/dowod")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        return MarkEvidenceDownload.of(marks.boardEvidence(id));
    }

    @PostMapping("/{id:\\d+}/glos")
    String vote(@PathVariable long id, @RequestParam(required = false) MarkVoteChoice choice,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, redirect, "catalogue.mark.pages.voted", () -> marks.vote(id, new MarkVoteInput(choice, comment)));
    }

    @PostMapping("/{id:\\d+}/decyzja")
    String decide(@PathVariable long id, @RequestParam(required = false) Boolean grant,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return step(id, redirect, "catalogue.mark.pages.decided",
                () -> marks.decide(id, new MarkDecisionInput(grant, (LocalDate) null, reason)));
    }

    @PostMapping("/{id:\\d+}/licencja/{licenceId:\\d+}/odebranie")
    String revoke(@PathVariable long id, @PathVariable long licenceId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return step(id, redirect, "catalogue.mark.pages.revoked", () -> marks.revoke(licenceId, reason));
    }

    private String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("stepError", refused.messageKey());
            redirect.addFlashAttribute("stepErrorArguments", refused.arguments());
        } catch (InvalidInputException problems) {
            var first = problems.problems().get(0);
            redirect.addFlashAttribute("stepError", first.messageKey());
            redirect.addFlashAttribute("stepErrorArguments", first.arguments());
        }
        return "redirect:/kapitula/" + id;
    }
}
