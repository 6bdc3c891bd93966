package pl.koordynator.es.catalogue.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** The mark's applications, votes, licences and board members in the audit trail. */
@Component
class MarkAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(MarkService.APPLICATION_ENTITY, "catalogue.mark.audit.application", "/kapitula/{id}"),
                AuditedType.unlinked(MarkService.VOTE_ENTITY, "catalogue.mark.audit.vote"),
                AuditedType.unlinked(MarkService.LICENCE_ENTITY, "catalogue.mark.audit.licence"),
                AuditedType.unlinked(MarkService.BOARD_ENTITY, "catalogue.mark.audit.boardMember"));
    }
}
