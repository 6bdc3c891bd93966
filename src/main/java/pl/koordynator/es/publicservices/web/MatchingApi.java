package pl.koordynator.es.publicservices.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.publicservices.PesMatch;
import pl.koordynator.es.publicservices.ProcurementMatching;

/** The PES matching an open procurement or call, best first, as the caller may see them. */
@RestController
class MatchingApi {

    private final ProcurementMatching matching;

    MatchingApi(ProcurementMatching matching) {
        this.matching = matching;
    }

    @GetMapping("/api/v1/procurements/{id:\\d+}/matches")
    List<PesMatch> procurementMatches(@PathVariable long id) {
        return matching.procurementMatches(id);
    }

    @GetMapping("/api/v1/public-tasks/{id:\\d+}/matches")
    List<PesMatch> publicTaskMatches(@PathVariable long id) {
        return matching.publicTaskMatches(id);
    }
}
