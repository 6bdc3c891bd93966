package pl.koordynator.es.territory;

/**
 * A TERYT unit. {@code type} is set for gminas only; {@code parentTeryt} is null for the
 * voivodeship. A historical unit no longer appears in the official register but is kept because
 * records still point to it.
 */
public record Unit(String teryt, String name, Level level, GminaType type, String parentTeryt, boolean historical) {

    /** The 4-digit powiat a gmina or powiat code lies in. */
    public String powiatTeryt() {
        return teryt.length() >= 4 ? teryt.substring(0, 4) : null;
    }
}
