package pl.koordynator.es.publicservices.domain;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** A party of an OCDS release (the buyer or a supplier): its id, name and NIP, where it stands. */
record OcdsParty(String id, String name, String nip, String path) {

    /** The party at {@code path}, its NIP from a PL-NIP identifier or additional identifier. */
    static OcdsParty read(OcdsRelease r, String path) {
        if (r.object(path) == null) {
            return new OcdsParty(null, null, null, path);
        }
        String nip = null;
        if (r.object(path + ".identifier") != null && isNipScheme(r.text(path + ".identifier.scheme"))) {
            nip = r.text(path + ".identifier.id");
        }
        List<JsonNode> additional = r.array(path + ".additionalIdentifiers");
        for (int i = 0; i < additional.size() && nip == null; i++) {
            if (isNipScheme(r.text(path + ".additionalIdentifiers[" + i + "].scheme"))) {
                nip = r.text(path + ".additionalIdentifiers[" + i + "].id");
            }
        }
        String digits = nip == null ? null : nip.replaceAll("^PL|[\\s-]", "");
        return new OcdsParty(r.text(path + ".id"), r.text(path + ".name"),
                digits != null && digits.matches("\\d{10}") ? digits : null, path);
    }

    private static boolean isNipScheme(String scheme) {
        return scheme != null && scheme.replace("_", "-").equalsIgnoreCase("PL-NIP");
    }
}
