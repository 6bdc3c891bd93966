package pl.koordynator.es.security.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Accounts and API tokens in the audit trail; a token has no page of its own. */
@Component
class SecurityAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(UserAccountService.ENTITY, "audit.entity.UserAccount", "/admin/users/{id}"),
                AuditedType.unlinked(ApiTokenService.ENTITY, "audit.entity.ApiToken"));
    }
}
