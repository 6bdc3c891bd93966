package pl.koordynator.es.committee.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.committee.AttachmentFile;
import pl.koordynator.es.committee.CommitteeDocuments;
import pl.koordynator.es.committee.CommitteeMeetings;
import pl.koordynator.es.committee.CommitteeTerms;
import pl.koordynator.es.committee.DocumentQuery;
import pl.koordynator.es.committee.DocumentStatus;
import pl.koordynator.es.committee.DocumentView;
import pl.koordynator.es.committee.MeetingQuery;
import pl.koordynator.es.committee.MeetingStatus;
import pl.koordynator.es.committee.MemberView;
import pl.koordynator.es.committee.VoteChoice;
import pl.koordynator.es.committee.VoteInput;
import pl.koordynator.es.committee.VoteView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;

/**
 * A committee member's own page: the coming meetings with their agenda and attachments, the
 * documents on the table, the votes open to them (once each, then what they voted and when) and
 * the results of closed votes. The service decides which member the signed-in account is.
 */
@Controller
@RequestMapping("/committee")
class MemberPages {

    private final CommitteeTerms terms;
    private final CommitteeMeetings meetings;
    private final CommitteeDocuments documents;

    MemberPages(CommitteeTerms terms, CommitteeMeetings meetings, CommitteeDocuments documents) {
        this.terms = terms;
        this.meetings = meetings;
        this.documents = documents;
    }

    @GetMapping
    String mine(Model model) {
        Optional<MemberView> me = terms.me();
        model.addAttribute("me", me.orElse(null));
        model.addAttribute("meetings", meetings.meetings(new MeetingQuery(me.map(MemberView::termId).orElse(null),
                MeetingStatus.PLANNED, null), Paging.of(0, 10)).items());
        List<DocumentView> open = documents.openForMyVote();
        model.addAttribute("openVotes", open);
        List<DocumentView> voting = documents.documents(new DocumentQuery(DocumentStatus.VOTING, null, null, null, null),
                Paging.of(0, 50)).items();
        model.addAttribute("voted", me.isEmpty() ? Map.of() : myVotes(voting, me.get()));
        model.addAttribute("voting", voting.stream().filter(d -> open.stream().noneMatch(o -> o.id() == d.id()))
                .toList());
        model.addAttribute("drafts", documents.documents(new DocumentQuery(DocumentStatus.DRAFT, null, null, null, null),
                Paging.of(0, 20)).items());
        model.addAttribute("closed", documents.documents(new DocumentQuery(null, null, null, null, null),
                Paging.of(0, 50)).items().stream()
                .filter(d -> d.status() == DocumentStatus.ADOPTED || d.status() == DocumentStatus.REJECTED)
                .limit(10).toList());
        model.addAttribute("choices", VoteChoice.values());
        return "committee/member/mine";
    }

    private Map<Long, MyVote> myVotes(List<DocumentView> voting, MemberView me) {
        return voting.stream().flatMap(d -> documents.votes(d.id()).stream())
                .filter(v -> v.memberId() == me.id())
                .collect(Collectors.toMap(VoteView::documentId,
                        v -> new MyVote(v.choice(), v.castAt().atOffset(ZoneOffset.UTC)), (a, b) -> a));
    }

    /** What the member voted and when, for "you voted FOR on dd.MM.yyyy". */
    record MyVote(VoteChoice choice, OffsetDateTime castAt) {
    }

    @GetMapping("/documents/{id:\\d+}")
    String document(@PathVariable long id, Model model) {
        DocumentView document = documents.document(id);
        model.addAttribute("document", document);
        model.addAttribute("votes", documents.votes(id));
        model.addAttribute("openToMe", documents.openForMyVote().stream().anyMatch(d -> d.id() == id));
        model.addAttribute("choices", VoteChoice.values());
        return "committee/member/document";
    }

    @PostMapping("/documents/{id:\\d+}/vote")
    String vote(@PathVariable long id, @RequestParam(required = false) String choice, RedirectAttributes redirect) {
        VoteChoice chosen = Arrays.stream(VoteChoice.values()).filter(c -> c.name().equals(choice)).findFirst()
                .orElse(null);
        try {
            if (chosen == null) {
                throw InvalidInputException.of("choice", "committee.admin.error.choose");
            }
            documents.vote(id, new VoteInput(chosen));
            redirect.addFlashAttribute("message", "committee.admin.vote.cast");
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("stepError", problems.problems().get(0).messageKey());
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("stepError", conflict.messageKey());
            redirect.addFlashAttribute("stepErrorArguments",
                    Arrays.stream(conflict.arguments()).map(String::valueOf).toArray(String[]::new));
        }
        return "redirect:/committee#votes";
    }

    /** The meeting for the member's calendar: the same entry the invitation made, updated if it changed. */
    @GetMapping("/meetings/{id:\\d+}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable long id) {
        return ResponseEntity.ok().headers(Downloads.attachment(MediaType.parseMediaType("text/calendar; charset=UTF-8"),
                "posiedzenie-" + id + ".ics")).body(meetings.calendar(id));
    }

    @GetMapping("/meetings/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> agendaAttachment(@PathVariable long id, @PathVariable long attachmentId) {
        AttachmentFile file = meetings.agendaAttachment(id, attachmentId);
        return ResponseEntity.ok().headers(Downloads.attachment(MediaType.APPLICATION_PDF, file.fileName()))
                .body(file.content());
    }

    @GetMapping("/documents/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> documentAttachment(@PathVariable long id, @PathVariable long attachmentId) {
        AttachmentFile file = documents.attachment(id, attachmentId);
        return ResponseEntity.ok().headers(Downloads.attachment(MediaType.APPLICATION_PDF, file.fileName()))
                .body(file.content());
    }
}
