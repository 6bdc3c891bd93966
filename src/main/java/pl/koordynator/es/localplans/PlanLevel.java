package pl.koordynator.es.localplans;

/** The tier of local government a plan is for: a gmina (7-digit TERYT) or a powiat (4-digit). */
public enum PlanLevel {
    GMINA, POWIAT;

    /** The level of a TERYT code of a gmina (7 digits) or powiat (4 digits); null for any other length. */
    public static PlanLevel ofTeryt(String teryt) {
        if (teryt == null) {
            return null;
        }
        return switch (teryt.length()) {
            case 7 -> GMINA;
            case 4 -> POWIAT;
            default -> null;
        };
    }
}
