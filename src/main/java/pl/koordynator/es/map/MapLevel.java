package pl.koordynator.es.map;

import java.util.Locale;
import java.util.Optional;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.territory.Level;

/** The units a map layer shows, named in URLs as {@code gmina} and {@code powiat}. */
public enum MapLevel {
    GMINA(Level.GMINA), POWIAT(Level.POWIAT);

    private final Level territoryLevel;

    MapLevel(Level territoryLevel) {
        this.territoryLevel = territoryLevel;
    }

    public Level territoryLevel() {
        return territoryLevel;
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MapLevel> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(GMINA);
        }
        for (MapLevel level : values()) {
            if (level.path().equalsIgnoreCase(text.strip())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The level named in a request (gmina when none), or a problem naming {@code level}. */
    public static MapLevel parse(String text) {
        return of(text).orElseThrow(() -> InvalidInputException.of("level", "map.level.unknown"));
    }
}
