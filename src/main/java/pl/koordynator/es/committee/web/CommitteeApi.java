package pl.koordynator.es.committee.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.committee.AttendanceEntry;
import pl.koordynator.es.committee.CommitteeDocuments;
import pl.koordynator.es.committee.CommitteeMeetings;
import pl.koordynator.es.committee.CommitteeTerms;
import pl.koordynator.es.committee.DocumentInput;
import pl.koordynator.es.committee.DocumentQuery;
import pl.koordynator.es.committee.DocumentStatus;
import pl.koordynator.es.committee.DocumentType;
import pl.koordynator.es.committee.DocumentView;
import pl.koordynator.es.committee.MeetingInput;
import pl.koordynator.es.committee.MeetingQuery;
import pl.koordynator.es.committee.MeetingStatus;
import pl.koordynator.es.committee.MeetingView;
import pl.koordynator.es.committee.MemberView;
import pl.koordynator.es.committee.NamedVote;
import pl.koordynator.es.committee.TermView;
import pl.koordynator.es.committee.VoteCounts;
import pl.koordynator.es.committee.VoteInput;
import pl.koordynator.es.committee.VoteView;
import pl.koordynator.es.committee.domain.CommitteeFeed;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;

/**
 * The committee over HTTP: terms, members, meetings, attendance, documents and votes, and the feed
 * of the public register. What a caller sees and may change is decided by the services: visitors
 * get the public register, members vote as themselves, ROPS manages.
 */
@RestController
@RequestMapping("/api/v1/committee")
class CommitteeApi {

    private final CommitteeTerms terms;
    private final CommitteeMeetings meetings;
    private final CommitteeDocuments documents;
    private final CommitteeFeed feed;

    CommitteeApi(CommitteeTerms terms, CommitteeMeetings meetings, CommitteeDocuments documents, CommitteeFeed feed) {
        this.terms = terms;
        this.meetings = meetings;
        this.documents = documents;
        this.feed = feed;
    }

    @GetMapping("/terms")
    List<TermView> terms() {
        return terms.terms();
    }

    /** The members of a term, the current term when {@code termId} is left out. */
    @GetMapping("/members")
    List<MemberView> members(@RequestParam(required = false) Long termId) {
        return terms.members(termId);
    }

    @GetMapping("/meetings")
    ApiPage<MeetingView> meetings(@RequestParam(required = false) Long termId,
            @RequestParam(required = false) MeetingStatus status, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.of(meetings.meetings(new MeetingQuery(termId, status, year), Paging.of(page, size)));
    }

    @GetMapping("/meetings/{id:\\d+}")
    MeetingView meeting(@PathVariable long id) {
        return meetings.meeting(id);
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MeetingView> createMeeting(@Valid @RequestBody MeetingInput input, UriComponentsBuilder uri) {
        MeetingView created = meetings.createMeeting(input);
        return ResponseEntity.created(uri.path("/api/v1/committee/meetings/{id}").build(created.id())).body(created);
    }

    /** Attendance as {@code [{memberId, attendance}]}; members left out keep theirs. Returns the meeting with its quorum. */
    @PutMapping("/meetings/{id:\\d+}/attendance")
    MeetingView attendance(@PathVariable long id, @RequestBody List<AttendanceEntry> entries) {
        return meetings.recordAttendance(id, entries);
    }

    @GetMapping("/documents")
    ApiPage<DocumentView> documents(@RequestParam(required = false) DocumentStatus status,
            @RequestParam(required = false) DocumentType type, @RequestParam(required = false) Long termId,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.of(documents.documents(new DocumentQuery(status, type, termId, year, q), Paging.of(page, size)));
    }

    @GetMapping("/documents/{id:\\d+}")
    DocumentView document(@PathVariable long id) {
        return documents.document(id);
    }

    @PostMapping("/documents")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DocumentView> createDocument(@Valid @RequestBody DocumentInput input, UriComponentsBuilder uri) {
        DocumentView created = documents.createDocument(input);
        return ResponseEntity.created(uri.path("/api/v1/committee/documents/{id}").build(created.id())).body(created);
    }

    /** Puts a draft to the vote. */
    @PostMapping("/documents/{id:\\d+}/open")
    DocumentView open(@PathVariable long id) {
        return documents.openVoting(id);
    }

    /** The signed-in member's own vote: {@code {"choice": "FOR"}}. */
    @PostMapping("/documents/{id:\\d+}/votes")
    ResponseEntity<VoteView> vote(@PathVariable long id, @Valid @RequestBody VoteInput vote) {
        return ResponseEntity.status(201).body(documents.vote(id, vote));
    }

    @GetMapping("/documents/{id:\\d+}/votes")
    List<VoteView> votes(@PathVariable long id) {
        return documents.votes(id);
    }

    /**
     * Named votes cast at a meeting, recorded by ROPS on the members' behalf:
     * {@code [{"memberId": 1, "choice": "FOR"}]}; all or none.
     */
    @PostMapping("/documents/{id:\\d+}/named-votes")
    ResponseEntity<List<VoteView>> namedVotes(@PathVariable long id, @RequestBody List<NamedVote> votes) {
        return ResponseEntity.status(201).body(documents.recordVotes(id, votes));
    }

    /** The counts of an anonymous vote at a meeting. */
    @PutMapping("/documents/{id:\\d+}/counts")
    DocumentView counts(@PathVariable long id, @Valid @RequestBody VoteCounts counts) {
        return documents.recordCounts(id, counts);
    }

    /** Closes the vote: the result is computed from the votes under the document's majority rule. */
    @PostMapping("/documents/{id:\\d+}/close")
    DocumentView close(@PathVariable long id) {
        return documents.close(id);
    }

    @GetMapping(value = "/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    String feed() {
        return feed.atom();
    }
}
