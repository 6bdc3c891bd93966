package pl.koordynator.es.reintegration;

import pl.koordynator.es.registry.Kind;

/**
 * What an organisation is in a referral: social assistance units (JSPS: OPS, PCPR) and labour market
 * institutions (IRP: PUP) send; the reintegration units and social enterprises receive, and send too.
 */
public enum ReferralPartyKind {
    JSPS, IRP, CIS, KIS, ZAZ, WTZ, SOCIAL_ENTERPRISE;

    /** The kind of an organisation of the register, or null when it takes no part in referrals. */
    public static ReferralPartyKind of(Kind kind, boolean socialEnterprise) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case JSPS -> JSPS;
            case IRP -> IRP;
            case CIS -> CIS;
            case KIS -> KIS;
            case ZAZ -> ZAZ;
            case WTZ -> WTZ;
            default -> kind.isPes() && socialEnterprise ? SOCIAL_ENTERPRISE : null;
        };
    }

    /** A reintegration unit or social enterprise: receives referrals and keeps places. */
    public boolean receives() {
        return this != JSPS && this != IRP;
    }
}
