package pl.koordynator.es.networks.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Networks, memberships, meeting links, ties and offers in the audit trail. */
@Component
class NetworksAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(NetworkService.ENTITY, "audit.entity.Network", "/networks/{id}"),
                AuditedType.unlinked(NetworkService.MEMBER_ENTITY, "audit.entity.NetworkMember"),
                AuditedType.unlinked(NetworkService.MEETING_ENTITY, "audit.entity.NetworkMeeting"),
                AuditedType.linked(TieService.ENTITY, "audit.entity.Tie", "/networks/ties/{id}"),
                AuditedType.linked(OfferBoard.ENTITY, "audit.entity.CooperationOffer", "/networks/offers/{id}"));
    }
}
