package pl.koordynator.es.catalogue.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.catalogue.CatalogueMarks;
import pl.koordynator.es.catalogue.MarkApplicationInput;
import pl.koordynator.es.catalogue.MarkApplicationStatus;
import pl.koordynator.es.catalogue.MarkApplicationView;
import pl.koordynator.es.catalogue.MarkBoardMember;
import pl.koordynator.es.catalogue.MarkDecisionInput;
import pl.koordynator.es.catalogue.MarkEvidenceFile;
import pl.koordynator.es.catalogue.MarkView;
import pl.koordynator.es.catalogue.MarkVoteInput;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;

/**
 * The "Zakup Prospołeczny" mark over HTTP: the public list of valid marks, applications of a PES
 * or its OWES, the board's votes, ROPS's decisions, revocations and the board's membership. Who
 * may see and do what is decided by the service.
 */
@RestController
@RequestMapping("/api/v1/catalogue/marks")
class MarkApi {

    private final CatalogueMarks marks;

    MarkApi(CatalogueMarks marks) {
        this.marks = marks;
    }

    @GetMapping
    ApiPage<MarkView> valid(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ApiPage.of(marks.valid(Paging.of(page, size)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MarkApplicationView> apply(@RequestBody MarkApplicationInput input, UriComponentsBuilder uri) {
        MarkApplicationView created = marks.apply(input);
        return ResponseEntity.created(uri.path("/api/v1/catalogue/marks/applications/{id}").build(created.id()))
                .body(created);
    }

    /** The same application as JSON in the part {@code application}, with the PDF evidence in the part {@code evidence}. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MarkApplicationView> applyWithEvidence(@RequestPart("application") MarkApplicationInput input,
            @RequestPart(name = "evidence", required = false) MultipartFile evidence, UriComponentsBuilder uri)
            throws IOException {
        MarkApplicationView created = marks.apply(input, file(evidence));
        return ResponseEntity.created(uri.path("/api/v1/catalogue/marks/applications/{id}").build(created.id()))
                .body(created);
    }

    @PostMapping("/applications/{id:\\d+}/evidence")
    MarkApplicationView attachEvidence(@PathVariable long id,
            @RequestParam(name = "evidence", required = false) MultipartFile evidence) throws IOException {
        return marks.attachEvidence(id, file(evidence));
    }

    @GetMapping("/applications/{id:\\d+}/evidence")
    @ApiResponse(responseCode = "200", description = "The application's evidence as a PDF file (attachment)",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        return MarkEvidenceDownload.of(marks.evidence(id));
    }

    private static MarkEvidenceFile file(MultipartFile evidence) throws IOException {
        return evidence == null ? null : new MarkEvidenceFile(evidence.getOriginalFilename(), evidence.getBytes());
    }

    @GetMapping("/applications")
    ApiPage<MarkApplicationView> applications(@RequestParam(required = false) MarkApplicationStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.of(marks.applications(status, Paging.of(page, size)));
    }

    @GetMapping("/applications/{id:\\d+}")
    MarkApplicationView application(@PathVariable long id) {
        return marks.application(id);
    }

    @PostMapping("/applications/{id:\\d+}/votes")
    MarkApplicationView vote(@PathVariable long id, @RequestBody MarkVoteInput vote) {
        return marks.vote(id, vote);
    }

    @PostMapping("/applications/{id:\\d+}/decision")
    MarkApplicationView decide(@PathVariable long id, @RequestBody MarkDecisionInput decision) {
        return marks.decide(id, decision);
    }

    @PostMapping("/applications/{id:\\d+}/withdrawal")
    MarkApplicationView withdraw(@PathVariable long id) {
        return marks.withdraw(id);
    }

    record Revocation(String reason) {
    }

    @PostMapping("/licences/{id:\\d+}/revocation")
    ResponseEntity<Void> revoke(@PathVariable long id, @RequestBody Revocation revocation) {
        marks.revoke(id, revocation == null ? null : revocation.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/board")
    List<MarkBoardMember> board() {
        return marks.board();
    }

    record NewBoardMember(String username) {
    }

    @PostMapping("/board")
    ResponseEntity<MarkBoardMember> addBoardMember(@RequestBody NewBoardMember member) {
        return ResponseEntity.status(201).body(marks.addBoardMember(member == null ? null : member.username()));
    }

    @DeleteMapping("/board/{userId:\\d+}")
    ResponseEntity<Void> removeBoardMember(@PathVariable long userId) {
        marks.removeBoardMember(userId);
        return ResponseEntity.noContent().build();
    }
}
