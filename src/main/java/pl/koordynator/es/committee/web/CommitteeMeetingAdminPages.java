package pl.koordynator.es.committee.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import pl.koordynator.es.committee.Attendance;
import pl.koordynator.es.committee.AttendanceEntry;
import pl.koordynator.es.committee.AttachmentFile;
import pl.koordynator.es.committee.CommitteeDocuments;
import pl.koordynator.es.committee.CommitteeMeetings;
import pl.koordynator.es.committee.CommitteeTerms;
import pl.koordynator.es.committee.DocumentQuery;
import pl.koordynator.es.committee.MeetingMode;
import pl.koordynator.es.committee.MeetingQuery;
import pl.koordynator.es.committee.MeetingStatus;
import pl.koordynator.es.committee.MeetingView;
import pl.koordynator.es.committee.MinutesInput;
import pl.koordynator.es.committee.TermView;
import pl.koordynator.es.committee.VoteCounts;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;

/**
 * ROPS plans a term's meetings, sends the invitations, records attendance (the quorum computed
 * from it is shown beside the form), writes the minutes and has them approved at a later meeting.
 * A step the rules refuse (no quorum, a meeting already held) comes back as a message on the
 * meeting's page with nothing changed.
 */
@Controller
@RequestMapping("/admin/committee")
class CommitteeMeetingAdminPages {

    /** The service names the moments; the form holds them as a day and times. */
    private static final Map<String, String> SERVICE_FIELDS = Map.of("startsAt", "day", "endsAt", "endTime");

    private final CommitteeMeetings meetings;
    private final CommitteeTerms terms;
    private final CommitteeDocuments documents;
    private final CommitteeChoices choices;

    CommitteeMeetingAdminPages(CommitteeMeetings meetings, CommitteeTerms terms, CommitteeDocuments documents,
            CommitteeChoices choices) {
        this.meetings = meetings;
        this.terms = terms;
        this.documents = documents;
        this.choices = choices;
    }

    @GetMapping("/meetings")
    String list(@RequestParam(required = false) Long termId, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("meetings", meetings.meetings(new MeetingQuery(termId, null, null), Paging.of(page, null)));
        model.addAttribute("terms", terms.terms());
        model.addAttribute("termId", termId);
        return "committee/admin/meetings";
    }

    @GetMapping("/terms/{termId:\\d+}/meetings/new")
    String newMeeting(@PathVariable long termId, Model model) {
        return form(terms.term(termId), null, new MeetingForm(), model);
    }

    @PostMapping("/terms/{termId:\\d+}/meetings")
    String create(@PathVariable long termId, @ModelAttribute("form") MeetingForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> CommitteeForms.renamed(problems, SERVICE_FIELDS), () -> {
            MeetingView created = meetings.createMeeting(form.toInput(termId, choices));
            redirect.addFlashAttribute("message", "committee.admin.meeting.created");
            return "redirect:/admin/committee/meetings/" + created.id();
        });
        return next != null ? next : form(terms.term(termId), null, form, model);
    }

    @GetMapping("/meetings/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        MeetingView meeting = meetings.meeting(id);
        return form(terms.term(meeting.termId()), meeting, MeetingForm.of(meeting, choices), model);
    }

    @PostMapping("/meetings/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        MeetingView meeting = meetings.meeting(id);
        String next = FormErrors.saved(result, problems -> CommitteeForms.renamed(problems, SERVICE_FIELDS), () -> {
            meetings.updateMeeting(id, form.toInput(meeting.termId(), choices));
            redirect.addFlashAttribute("message", "committee.admin.meeting.saved");
            return "redirect:/admin/committee/meetings/" + id;
        });
        return next != null ? next : form(terms.term(meeting.termId()), meeting, form, model);
    }

    private String form(TermView term, MeetingView meeting, MeetingForm form, Model model) {
        model.addAttribute("term", term);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("modes", MeetingMode.values());
        return "committee/admin/meeting-form";
    }

    @GetMapping("/meetings/{id:\\d+}")
    String meeting(@PathVariable long id, Model model) {
        MeetingView meeting = meetings.meeting(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("term", terms.term(meeting.termId()));
        model.addAttribute("attendance", meetings.attendance(id));
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("minutes", meetings.minutes(id));
        model.addAttribute("documents", documents.documents(new DocumentQuery(null, null, meeting.termId(), null, null),
                Paging.of(0, Paging.MAX_SIZE)).items().stream()
                .filter(d -> d.meetingId() != null && d.meetingId() == id).toList());
        // minutes are approved at a later meeting: the held ones of the term after this one
        model.addAttribute("laterMeetings", meetings.meetings(new MeetingQuery(meeting.termId(), MeetingStatus.HELD,
                null), Paging.of(0, Paging.MAX_SIZE)).items().stream()
                .filter(m -> m.startsAt().isAfter(meeting.startsAt())).toList());
        return "committee/admin/meeting";
    }

    @PostMapping("/meetings/{id:\\d+}/attendance")
    String attendance(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        List<AttendanceEntry> entries = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith("member-") && value != null && !value.isBlank()) {
                try {
                    entries.add(new AttendanceEntry(Long.valueOf(name.substring("member-".length())),
                            Attendance.valueOf(value)));
                } catch (IllegalArgumentException notOurs) {
                    // a value no select offers: left out, the member keeps what was recorded
                }
            }
        });
        return step(id, redirect, "committee.admin.attendance.saved", "attendance",
                () -> meetings.recordAttendance(id, entries));
    }

    @PostMapping("/meetings/{id:\\d+}/invitations")
    String invite(@PathVariable long id, RedirectAttributes redirect) {
        try {
            int sent = meetings.sendInvitations(id);
            redirect.addFlashAttribute("message", "committee.admin.meeting.invited");
            redirect.addFlashAttribute("messageArguments", new String[] {String.valueOf(sent)});
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("stepError", problems.problems().get(0).messageKey());
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("stepError", conflict.messageKey());
        }
        return "redirect:/admin/committee/meetings/" + id;
    }

    @PostMapping("/meetings/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "committee.admin.meeting.cancelled", "", () -> meetings.cancelMeeting(id));
    }

    @PostMapping("/meetings/{id:\\d+}/held")
    String held(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "committee.admin.meeting.markedHeld", "attendance", () -> meetings.markHeld(id));
    }

    @PostMapping("/meetings/{id:\\d+}/minutes")
    String minutes(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return step(id, redirect, "committee.admin.minutes.saved", "minutes",
                () -> meetings.writeMinutes(id, new MinutesInput(text)));
    }

    @PostMapping("/meetings/{id:\\d+}/minutes/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) Long atMeetingId,
            @ModelAttribute CountsForm counts, RedirectAttributes redirect) {
        // the counts typed come back with a refusal, so a typo is corrected rather than retyped;
        // a HashMap because flash attributes live in the shared (JDBC) session
        HashMap<String, String> typed = new HashMap<>();
        typed.put("forVotes", counts.getForVotes());
        typed.put("against", counts.getAgainst());
        typed.put("abstain", counts.getAbstain());
        redirect.addFlashAttribute("minutesVote", typed);
        if (atMeetingId == null) {
            redirect.addFlashAttribute("stepError", "committee.admin.error.atMeeting");
            return "redirect:/admin/committee/meetings/" + id + "#minutes";
        }
        VoteCounts votes;
        try {
            votes = counts.toCounts();
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("stepError", "committee.minutes.countsInvalid");
            return "redirect:/admin/committee/meetings/" + id + "#minutes";
        }
        return step(id, redirect, "committee.admin.minutes.approved", "minutes",
                () -> meetings.approveMinutes(id, atMeetingId, votes));
    }

    @PostMapping("/meetings/{id:\\d+}/agenda/{itemId:\\d+}/attachments")
    String attach(@PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        return step(id, redirect, "committee.admin.attachment.added", "agenda",
                () -> meetings.attachToAgendaItem(id, itemId, file == null ? null : file.getOriginalFilename(),
                        file == null ? null : file.getBytes()));
    }

    @PostMapping("/meetings/{id:\\d+}/attachments/{attachmentId:\\d+}/delete")
    String detach(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        return step(id, redirect, "committee.admin.attachment.removed", "agenda", () -> {
            meetings.removeAgendaAttachment(id, attachmentId);
            return null;
        });
    }

    @GetMapping("/meetings/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        AttachmentFile file = meetings.agendaAttachment(id, attachmentId);
        return ResponseEntity.ok().headers(Downloads.attachment(MediaType.APPLICATION_PDF, file.fileName()))
                .body(file.content());
    }

    /** A step of the meeting's page; a refusal is flashed as a message key, nothing having changed. */
    private String step(long id, RedirectAttributes redirect, String done, String anchor, Step step) {
        try {
            step.run();
            redirect.addFlashAttribute("message", done);
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("stepError", problems.problems().get(0).messageKey());
            Object[] arguments = problems.problems().get(0).arguments();
            redirect.addFlashAttribute("stepErrorArguments", arguments == null ? new String[0]
                    : java.util.Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("stepError", conflict.messageKey());
            redirect.addFlashAttribute("stepErrorArguments",
                    java.util.Arrays.stream(conflict.arguments()).map(String::valueOf).toArray(String[]::new));
        } catch (IOException unreadable) {
            redirect.addFlashAttribute("stepError", "committee.admin.error.upload");
        }
        return "redirect:/admin/committee/meetings/" + id + (anchor.isEmpty() ? "" : "#" + anchor);
    }

    @FunctionalInterface
    interface Step {
        Object run() throws IOException;
    }
}
