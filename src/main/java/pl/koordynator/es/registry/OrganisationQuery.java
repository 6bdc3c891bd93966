package pl.koordynator.es.registry;

/**
 * A search of the register: free text (name, short name, town, accents ignored; or a NIP, REGON
 * or KRS) and filters, any of which may be null. {@code socialEnterprise} true keeps
 * organisations holding the PS status today, false those without it; {@code pes} true keeps PES
 * of any kind (what a visitor always sees), e.g. for the home page's count of active PES.
 */
public record OrganisationQuery(String text, Kind kind, String powiatTeryt, String gminaTeryt, Long subregionId,
        Long owesId, Boolean socialEnterprise, OrganisationStatus status, Sort sort, Boolean pes) {

    public enum Sort {
        NAME, NAME_DESC, KIND, GMINA, UPDATED_DESC;

        public static Sort parse(String value) {
            for (Sort sort : values()) {
                if (sort.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return sort;
                }
            }
            return NAME;
        }
    }

    public OrganisationQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        powiatTeryt = powiatTeryt == null || powiatTeryt.isBlank() ? null : powiatTeryt.strip();
        gminaTeryt = gminaTeryt == null || gminaTeryt.isBlank() ? null : gminaTeryt.strip();
        sort = sort == null ? Sort.NAME : sort;
    }

    /** A search of any kind of organisation (without the PES-only filter). */
    public OrganisationQuery(String text, Kind kind, String powiatTeryt, String gminaTeryt, Long subregionId,
            Long owesId, Boolean socialEnterprise, OrganisationStatus status, Sort sort) {
        this(text, kind, powiatTeryt, gminaTeryt, subregionId, owesId, socialEnterprise, status, sort, null);
    }

    public static OrganisationQuery all() {
        return new OrganisationQuery(null, null, null, null, null, null, null, null, Sort.NAME);
    }

    public static OrganisationQuery text(String text) {
        return new OrganisationQuery(text, null, null, null, null, null, null, null, Sort.NAME);
    }
}
