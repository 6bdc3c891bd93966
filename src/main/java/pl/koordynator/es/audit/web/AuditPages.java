package pl.koordynator.es.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.audit.AuditEntry;
import pl.koordynator.es.audit.AuditQuery;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.shared.Paging;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPages {

    private final AuditTrail audit;

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) AuditEntry.Action action,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate to,
            @RequestParam(required = false) Integer page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        AuditQuery query = new AuditQuery(entityType, entityId, actor, action, from, to);
        model.addAttribute("query", query);
        model.addAttribute("entries", audit.find(query, Paging.of(page, 50)));
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("actions", AuditEntry.Action.values());
        return htmx != null ? "audit/list :: results" : "audit/list";
    }
}
