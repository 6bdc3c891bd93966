package pl.koordynator.es.networks;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The unordered pair of sectors a tie joins, written in the order of {@link Sector}
 * ({@code PES_BUSINESS}, {@code PES_PES}, {@code OWES_SCIENCE}).
 */
public record SectorPair(Sector first, Sector second) {

    public SectorPair {
        if (first.ordinal() > second.ordinal()) {
            Sector swap = first;
            first = second;
            second = swap;
        }
    }

    public static SectorPair parse(String code) {
        if (code == null) {
            return null;
        }
        for (Sector a : Sector.values()) {
            for (Sector b : Sector.values()) {
                if ((a.name() + "_" + b.name()).equalsIgnoreCase(code.strip())) {
                    return new SectorPair(a, b);
                }
            }
        }
        return null;
    }

    @JsonValue
    public String code() {
        return first.name() + "_" + second.name();
    }

    public boolean involvesPes() {
        return first == Sector.PES;
    }

    @Override
    public String toString() {
        return code();
    }
}
