package pl.koordynator.es.registry;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an organisation is. The first twelve are the PES kinds of art. 2(5) of the Act of 5 August
 * 2022 on the social economy; the others are the partners ROPS coordinates with.
 */
public enum Kind {
    SOCIAL_COOPERATIVE, CIS, KIS, ZAZ, WTZ, WORK_COOPERATIVE, DISABLED_COOPERATIVE, AGRICULTURAL_COOPERATIVE,
    NGO, CHURCH_ENTITY, RURAL_HOUSEWIVES_CIRCLE, NONPROFIT_COMPANY,
    OWES, JST, JSPS, IRP, BUSINESS, SCIENCE, OTHER;

    private static final Set<Kind> PES = EnumSet.range(SOCIAL_COOPERATIVE, NONPROFIT_COMPANY);
    private static final Set<Kind> REINTEGRATION_UNITS = EnumSet.of(CIS, KIS, ZAZ, WTZ);

    /** A social economy entity (PES) in the sense of the Act. */
    public boolean isPes() {
        return PES.contains(this);
    }

    /** CIS, KIS, ZAZ and WTZ report reintegration places. */
    public boolean isReintegrationUnit() {
        return REINTEGRATION_UNITS.contains(this);
    }

    public static List<Kind> pesKinds() {
        return Arrays.stream(values()).filter(Kind::isPes).toList();
    }
}
