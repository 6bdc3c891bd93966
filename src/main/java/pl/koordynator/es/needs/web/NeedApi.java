package pl.koordynator.es.needs.web;


import org.springframework.http.HttpStatus;
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
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.needs.NeedCategory;
import pl.koordynator.es.needs.NeedStatus;
import pl.koordynator.es.needs.domain.NeedDecision;
import pl.koordynator.es.needs.domain.NeedInput;
import pl.koordynator.es.needs.domain.NeedQuery;
import pl.koordynator.es.needs.domain.NeedService;
import pl.koordynator.es.needs.domain.NeedView;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;

/**
 * Reported needs over HTTP. Anyone reads the published needs; a signed-in caller also reads
 * their organisation's, ROPS all of them. The service decides who may submit, change and decide.
 */
@RestController
@RequestMapping("/api/v1/needs")
class NeedApi {

    private final NeedService needs;

    NeedApi(NeedService needs) {
        this.needs = needs;
    }

    @GetMapping
    ApiPage<NeedView> search(@RequestParam(required = false) String gmina,
            @RequestParam(required = false) NeedCategory category, @RequestParam(required = false) NeedStatus status,
            @RequestParam(required = false) boolean own, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ApiPage.of(needs.search(new NeedQuery(gmina, category, status, own), Paging.of(page, size)));
    }

    @GetMapping("/{id}")
    NeedView get(@PathVariable long id) {
        return needs.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<NeedView> submit(@RequestBody NeedInput input, UriComponentsBuilder uri) {
        NeedView created = needs.submit(input);
        return ResponseEntity.created(uri.path("/api/v1/needs/{id}").build(created.id())).body(created);
    }

    @PutMapping("/{id}")
    NeedView update(@PathVariable long id, @RequestBody NeedInput input) {
        return needs.update(id, input);
    }

    /** Withdraws a need that waits for ROPS; {@code version}, when given, must still be current. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> withdraw(@PathVariable long id, @RequestParam(required = false) Long version) {
        needs.withdraw(id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/publish")
    NeedView publish(@PathVariable long id, @RequestBody(required = false) NeedDecision decision) {
        return needs.publish(id, decision);
    }

    @PostMapping("/{id}/reject")
    NeedView reject(@PathVariable long id, @RequestBody(required = false) NeedDecision decision) {
        return needs.reject(id, decision);
    }
}
