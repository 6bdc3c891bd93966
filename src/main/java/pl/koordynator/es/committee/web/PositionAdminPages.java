package pl.koordynator.es.committee.web;

import java.io.IOException;
import java.util.Arrays;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.committee.CommitteeDocuments;
import pl.koordynator.es.committee.DocumentQuery;
import pl.koordynator.es.committee.PositionQuery;
import pl.koordynator.es.committee.PositionView;
import pl.koordynator.es.committee.SectorPositions;
import pl.koordynator.es.committee.TakenIntoAccount;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;

/**
 * ROPS keeps the register of positions it submitted on behalf of the sector: what each answers,
 * to whom and by when, who co-signed it, the committee document that adopted it, the answer and
 * whether it was taken into account. The public list is the register's other face.
 */
@Controller
@RequestMapping("/admin/committee/positions")
class PositionAdminPages {

    private final SectorPositions positions;
    private final CommitteeDocuments documents;
    private final CommitteeChoices choices;

    PositionAdminPages(SectorPositions positions, CommitteeDocuments documents, CommitteeChoices choices) {
        this.positions = positions;
        this.documents = documents;
        this.choices = choices;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("positions", positions.positions(PositionQuery.everything(), Paging.of(page, null)));
        return "committee/admin/positions";
    }

    @GetMapping("/new")
    String newPosition(Model model) {
        return form(null, new PositionForm(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") PositionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> problems, () -> {
            PositionView created = positions.createPosition(form.toInput(choices));
            redirect.addFlashAttribute("message", "committee.admin.position.created");
            return "redirect:/admin/committee/positions/" + created.id() + "/edit";
        });
        return next != null ? next : form(null, form, model);
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        PositionView position = positions.position(id);
        return form(position, PositionForm.of(position), model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") PositionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> problems, () -> {
            positions.updatePosition(id, form.toInput(choices));
            redirect.addFlashAttribute("message", "committee.admin.position.saved");
            return "redirect:/admin/committee/positions";
        });
        return next != null ? next : form(positions.position(id), form, model);
    }

    @PostMapping("/{id:\\d+}/attachments")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            positions.attachToPosition(id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("message", "committee.admin.attachment.added");
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("stepError", problems.problems().get(0).messageKey());
            Object[] arguments = problems.problems().get(0).arguments();
            redirect.addFlashAttribute("stepErrorArguments", arguments == null ? new String[0]
                    : Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
        }
        return "redirect:/admin/committee/positions/" + id + "/edit";
    }

    private String form(PositionView position, PositionForm form, Model model) {
        model.addAttribute("position", position);
        model.addAttribute("form", form);
        model.addAttribute("outcomes", TakenIntoAccount.values());
        // a position is adopted by a committee document that was itself adopted
        model.addAttribute("resolutions", documents.documents(DocumentQuery.adopted(), Paging.of(0, Paging.MAX_SIZE))
                .items());
        return "committee/admin/position-form";
    }
}
