package pl.koordynator.es.networks.web;

import org.springframework.http.HttpStatus;
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
import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.networks.TieKind;
import pl.koordynator.es.networks.TieSource;
import pl.koordynator.es.networks.domain.NetworkMeasures;
import pl.koordynator.es.networks.domain.TieInput;
import pl.koordynator.es.networks.domain.TieMeasures;
import pl.koordynator.es.networks.domain.TieQuery;
import pl.koordynator.es.networks.domain.TieService;
import pl.koordynator.es.networks.domain.TieView;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;

/**
 * Ties over HTTP: declared ones entered by one side and confirmed by the other, derived ones
 * listed by source; the public counts per year and area. The service decides who may do what.
 */
@RestController
@RequestMapping("/api/v1/ties")
class TiesApi {

    private final TieService ties;
    private final NetworkMeasures measures;

    TiesApi(TieService ties, NetworkMeasures measures) {
        this.ties = ties;
        this.measures = measures;
    }

    /** {@code sectors} as {@code PES_BUSINESS}; {@code source} DECLARED (default) or a derived one (EVENT, SUPPORT, NETWORK). */
    @GetMapping
    ApiPage<TieView> search(@RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) TieKind kind, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sectors, @RequestParam(required = false) TieSource source,
            @RequestParam(required = false) Boolean confirmed, @RequestParam(required = false) String powiat,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.of(ties.search(new TieQuery(organisationId, kind, year, sectors(sectors), source, confirmed,
                powiat), Paging.of(page, size)));
    }

    @GetMapping("/{id}")
    TieView get(@PathVariable long id) {
        return ties.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TieView> create(@RequestBody TieInput input, UriComponentsBuilder uri) {
        TieView created = ties.create(input);
        return ResponseEntity.created(uri.path("/api/v1/ties/{id}").build(created.id())).body(created);
    }

    @PutMapping("/{id}")
    TieView update(@PathVariable long id, @RequestBody TieInput input) {
        return ties.update(id, input);
    }

    @PostMapping("/{id}/confirm")
    TieView confirm(@PathVariable long id) {
        return ties.confirm(id);
    }

    /** Counts of confirmed ties by pair of sectors in the year, per area of the level (region, subregion, powiat). */
    @GetMapping("/measures")
    TieMeasures measures(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String level) {
        return measures.measures(year, level);
    }

    static SectorPair sectors(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        SectorPair pair = SectorPair.parse(code);
        if (pair == null) {
            throw InvalidInputException.of("sectors", "networks.sectors.unknown");
        }
        return pair;
    }
}
