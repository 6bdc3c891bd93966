package pl.koordynator.es.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.audit.AuditEntry;
import pl.koordynator.es.audit.AuditQuery;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    PageOf<AuditEntry> find(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) AuditEntry.Action action,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return audit.find(new AuditQuery(entityType, entityId, actor, action, null, null), Paging.of(page, size));
    }
}
