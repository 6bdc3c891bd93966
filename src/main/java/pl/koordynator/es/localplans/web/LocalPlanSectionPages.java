package pl.koordynator.es.localplans.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.localplans.CommentDecision;
import pl.koordynator.es.localplans.CommentInput;
import pl.koordynator.es.localplans.CommentStatus;
import pl.koordynator.es.localplans.CommentView;
import pl.koordynator.es.localplans.LocalPlanSections;
import pl.koordynator.es.localplans.SectionDiff;
import pl.koordynator.es.localplans.SectionInput;
import pl.koordynator.es.localplans.SectionKey;
import pl.koordynator.es.localplans.SectionSaved;
import pl.koordynator.es.localplans.SectionVersionView;
import pl.koordynator.es.localplans.SectionView;
import pl.koordynator.es.localplans.domain.SectionDiffs;
import pl.koordynator.es.localplans.web.LocalPlanSectionForms.CommentForm;
import pl.koordynator.es.localplans.web.LocalPlanSectionForms.DecisionForm;
import pl.koordynator.es.localplans.web.LocalPlanSectionForms.SectionForm;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * A plan's section: its text and author, the authors' form, the comments with their suggestions as
 * differences from the current text and the authors' decision forms, the comment form; the section's
 * history and the differences between two versions. Every form works without JavaScript; a refused
 * value comes back beside its field and nothing is saved.
 */
@Controller
@RequestMapping("/plany-lokalne/{id:\\d+}/sekcje/{slug}")
class LocalPlanSectionPages {

    private final LocalPlanSections sections;

    LocalPlanSectionPages(LocalPlanSections sections) {
        this.sections = sections;
    }

    @GetMapping
    String section(@PathVariable long id, @PathVariable String slug, Model model) {
        SectionKey key = LocalPlanSectionsApi.key(slug);
        SectionView section = sections.section(id, key);
        SectionForm sectionForm = new SectionForm();
        sectionForm.setText(section.text());
        sectionForm.setVersion(section.version());
        CommentForm commentForm = new CommentForm();
        commentForm.setSuggestedText(section.text());
        return page(section, sectionForm, commentForm, null, null, model);
    }

    @PostMapping
    String save(@PathVariable long id, @PathVariable String slug, @ModelAttribute("sectionForm") SectionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        SectionKey key = LocalPlanSectionsApi.key(slug);
        String next = FormErrors.saved(result, problems -> problems, () -> {
            SectionSaved saved = sections.save(id, key, new SectionInput(form.getText(), form.getVersion()));
            redirect.addFlashAttribute("message", saved.newVersion() ? "localplans.sections.pages.saved"
                    : "localplans.sections.pages.unchanged");
            return "redirect:/plany-lokalne/" + id + "/sekcje/" + key.slug();
        });
        if (next != null) {
            return next;
        }
        SectionView section = sections.section(id, key);
        CommentForm commentForm = new CommentForm();
        commentForm.setSuggestedText(section.text());
        return page(section, form, commentForm, null, null, model);
    }

    @PostMapping("/komentarze")
    String comment(@PathVariable long id, @PathVariable String slug, @ModelAttribute("commentForm") CommentForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        SectionKey key = LocalPlanSectionsApi.key(slug);
        String next = FormErrors.saved(result, problems -> problems, () -> {
            String current = sections.section(id, key).text();
            String suggestion = form.getSuggestedText();
            // the field comes filled with the current text: left as it is, it suggests nothing
            if (suggestion != null && suggestion.replace("\r\n", "\n").strip().equals(current.strip())) {
                suggestion = null;
            }
            CommentView comment = sections.comment(id, key, new CommentInput(form.getText(), suggestion));
            redirect.addFlashAttribute("message", "localplans.sections.pages.commented");
            return "redirect:/plany-lokalne/" + id + "/sekcje/" + key.slug() + "#comment-" + comment.id();
        });
        if (next != null) {
            return next;
        }
        SectionView section = sections.section(id, key);
        return page(section, sectionForm(section), form, null, null, model);
    }

    @PostMapping("/komentarze/{commentId:\\d+}/decyzja")
    String decide(@PathVariable long id, @PathVariable String slug, @PathVariable long commentId,
            @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        SectionKey key = LocalPlanSectionsApi.key(slug);
        String next = FormErrors.saved(result, problems -> problems, () -> {
            CommentView decided = sections.decide(id, key, commentId,
                    new CommentDecision(decision(form.getDecision()), form.getReason(), form.getVersion()));
            redirect.addFlashAttribute("message", decided.status() == CommentStatus.ACCEPTED
                    ? "localplans.sections.pages.accepted" : "localplans.sections.pages.rejected");
            return "redirect:/plany-lokalne/" + id + "/sekcje/" + key.slug() + "#comment-" + commentId;
        });
        if (next != null) {
            return next;
        }
        SectionView section = sections.section(id, key);
        CommentForm commentForm = new CommentForm();
        commentForm.setSuggestedText(section.text());
        return page(section, sectionForm(section), commentForm, commentId, form, model, result);
    }

    @GetMapping("/historia")
    String history(@PathVariable long id, @PathVariable String slug, Model model) {
        SectionKey key = LocalPlanSectionsApi.key(slug);
        SectionView section = sections.section(id, key);
        List<SectionVersionView> versions = sections.versions(id, key);
        model.addAttribute("section", section);
        model.addAttribute("versions", versions);
        model.addAttribute("keys", SectionKey.values());
        return "localplans/section-history";
    }

    @GetMapping("/roznice")
    String diff(@PathVariable long id, @PathVariable String slug, @RequestParam(name = "od", required = false) Integer from,
            @RequestParam(name = "do", required = false) Integer to, Model model, HttpServletResponse response) {
        SectionKey key = LocalPlanSectionsApi.key(slug);
        SectionView section = sections.section(id, key);
        int newer = to != null ? to : section.version();
        int older = from != null ? from : Math.max(0, newer - 1);
        model.addAttribute("section", section);
        model.addAttribute("versions", sections.versions(id, key));
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        model.addAttribute("keys", SectionKey.values());
        if (section.version() > 0) {
            try {
                model.addAttribute("diff", sections.diff(id, key, older, newer));
            } catch (InvalidInputException problems) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("diffError", problems.problems().get(0).messageKey());
            }
        }
        return "localplans/section-diff";
    }

    private static CommentStatus decision(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "ACCEPTED" -> CommentStatus.ACCEPTED;
            case "REJECTED" -> CommentStatus.REJECTED;
            default -> null;
        };
    }

    private static SectionForm sectionForm(SectionView section) {
        SectionForm form = new SectionForm();
        form.setText(section.text());
        form.setVersion(section.version());
        return form;
    }

    private String page(SectionView section, SectionForm sectionForm, CommentForm commentForm, Long decidingId,
            DecisionForm decisionForm, Model model) {
        return page(section, sectionForm, commentForm, decidingId, decisionForm, model, null);
    }

    private String page(SectionView section, SectionForm sectionForm, CommentForm commentForm, Long decidingId,
            DecisionForm decisionForm, Model model, BindingResult decisionResult) {
        List<CommentView> comments = sections.comments(section.planId(), section.key());
        Map<Long, SectionDiff> suggestions = new HashMap<>();
        for (CommentView comment : comments) {
            if (comment.hasSuggestion() && comment.status() == CommentStatus.OPEN) {
                suggestions.put(comment.id(),
                        SectionDiffs.between(section.version(), null, section.text(), comment.suggestedText()));
            }
        }
        model.addAttribute("section", section);
        model.addAttribute("keys", SectionKey.values());
        model.addAttribute("textLines", List.of(section.text().split("\n", -1)));
        model.addAttribute("comments", comments);
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("sectionForm", sectionForm);
        model.addAttribute("commentForm", commentForm);
        model.addAttribute("decidingId", decidingId);
        DecisionForm shown = decisionForm != null ? decisionForm : new DecisionForm();
        model.addAttribute("decisionForm", shown);
        model.addAttribute("decisionRefusal", decisionResult == null || decisionResult.getGlobalError() == null ? null
                : decisionResult.getGlobalError().getCode());
        if (decisionResult == null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "decisionForm",
                    new BeanPropertyBindingResult(shown, "decisionForm"));
        }
        return "localplans/section";
    }
}
