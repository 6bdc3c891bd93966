package pl.koordynator.es.committee.web;

import jakarta.validation.Valid;
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
import pl.koordynator.es.committee.PositionInput;
import pl.koordynator.es.committee.PositionQuery;
import pl.koordynator.es.committee.PositionView;
import pl.koordynator.es.committee.SectorPositions;
import pl.koordynator.es.committee.TakenIntoAccount;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;

/** The positions register of the sector over HTTP: public to read, kept by ROPS. */
@RestController
@RequestMapping("/api/v1/positions")
class PositionsApi {

    private final SectorPositions positions;

    PositionsApi(SectorPositions positions) {
        this.positions = positions;
    }

    @GetMapping
    ApiPage<PositionView> positions(@RequestParam(required = false) String q,
            @RequestParam(required = false) TakenIntoAccount takenIntoAccount,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Boolean submitted,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.of(positions.positions(new PositionQuery(q, takenIntoAccount, year, submitted),
                Paging.of(page, size)));
    }

    @GetMapping("/{id:\\d+}")
    PositionView position(@PathVariable long id) {
        return positions.position(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PositionView> create(@Valid @RequestBody PositionInput input, UriComponentsBuilder uri) {
        PositionView created = positions.createPosition(input);
        return ResponseEntity.created(uri.path("/api/v1/positions/{id}").build(created.id())).body(created);
    }

    @PutMapping("/{id:\\d+}")
    PositionView update(@PathVariable long id, @Valid @RequestBody PositionInput input) {
        return positions.updatePosition(id, input);
    }
}
