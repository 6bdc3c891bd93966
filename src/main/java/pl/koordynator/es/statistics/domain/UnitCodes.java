package pl.koordynator.es.statistics.domain;

/**
 * Unit codes of statistics files: TERYT (2, 4 or 7 digits) and the 12-digit unit id of GUS Bank
 * Danych Lokalnych, whose characters 3–4 are the voivodeship and 8–12 the powiat, gmina and gmina
 * type; 5–7 are the NUTS region and subregion, which TERYT does not have.
 */
final class UnitCodes {

    enum Kind {
        /** A unit of the region: {@code teryt} is set. */
        UNIT,
        /** The town or the rural area of an urban-rural gmina (type 4 or 5): the whole gmina is kept. */
        TOWN_OR_RURAL_PART,
        /** Poland, a macroregion or a unit of another voivodeship. */
        OUTSIDE_REGION,
        /** A NUTS region or subregion, or a district of a city: not a TERYT unit. */
        STATISTICAL_REGION,
        /** Looks like a unit of the region, but the region has no such current unit. */
        UNKNOWN,
        /** Not a unit code at all. */
        MALFORMED
    }

    record Resolved(Kind kind, String teryt) {
    }

    private UnitCodes() {
    }

    /**
     * Digits with the zeros a spreadsheet drops from the front put back: 1, 3, 6 or 11 digits
     * become 2, 4, 7 or 12 (voivodeship codes below 10 start with a zero).
     */
    static String digits(String cell) {
        String code = cell == null ? "" : cell.replace('\u00A0', ' ').replace(" ", "").strip();
        if (!code.matches("\\d{1,12}")) {
            return null;
        }
        return switch (code.length()) {
            case 1, 3, 6, 11 -> "0" + code;
            default -> code;
        };
    }

    /** A TERYT code (2, 4, 7 digits) or a BDL id (12 digits), checked against the region's units. */
    static Resolved resolve(String cell, ImportContext context) {
        String code = digits(cell);
        if (code == null) {
            return new Resolved(Kind.MALFORMED, null);
        }
        return switch (code.length()) {
            case 2 -> code.equals(context.region()) ? unit(code) : unknown(code);
            case 4 -> context.powiats().contains(code) ? unit(code) : unknown(code);
            case 7 -> context.gminas().contains(code) ? unit(code) : unknown(code);
            case 12 -> bdl(code, context);
            default -> new Resolved(Kind.MALFORMED, null);
        };
    }

    /** A 12-digit BDL unit id. */
    static Resolved bdl(String id, ImportContext context) {
        String voivodeship = id.substring(2, 4);
        String powiat = id.substring(7, 9);
        String gmina = id.substring(9, 11);
        char type = id.charAt(11);
        if (!voivodeship.equals(context.region()) || "00".equals(voivodeship)) {
            return new Resolved(Kind.OUTSIDE_REGION, null);
        }
        if (id.substring(4).equals("00000000")) {
            return unit(voivodeship);
        }
        if ("00".equals(powiat)) {
            return new Resolved(Kind.STATISTICAL_REGION, null);
        }
        if ("00".equals(gmina) && type == '0') {
            String teryt = voivodeship + powiat;
            return context.powiats().contains(teryt) ? unit(teryt) : unknown(teryt);
        }
        if (type == '4' || type == '5') {
            return new Resolved(Kind.TOWN_OR_RURAL_PART, null);
        }
        if (type == '1' || type == '2' || type == '3') {
            String teryt = voivodeship + powiat + gmina + type;
            return context.gminas().contains(teryt) ? unit(teryt) : unknown(teryt);
        }
        // 8 and 9: districts and delegations of the largest cities, which the map does not show
        return new Resolved(Kind.STATISTICAL_REGION, null);
    }

    private static Resolved unit(String teryt) {
        return new Resolved(Kind.UNIT, teryt);
    }

    private static Resolved unknown(String teryt) {
        return new Resolved(Kind.UNKNOWN, teryt);
    }
}
