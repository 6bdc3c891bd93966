package pl.koordynator.es.networks.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.networks.OfferCategory;
import pl.koordynator.es.networks.OfferSide;
import pl.koordynator.es.networks.domain.OfferBoard;
import pl.koordynator.es.networks.domain.OfferClosing;
import pl.koordynator.es.networks.domain.OfferInput;
import pl.koordynator.es.networks.domain.OfferQuery;
import pl.koordynator.es.networks.domain.OfferView;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;

/** The cooperation offers board over HTTP, for accounts; the service decides who posts and closes. */
@RestController
@RequestMapping("/api/v1/networks/offers")
class OffersApi {

    private final OfferBoard board;

    OffersApi(OfferBoard board) {
        this.board = board;
    }

    /** Open ones by default ({@code open=false}: closed ones too). */
    @GetMapping
    ApiPage<OfferView> search(@RequestParam(required = false) OfferSide side,
            @RequestParam(required = false) OfferCategory category, @RequestParam(required = false) String powiat,
            @RequestParam(required = false) Boolean open, @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.of(board.search(new OfferQuery(side, category, powiat, open, organisationId),
                Paging.of(page, size)));
    }

    @GetMapping("/{id:\\d+}")
    OfferView get(@PathVariable long id) {
        return board.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OfferView> post(@RequestBody OfferInput input, UriComponentsBuilder uri) {
        OfferView created = board.post(input);
        return ResponseEntity.created(uri.path("/api/v1/networks/offers/{id}").build(created.id())).body(created);
    }

    @GetMapping("/{id:\\d+}/matches")
    List<OfferView> matches(@PathVariable long id) {
        return board.matches(id);
    }

    @PostMapping("/{id:\\d+}/close")
    OfferView close(@PathVariable long id, @RequestBody OfferClosing closing) {
        return board.close(id, closing);
    }
}
