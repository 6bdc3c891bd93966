package pl.koordynator.es.committee.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import pl.koordynator.es.committee.AttachmentFile;
import pl.koordynator.es.committee.CommitteeDocuments;
import pl.koordynator.es.committee.CommitteeMeetings;
import pl.koordynator.es.committee.CommitteeTerms;
import pl.koordynator.es.committee.DocumentQuery;
import pl.koordynator.es.committee.DocumentStatus;
import pl.koordynator.es.committee.DocumentType;
import pl.koordynator.es.committee.DocumentView;
import pl.koordynator.es.committee.MeetingQuery;
import pl.koordynator.es.committee.MeetingStatus;
import pl.koordynator.es.committee.MeetingView;
import pl.koordynator.es.committee.MinutesStatus;
import pl.koordynator.es.committee.MinutesView;
import pl.koordynator.es.committee.TermView;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.Paging;

/**
 * The committee's public register: the current term and its composition, the terms before it,
 * meetings with their agenda and approved minutes, and the adopted documents with their votes and
 * PDF. A signed-in member of ROPS or of the committee sees here what a visitor sees: drafts,
 * rejected documents, draft minutes, contact data and meeting links stay on the signed-in pages.
 */
@Controller
@RequestMapping("/komitet")
class CommitteePublicPages {

    /** The address of the register's Atom feed, linked from the head of every page here. */
    static final String FEED = "/api/v1/committee/feed.atom";
    private static final int LATEST = 5;

    private final CommitteeTerms terms;
    private final CommitteeMeetings meetings;
    private final CommitteeDocuments documents;
    private final CommitteePublicDocumentPdf pdf;
    private final Clock clock;

    CommitteePublicPages(CommitteeTerms terms, CommitteeMeetings meetings, CommitteeDocuments documents,
            CommitteePublicDocumentPdf pdf, Clock clock) {
        this.terms = terms;
        this.meetings = meetings;
        this.documents = documents;
        this.pdf = pdf;
        this.clock = clock;
    }

    @ModelAttribute
    void feed(Model model) {
        model.addAttribute("atomFeed", FEED);
        model.addAttribute("atomFeedTitle", "committee.public.feed");
    }

    @GetMapping
    String home(Model model) {
        Optional<TermView> current = terms.currentTerm();
        model.addAttribute("term", current.orElse(null));
        current.ifPresent(term -> model.addAttribute("composition", terms.composition(term.id())));
        OffsetDateTime now = OffsetDateTime.now(clock);
        // the planned list comes latest first: the soonest of those still ahead are its end
        model.addAttribute("upcoming", meetings.meetings(new MeetingQuery(null, MeetingStatus.PLANNED, null),
                new Paging(0, 20)).items().stream().filter(m -> m.startsAt().isAfter(now))
                .sorted(Comparator.comparing(MeetingView::startsAt)).limit(LATEST).toList());
        model.addAttribute("recent", meetings.meetings(new MeetingQuery(null, MeetingStatus.HELD, null),
                new Paging(0, LATEST)).items());
        model.addAttribute("latestDocuments", documents.documents(DocumentQuery.adopted(), new Paging(0, LATEST)).items());
        return "committee/public/home";
    }

    @GetMapping("/kadencje")
    String terms(Model model) {
        List<TermView> all = terms.terms();
        model.addAttribute("compositions", all.stream().map(term -> terms.composition(term.id())).toList());
        return "committee/public/terms";
    }

    @GetMapping("/posiedzenia")
    String meetings(@ModelAttribute("filter") MeetingFilter filter, Model model) {
        model.addAttribute("meetings", meetings.meetings(filter.toQuery(), Paging.of(filter.page(), Paging.DEFAULT_SIZE)));
        model.addAttribute("terms", terms.terms());
        model.addAttribute("statuses", List.of(MeetingStatus.PLANNED, MeetingStatus.HELD));
        return "committee/public/meetings";
    }

    @GetMapping("/posiedzenia/{id:\\d+}")
    String meeting(@PathVariable long id, Model model) {
        MeetingView meeting = publicMeeting(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("term", terms.term(meeting.termId()));
        if (meeting.minutesStatus() == MinutesStatus.APPROVED) {
            MinutesView minutes = meetings.minutes(id);
            if (minutes.status() == MinutesStatus.APPROVED) {
                model.addAttribute("minutes", minutes);
                model.addAttribute("minutesParagraphs", Paragraphs.of(minutes.text()));
            }
        }
        return "committee/public/meeting";
    }

    @GetMapping("/posiedzenia/{id:\\d+}/zalaczniki/{attachmentId:\\d+}")
    ResponseEntity<byte[]> agendaAttachment(@PathVariable long id, @PathVariable long attachmentId) {
        publicMeeting(id);
        return pdfFile(meetings.agendaAttachment(id, attachmentId));
    }

    @GetMapping("/dokumenty")
    String documents(@ModelAttribute("filter") DocumentFilter filter, Model model) {
        model.addAttribute("documents", documents.documents(filter.toQuery(), Paging.of(filter.page(), Paging.DEFAULT_SIZE)));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("years", DocumentFilter.years(OffsetDateTime.now(clock).getYear()));
        return "committee/public/documents";
    }

    @GetMapping("/dokumenty/{id:\\d+}")
    String document(@PathVariable long id, Model model) {
        DocumentView document = adopted(id);
        model.addAttribute("document", document);
        model.addAttribute("paragraphs", Paragraphs.of(document.text()));
        model.addAttribute("term", terms.term(document.termId()));
        if (document.meetingId() != null) {
            model.addAttribute("meeting", meetings.meeting(document.meetingId()));
        }
        return "committee/public/document";
    }

    @GetMapping("/dokumenty/{id:\\d+}.pdf")
    ResponseEntity<byte[]> documentPdf(@PathVariable long id) {
        DocumentView document = adopted(id);
        byte[] bytes = pdf.render(document, terms.term(document.termId()));
        return ResponseEntity.ok().headers(Downloads.inline(MediaType.APPLICATION_PDF, pdf.fileName(document)))
                .body(bytes);
    }

    @GetMapping("/dokumenty/{id:\\d+}/zalaczniki/{attachmentId:\\d+}")
    ResponseEntity<byte[]> documentAttachment(@PathVariable long id, @PathVariable long attachmentId) {
        adopted(id);
        return pdfFile(documents.attachment(id, attachmentId));
    }

    /** Only adopted documents are public, whoever asks: a draft or a rejected one is not found here. */
    private DocumentView adopted(long id) {
        DocumentView document = documents.document(id);
        if (document.status() != DocumentStatus.ADOPTED) {
            throw new NotFoundException("committee document", id);
        }
        return document;
    }

    /** A cancelled meeting is not part of the register. */
    private MeetingView publicMeeting(long id) {
        MeetingView meeting = meetings.meeting(id);
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new NotFoundException("committee meeting", id);
        }
        return meeting;
    }

    static ResponseEntity<byte[]> pdfFile(AttachmentFile file) {
        return ResponseEntity.ok().headers(Downloads.attachment(MediaType.APPLICATION_PDF, file.fileName()))
                .body(file.content());
    }
}
