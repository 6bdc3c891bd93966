package pl.koordynator.es.localplans.web;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.localplans.LocalPlanInput;
import pl.koordynator.es.localplans.LocalPlanQuery;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.LocalPlanSummary;
import pl.koordynator.es.localplans.LocalPlanView;
import pl.koordynator.es.localplans.LocalPlans;
import pl.koordynator.es.localplans.PlanFile;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Paging;

/**
 * Local plans over HTTP. Every signed-in user lists and reads them; ROPS writes any, the JST (a PARTNER
 * account of the plan's JST or responsible unit) and the supporting OWES their own (the service decides).
 * A bad value, also a wrong enum or date in the JSON, is a problem naming the field; a second active plan
 * for one JST a 409 naming {@code unitTeryt}.
 */
@RestController
@RequestMapping("/api/v1/local-plans")
class LocalPlansApi {

    private final LocalPlans plans;

    LocalPlansApi(LocalPlans plans) {
        this.plans = plans;
    }

    /**
     * By powiat and unit name, the newest first. {@code powiatTeryt}: a powiat's own plan and its gminas';
     * {@code q}: a text in the title or the unit's name.
     */
    @GetMapping
    ApiPage<LocalPlanSummary> list(@RequestParam(required = false) LocalPlanStatus status,
            @RequestParam(required = false) String powiatTeryt, @RequestParam(required = false) Long owesId,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ApiPage.of(plans.plans(new LocalPlanQuery(status, powiatTeryt, owesId, q), Paging.of(page, size)));
    }

    @GetMapping("/{id:\\d+}")
    LocalPlanView plan(@PathVariable long id) {
        return plans.plan(id);
    }

    /** {@code replacesId}: the JST's active plan this one replaces (it becomes REPLACED). */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LocalPlanView> create(@RequestBody LocalPlanInput input, UriComponentsBuilder uri) {
        LocalPlanView created = plans.create(input);
        return ResponseEntity.created(uri.path("/api/v1/local-plans/{id}").build(created.id())).body(created);
    }

    /** {@code version}: the version the editor read; a newer stored one is a conflict. Replaces the rows. */
    @PutMapping("/{id:\\d+}")
    LocalPlanView update(@PathVariable long id, @RequestParam long version, @RequestBody LocalPlanInput input) {
        return plans.update(id, version, input);
    }

    /** A PDF of the plan (multipart {@code file} and {@code title}). */
    @PostMapping("/{id:\\d+}/documents")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LocalPlanView.Document> addDocument(@PathVariable long id,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String title,
            UriComponentsBuilder uri) throws IOException {
        LocalPlanView.Document document = plans.addDocument(id, title,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        return ResponseEntity.created(uri.path("/api/v1/local-plans/{id}/documents/{documentId}")
                .build(id, document.id())).body(document);
    }

    @GetMapping("/{id:\\d+}/documents/{documentId:\\d+}")
    @ApiResponse(responseCode = "200", description = "The document as a PDF file (attachment)",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        PlanFile file = plans.document(id, documentId);
        return ResponseEntity.ok().headers(Downloads.attachment(MediaType.APPLICATION_PDF, file.fileName()))
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    @DeleteMapping("/{id:\\d+}/documents/{documentId:\\d+}")
    ResponseEntity<Void> removeDocument(@PathVariable long id, @PathVariable long documentId) {
        plans.removeDocument(id, documentId);
        return ResponseEntity.noContent().build();
    }
}
