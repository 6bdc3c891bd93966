package pl.koordynator.es.committee.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.committee.CommitteeTerms;
import pl.koordynator.es.committee.EndReason;
import pl.koordynator.es.committee.MemberRole;
import pl.koordynator.es.committee.MemberView;
import pl.koordynator.es.committee.SeatCategory;
import pl.koordynator.es.committee.TermView;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * ROPS keeps the committee's terms and members (under {@code /admin}, so ADMIN by the platform's
 * rule): the overview with members flagged for absences, a term's composition by seat category
 * with a warning for a category nobody holds, appointing and ending memberships. A form with
 * errors comes back as typed with nothing saved.
 */
@Controller
@RequestMapping("/admin/committee")
class CommitteeAdminPages {

    private final CommitteeTerms terms;
    private final CommitteeChoices choices;

    CommitteeAdminPages(CommitteeTerms terms, CommitteeChoices choices) {
        this.terms = terms;
        this.choices = choices;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("terms", terms.terms());
        model.addAttribute("flagged", terms.flaggedMembers());
        return "committee/admin/overview";
    }

    @GetMapping("/organisations")
    String organisations(@RequestParam(name = "q", defaultValue = "") String text, Model model) {
        model.addAttribute("options", choices.organisationsNamed(text));
        return "fragments/combobox :: options";
    }

    @GetMapping("/terms/new")
    String newTerm(Model model) {
        return termForm(null, new TermForm(), model);
    }

    @PostMapping("/terms")
    String createTerm(@ModelAttribute("form") TermForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> problems, () -> {
            TermView created = terms.createTerm(form.toInput());
            redirect.addFlashAttribute("message", "committee.admin.term.created");
            return "redirect:/admin/committee/terms/" + created.id();
        });
        return next != null ? next : termForm(null, form, model);
    }

    @GetMapping("/terms/{id:\\d+}/edit")
    String editTerm(@PathVariable long id, Model model) {
        TermView term = terms.term(id);
        return termForm(term, TermForm.of(term), model);
    }

    @PostMapping("/terms/{id:\\d+}")
    String updateTerm(@PathVariable long id, @ModelAttribute("form") TermForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> problems, () -> {
            terms.updateTerm(id, form.toInput());
            redirect.addFlashAttribute("message", "committee.admin.term.saved");
            return "redirect:/admin/committee/terms/" + id;
        });
        return next != null ? next : termForm(terms.term(id), form, model);
    }

    private String termForm(TermView term, TermForm form, Model model) {
        model.addAttribute("term", term);
        model.addAttribute("form", form);
        return "committee/admin/term-form";
    }

    @GetMapping("/terms/{id:\\d+}")
    String term(@PathVariable long id, Model model) {
        return termPage(id, new MemberForm(), model);
    }

    @PostMapping("/terms/{id:\\d+}/members")
    String addMember(@PathVariable long id, @ModelAttribute("memberForm") MemberForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> MemberForm.onFormFields(problems), () -> {
            terms.addMember(form.toInput(id, choices.picked(form.getOrganisationId(), form.getOrganisationName()),
                    choices));
            redirect.addFlashAttribute("message", "committee.admin.member.added");
            return "redirect:/admin/committee/terms/" + id + "#members";
        });
        return next != null ? next : termPage(id, form, model);
    }

    private String termPage(long id, MemberForm form, Model model) {
        TermView term = terms.term(id);
        List<MemberView> members = terms.members(id);
        model.addAttribute("term", term);
        model.addAttribute("composition", terms.composition(id));
        model.addAttribute("members", members);
        model.addAttribute("memberForm", form);
        model.addAttribute("categories", SeatCategory.values());
        model.addAttribute("roles", MemberRole.values());
        return "committee/admin/term";
    }

    @GetMapping("/members/{id:\\d+}/edit")
    String editMember(@PathVariable long id, Model model) {
        MemberView member = terms.member(id);
        return memberPage(member, MemberForm.of(member, choices.username(member.userId()), member.organisationName()),
                model);
    }

    @PostMapping("/members/{id:\\d+}")
    String updateMember(@PathVariable long id, @ModelAttribute("memberForm") MemberForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        MemberView member = terms.member(id);
        String next = FormErrors.saved(result, problems -> MemberForm.onFormFields(problems), () -> {
            terms.updateMember(id, form.toInput(member.termId(),
                    choices.picked(form.getOrganisationId(), form.getOrganisationName()), choices));
            redirect.addFlashAttribute("message", "committee.admin.member.saved");
            return "redirect:/admin/committee/terms/" + member.termId() + "#member-" + id;
        });
        return next != null ? next : memberPage(member, form, model);
    }

    private String memberPage(MemberView member, MemberForm form, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("members", terms.members(member.termId()));
        model.addAttribute("memberForm", form);
        model.addAttribute("categories", SeatCategory.values());
        model.addAttribute("roles", MemberRole.values());
        return "committee/admin/member-form";
    }

    @GetMapping("/settings")
    String settings(Model model) {
        return settingsPage(SettingsForm.of(terms.settings()), model);
    }

    @PostMapping("/settings")
    String updateSettings(@ModelAttribute("form") SettingsForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            terms.updateSettings(form.toSettings());
            redirect.addFlashAttribute("message", "committee.admin.settings.saved");
            return "redirect:/admin/committee/settings";
        } catch (InvalidInputException problems) {
            FormErrors.add(result, problems);
        }
        return settingsPage(form, model);
    }

    private String settingsPage(SettingsForm form, Model model) {
        model.addAttribute("form", form);
        return "committee/admin/settings";
    }

    /** A member's place on the term's page; the e-mail about absences links here. */
    @GetMapping("/members/{id:\\d+}")
    String member(@PathVariable long id) {
        MemberView member = terms.member(id);
        return "redirect:/admin/committee/terms/" + member.termId() + "#member-" + id;
    }

    @GetMapping("/members/{id:\\d+}/end")
    String endForm(@PathVariable long id, Model model) {
        return endPage(id, new EndForm(), model);
    }

    @PostMapping("/members/{id:\\d+}/end")
    String end(@PathVariable long id, @ModelAttribute("form") EndForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> problems, () -> {
            MemberView ended = terms.endMembership(id, form.toEnd());
            redirect.addFlashAttribute("message", "committee.admin.member.ended");
            return "redirect:/admin/committee/terms/" + ended.termId() + "#members";
        });
        return next != null ? next : endPage(id, form, model);
    }

    private String endPage(long id, EndForm form, Model model) {
        model.addAttribute("member", terms.member(id));
        model.addAttribute("form", form);
        model.addAttribute("reasons", EndReason.values());
        return "committee/admin/member-end";
    }
}
