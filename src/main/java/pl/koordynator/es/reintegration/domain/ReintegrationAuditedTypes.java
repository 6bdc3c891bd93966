package pl.koordynator.es.reintegration.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/**
 * Referrals in the audit trail, without a link: the trail is read by ROPS, to whom a referral does not
 * exist (its page answers 404); the entry's ids, states and dates are what they may know.
 */
@Component
class ReintegrationAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(AuditedType.unlinked(ReferralService.ENTITY, "audit.entity." + ReferralService.ENTITY));
    }
}
