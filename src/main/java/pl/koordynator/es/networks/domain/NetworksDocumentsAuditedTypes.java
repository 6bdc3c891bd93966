package pl.koordynator.es.networks.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** A network's documents in the audit trail; no page of their own (they are listed on the network's page). */
@Component
class NetworksDocumentsAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(AuditedType.unlinked(NetworkDocuments.ENTITY, "audit.entity.NetworkDocument"));
    }
}
