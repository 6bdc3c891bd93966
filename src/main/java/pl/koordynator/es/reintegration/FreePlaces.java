package pl.koordynator.es.reintegration;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The free places of the reintegration units, for those looking for a place (an OPS or PUP worker, a person
 * themselves): per powiat the units that reported and their totals, and the units with a free place. Numbers
 * only; filtered by powiat and kind when asked.
 */
public record FreePlaces(List<Powiat> powiats, List<Unit> units) {

    public FreePlaces {
        powiats = List.copyOf(powiats);
        units = List.copyOf(units);
    }

    /** A powiat's units that reported places, added up. */
    public record Powiat(String teryt, String name, int units, int places, int occupied, int free, int waiting) {
    }

    /** A unit with at least one free place. */
    public record Unit(long organisationId, String name, ReferralPartyKind kind, String gminaTeryt, String powiatTeryt,
            int places, int free, int waiting, LocalDate updatedOn) {
    }

    @JsonProperty
    public int free() {
        return powiats.stream().mapToInt(Powiat::free).sum();
    }

    @JsonProperty
    public int occupied() {
        return powiats.stream().mapToInt(Powiat::occupied).sum();
    }

    @JsonProperty
    public int waiting() {
        return powiats.stream().mapToInt(Powiat::waiting).sum();
    }

    @JsonProperty
    public int reportingUnits() {
        return powiats.stream().mapToInt(Powiat::units).sum();
    }

    @JsonProperty
    public int places() {
        return powiats.stream().mapToInt(Powiat::places).sum();
    }
}
