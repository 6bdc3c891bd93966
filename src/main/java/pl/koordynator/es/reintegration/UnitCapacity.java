package pl.koordynator.es.reintegration;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The places a reintegration unit (CIS, KIS, ZAZ, WTZ, social enterprise) reported, by programme: numbers
 * only, public. {@code updatedOn} is the day the unit last confirmed them; {@code version} is what a change
 * must send back (a change made meanwhile by someone else is refused).
 */
public record UnitCapacity(long organisationId, String organisationName, ReferralPartyKind kind, String gminaTeryt,
        String powiatTeryt, LocalDate updatedOn, long version, List<Line> lines) {

    public UnitCapacity {
        lines = List.copyOf(lines);
    }

    /** One programme (social employment, occupational therapy…): its places, how many are taken and the queue. */
    public record Line(String programme, int places, int occupied, int free, int waiting) {
    }

    @JsonProperty
    public int places() {
        return lines.stream().mapToInt(Line::places).sum();
    }

    @JsonProperty
    public int occupied() {
        return lines.stream().mapToInt(Line::occupied).sum();
    }

    @JsonProperty
    public int free() {
        return lines.stream().mapToInt(Line::free).sum();
    }

    @JsonProperty
    public int waiting() {
        return lines.stream().mapToInt(Line::waiting).sum();
    }
}
