package pl.koordynator.es.publicservices.web;

import jakarta.validation.Valid;
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
import pl.koordynator.es.publicservices.ClauseType;
import pl.koordynator.es.publicservices.ProcurementInput;
import pl.koordynator.es.publicservices.ProcurementQuery;
import pl.koordynator.es.publicservices.ProcurementSummary;
import pl.koordynator.es.publicservices.ProcurementView;
import pl.koordynator.es.publicservices.Procurements;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;

/**
 * Procurements over HTTP. Every signed-in user lists and reads them (notices are public
 * information); ROPS writes any, a PARTNER account those of the public body it acts for.
 */
@RestController
@RequestMapping("/api/v1/procurements")
class ProcurementApi {

    private final Procurements procurements;

    ProcurementApi(Procurements procurements) {
        this.procurements = procurements;
    }

    /**
     * The latest notice first. {@code teryt}: a gmina (7 digits) or powiat (4 digits) of the buyer's
     * seat; {@code withClauses}: true for any clause, false for none; {@code open}: bids accepted today;
     * {@code wonBy}: an organisation that won a lot.
     */
    @GetMapping
    ApiPage<ProcurementSummary> list(@RequestParam(required = false) String text,
            @RequestParam(required = false) Long buyerId, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String teryt, @RequestParam(required = false) ClauseType clause,
            @RequestParam(required = false) Boolean withClauses, @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) Long wonBy, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ApiPage.of(procurements.procurements(
                new ProcurementQuery(text, buyerId, year, teryt, clause, withClauses, open, wonBy),
                Paging.of(page, size)));
    }

    @GetMapping("/{id:\\d+}")
    ProcurementView procurement(@PathVariable long id) {
        return procurements.procurement(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProcurementView> create(@Valid @RequestBody ProcurementInput input, UriComponentsBuilder uri) {
        ProcurementView created = procurements.create(input);
        return ResponseEntity.created(uri.path("/api/v1/procurements/{id}").build(created.id())).body(created);
    }

    /** {@code version}: the version the editor read; a newer stored one is a conflict. Replaces the lots. */
    @PutMapping("/{id:\\d+}")
    ProcurementView update(@PathVariable long id, @RequestParam long version,
            @Valid @RequestBody ProcurementInput input) {
        return procurements.update(id, version, input);
    }

    @DeleteMapping("/{id:\\d+}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        procurements.delete(id);
        return ResponseEntity.noContent().build();
    }
}
