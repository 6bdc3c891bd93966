package pl.koordynator.es.territory;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of a gmina, which TERYT writes as the last digit of its 7-digit code (RODZ): 1 urban,
 * 2 rural, 3 urban-rural. The API spells it as GUS does, in Polish.
 */
public enum GminaType {
    URBAN('1', "miejska"), RURAL('2', "wiejska"), URBAN_RURAL('3', "miejsko-wiejska");

    private final char rodz;
    private final String code;

    GminaType(char rodz, String code) {
        this.rodz = rodz;
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public char rodz() {
        return rodz;
    }

    public static Optional<GminaType> fromRodz(char rodz) {
        for (GminaType type : values()) {
            if (type.rodz == rodz) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
