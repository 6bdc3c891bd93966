package pl.koordynator.es.territory;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The three tiers of Polish territorial division that TERYT codes name: 2, 4 and 7 digits. */
public enum Level {
    VOIVODESHIP, POWIAT, GMINA;

    /** How the API and URLs spell it: {@code voivodeship}, {@code powiat}, {@code gmina}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> fromCode(String code) {
        for (Level level : values()) {
            if (level.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
