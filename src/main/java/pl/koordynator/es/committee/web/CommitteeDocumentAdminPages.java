package pl.koordynator.es.committee.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import pl.koordynator.es.committee.AttachmentFile;
import pl.koordynator.es.committee.CommitteeDocuments;
import pl.koordynator.es.committee.CommitteeMeetings;
import pl.koordynator.es.committee.CommitteeTerms;
import pl.koordynator.es.committee.DocumentQuery;
import pl.koordynator.es.committee.DocumentStatus;
import pl.koordynator.es.committee.DocumentType;
import pl.koordynator.es.committee.DocumentView;
import pl.koordynator.es.committee.MajorityRule;
import pl.koordynator.es.committee.MeetingQuery;
import pl.koordynator.es.committee.NamedVote;
import pl.koordynator.es.committee.OpinionSubject;
import pl.koordynator.es.committee.TermView;
import pl.koordynator.es.committee.VoteChoice;
import pl.koordynator.es.committee.VoteView;
import pl.koordynator.es.committee.VotingMode;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;

/**
 * ROPS drafts the committee's documents, puts them to the vote (at a meeting or by circulation),
 * records the counts of an anonymous vote and closes the vote; the result is computed by the
 * service, never typed. A refusal (no quorum at the meeting, a vote already closed) is shown on the
 * document's page with nothing changed.
 */
@Controller
@RequestMapping("/admin/committee")
class CommitteeDocumentAdminPages {

    private final CommitteeDocuments documents;
    private final CommitteeMeetings meetings;
    private final CommitteeTerms terms;
    private final CommitteeChoices choices;

    CommitteeDocumentAdminPages(CommitteeDocuments documents, CommitteeMeetings meetings, CommitteeTerms terms,
            CommitteeChoices choices) {
        this.documents = documents;
        this.meetings = meetings;
        this.terms = terms;
        this.choices = choices;
    }

    @GetMapping("/documents")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            Model model) {
        DocumentStatus chosen = Arrays.stream(DocumentStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
        model.addAttribute("documents", documents.documents(new DocumentQuery(chosen, null, null, null, null),
                Paging.of(page, null)));
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("status", chosen);
        model.addAttribute("terms", terms.terms());
        return "committee/admin/documents";
    }

    @GetMapping("/terms/{termId:\\d+}/documents/new")
    String newDocument(@PathVariable long termId, @RequestParam(required = false) Long meetingId, Model model) {
        DocumentForm form = new DocumentForm();
        form.setMeetingId(meetingId);
        return form(terms.term(termId), null, form, model);
    }

    @PostMapping("/terms/{termId:\\d+}/documents")
    String create(@PathVariable long termId, @ModelAttribute("form") DocumentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> CommitteeForms.renamed(problems, java.util.Map.of("circulationDeadline", "deadlineDay")), () -> {
            DocumentView created = documents.createDocument(form.toInput(termId, choices));
            redirect.addFlashAttribute("message", "committee.admin.document.created");
            return "redirect:/admin/committee/documents/" + created.id();
        });
        return next != null ? next : form(terms.term(termId), null, form, model);
    }

    @GetMapping("/documents/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        DocumentView document = documents.document(id);
        return form(terms.term(document.termId()), document, DocumentForm.of(document, choices), model);
    }

    @PostMapping("/documents/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") DocumentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        DocumentView document = documents.document(id);
        String next = FormErrors.saved(result, problems -> CommitteeForms.renamed(problems, java.util.Map.of("circulationDeadline", "deadlineDay")), () -> {
            documents.updateDocument(id, form.toInput(document.termId(), choices));
            redirect.addFlashAttribute("message", "committee.admin.document.saved");
            return "redirect:/admin/committee/documents/" + id;
        });
        return next != null ? next : form(terms.term(document.termId()), document, form, model);
    }

    private String form(TermView term, DocumentView document, DocumentForm form, Model model) {
        model.addAttribute("term", term);
        model.addAttribute("document", document);
        model.addAttribute("form", form);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("subjects", OpinionSubject.values());
        model.addAttribute("votingModes", VotingMode.values());
        model.addAttribute("rules", MajorityRule.values());
        model.addAttribute("meetings", meetings.meetings(new MeetingQuery(term.id(), null, null),
                Paging.of(0, Paging.MAX_SIZE)).items());
        return "committee/admin/document-form";
    }

    @GetMapping("/documents/{id:\\d+}")
    String document(@PathVariable long id, Model model) {
        DocumentView document = documents.document(id);
        model.addAttribute("document", document);
        model.addAttribute("term", terms.term(document.termId()));
        model.addAttribute("meeting", document.meetingId() == null ? null : meetings.meeting(document.meetingId()));
        List<VoteView> votes = documents.votes(id);
        model.addAttribute("votes", votes);
        if (document.status() == DocumentStatus.VOTING && document.votingMode() == VotingMode.MEETING_NAMED) {
            // the members current on the meeting's day; those who already voted show their vote instead of a choice
            model.addAttribute("ballot", meetings.attendance(document.meetingId()));
            model.addAttribute("votedBy", votes.stream().collect(Collectors.toMap(VoteView::memberId,
                    VoteView::choice, (a, b) -> a)));
            model.addAttribute("choices", VoteChoice.values());
            if (!model.containsAttribute("ballotChoices")) {
                model.addAttribute("ballotChoices", Map.of());
            }
        }
        if (!model.containsAttribute("countsForm")) {
            model.addAttribute("countsForm", new CountsForm());
        }
        return "committee/admin/document";
    }

    @PostMapping("/documents/{id:\\d+}/open")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "committee.admin.document.opened", () -> documents.openVoting(id));
    }

    @PostMapping("/documents/{id:\\d+}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "committee.admin.document.closed", () -> documents.close(id));
    }

    @PostMapping("/documents/{id:\\d+}/counts")
    String counts(@PathVariable long id, @ModelAttribute("countsForm") CountsForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            documents.recordCounts(id, form.toCounts());
            redirect.addFlashAttribute("message", "committee.admin.document.counted");
            return "redirect:/admin/committee/documents/" + id;
        } catch (InvalidInputException problems) {
            FormErrors.add(result, problems);
        } catch (ConflictException conflict) {
            model.addAttribute("stepError", conflict.messageKey());
            model.addAttribute("stepErrorArguments", conflict.arguments());
        }
        return document(id, model);
    }

    /**
     * Named votes cast at the meeting, recorded by ROPS on the members' behalf: one radio group per
     * member ({@code member-<id>}: FOR, AGAINST, ABSTAIN or empty for no vote). A refusal shows the
     * page again with the choices kept and nothing saved.
     */
    @PostMapping("/documents/{id:\\d+}/named-votes")
    String namedVotes(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        Map<Long, String> chosen = new HashMap<>();
        List<NamedVote> votes = new ArrayList<>();
        boolean unreadable = false;
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (!param.getKey().matches("member-\\d{1,18}") || param.getValue() == null || param.getValue().isBlank()) {
                continue;
            }
            long memberId = Long.parseLong(param.getKey().substring("member-".length()));
            chosen.put(memberId, param.getValue());
            VoteChoice choice = Arrays.stream(VoteChoice.values()).filter(c -> c.name().equals(param.getValue()))
                    .findFirst().orElse(null);
            if (choice == null) {
                unreadable = true;
            } else {
                votes.add(new NamedVote(memberId, choice));
            }
        }
        try {
            if (unreadable) {
                throw InvalidInputException.of("votes", "committee.admin.error.choose");
            }
            List<VoteView> recorded = documents.recordVotes(id, votes);
            redirect.addFlashAttribute("message", "committee.votes.recorded");
            redirect.addFlashAttribute("messageArguments", new String[] {String.valueOf(recorded.size())});
            return "redirect:/admin/committee/documents/" + id + "#ballot";
        } catch (InvalidInputException problems) {
            model.addAttribute("stepError", problems.problems().get(0).messageKey());
        } catch (ConflictException conflict) {
            model.addAttribute("stepError", conflict.messageKey());
            model.addAttribute("stepErrorArguments",
                    Arrays.stream(conflict.arguments()).map(String::valueOf).toArray(String[]::new));
        }
        model.addAttribute("ballotChoices", chosen);
        return document(id, model);
    }

    @PostMapping("/documents/{id:\\d+}/attachments")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return step(id, redirect, "committee.admin.attachment.added", () -> documents.attach(id,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes()));
    }

    @GetMapping("/documents/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        AttachmentFile file = documents.attachment(id, attachmentId);
        return ResponseEntity.ok().headers(Downloads.attachment(MediaType.APPLICATION_PDF, file.fileName()))
                .body(file.content());
    }

    private String step(long id, RedirectAttributes redirect, String done, CommitteeMeetingAdminPages.Step step) {
        try {
            step.run();
            redirect.addFlashAttribute("message", done);
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("stepError", problems.problems().get(0).messageKey());
            Object[] arguments = problems.problems().get(0).arguments();
            redirect.addFlashAttribute("stepErrorArguments", arguments == null ? new String[0]
                    : Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("stepError", conflict.messageKey());
            redirect.addFlashAttribute("stepErrorArguments",
                    Arrays.stream(conflict.arguments()).map(String::valueOf).toArray(String[]::new));
        } catch (IOException unreadable) {
            redirect.addFlashAttribute("stepError", "committee.admin.error.upload");
        }
        return "redirect:/admin/committee/documents/" + id;
    }
}
