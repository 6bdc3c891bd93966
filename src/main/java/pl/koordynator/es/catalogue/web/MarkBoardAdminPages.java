package pl.koordynator.es.catalogue.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.catalogue.CatalogueMarks;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;

/** ROPS names the members of the mark's board besides its own administrators, and removes them. */
@Controller
@RequestMapping("/admin/catalogue/kapitula")
class MarkBoardAdminPages {

    private final CatalogueMarks marks;

    MarkBoardAdminPages(CatalogueMarks marks) {
        this.marks = marks;
    }

    @GetMapping
    String board(Model model) {
        model.addAttribute("members", marks.board());
        return "catalogue/mark/board";
    }

    @PostMapping
    String add(@RequestParam(required = false) String username, RedirectAttributes redirect) {
        try {
            marks.addBoardMember(username);
            redirect.addFlashAttribute("message", "catalogue.mark.pages.memberAdded");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("stepError", refused.messageKey());
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("stepError", problems.problems().get(0).messageKey());
        }
        return "redirect:/admin/catalogue/kapitula";
    }

    @PostMapping("/{userId:\\d+}/usuniecie")
    String remove(@PathVariable long userId, RedirectAttributes redirect) {
        marks.removeBoardMember(userId);
        redirect.addFlashAttribute("message", "catalogue.mark.pages.memberRemoved");
        return "redirect:/admin/catalogue/kapitula";
    }
}
