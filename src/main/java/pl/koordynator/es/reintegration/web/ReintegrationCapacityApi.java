package pl.koordynator.es.reintegration.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.reintegration.CapacityInput;
import pl.koordynator.es.reintegration.FreePlaces;
import pl.koordynator.es.reintegration.ReferralPartyKind;
import pl.koordynator.es.reintegration.ReintegrationCapacity;
import pl.koordynator.es.reintegration.UnitCapacity;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The places of the reintegration units. Reading is public (numbers only); a change is for the unit's own
 * PES users and ROPS. No organisation of the id: 404; an organisation that is no unit (an NGO, an OPS): 400
 * naming {@code organisationId}; someone else's unit: 403; a stale {@code version}: 409.
 */
@RestController
class ReintegrationCapacityApi {

    private final ReintegrationCapacity capacity;

    ReintegrationCapacityApi(ReintegrationCapacity capacity) {
        this.capacity = capacity;
    }

    /** Free places by powiat and the units with a free place, filtered by {@code powiat} (TERYT) and {@code kind}. */
    @GetMapping("/api/v1/reintegration/capacity")
    FreePlaces freePlaces(@RequestParam(required = false) String powiat, @RequestParam(required = false) String kind) {
        return capacity.freePlaces(powiat, kind(kind));
    }

    @GetMapping("/api/v1/reintegration/capacity/{organisationId:\\d+}")
    UnitCapacity capacity(@PathVariable long organisationId) {
        return capacity.capacity(organisationId);
    }

    @PutMapping("/api/v1/reintegration/capacity/{organisationId:\\d+}")
    UnitCapacity save(@PathVariable long organisationId, @RequestBody(required = false) CapacityInput input) {
        return capacity.save(organisationId, input == null ? new CapacityInput(null, null) : input);
    }

    /** A receiving kind named in a request (any case); null for none, a problem naming {@code kind} else. */
    static ReferralPartyKind kind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            ReferralPartyKind kind = ReferralPartyKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
            if (kind.receives()) {
                return kind;
            }
        } catch (IllegalArgumentException unknown) {
            // the same problem as a kind that does not receive
        }
        throw InvalidInputException.of("kind", "reintegration.capacity.error.kind");
    }
}
