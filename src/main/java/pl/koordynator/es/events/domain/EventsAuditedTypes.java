package pl.koordynator.es.events.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Events, registrations and evaluations in the audit trail; only an event has a page of its own. */
@Component
class EventsAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.linked(EventService.ENTITY, "audit.entity.Event", "/events/{id}"),
                AuditedType.unlinked(RegistrationService.ENTITY, "audit.entity.EventRegistration"),
                AuditedType.unlinked(EvaluationService.ENTITY, "audit.entity.EventEvaluation"));
    }
}
