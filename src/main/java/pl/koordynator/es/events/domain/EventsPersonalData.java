package pl.koordynator.es.events.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.privacy.EmailAddress;
import pl.koordynator.es.privacy.PersonalData;
import pl.koordynator.es.privacy.PersonalDataErasure;
import pl.koordynator.es.privacy.PersonalDataFinding;
import pl.koordynator.es.privacy.PersonalDataRetention;
import pl.koordynator.es.privacy.PrivacySettings;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Participants' personal data. An erased registration stays a row with its status, attendance,
 * organisation picked from the register and evaluation scores, so attendee counts, evaluation
 * summaries, the OWES report's prefilled values, the supported PES and the map count the same;
 * its name, address, typed organisation and accessibility needs go, its token is replaced so the
 * person's old links lead nowhere, and the evaluation loses its comment. Accessibility needs are
 * only needed to prepare the event: they are removed a while after it ended.
 */
@Component
class EventsPersonalData implements PersonalData, PersonalDataRetention {

    static final String REGISTRATIONS = "events.personalData.registrations";
    static final String EVALUATIONS = "events.personalData.evaluations";
    static final String ACCESSIBILITY_NEEDS = "events.accessibilityNeeds";
    /** What an erased registration shows where the name was; participant lists still count the row. */
    static final String ERASED_NAME = "Usunięte dane";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ZoneId zone;

    EventsPersonalData(JdbcClient jdbc, AuditTrail audit, PlatformSettings settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.zone = settings.timeZone();
    }

    private record Registration(RegistrationView view, String event, OffsetDateTime startsAt) {
    }

    private record Evaluation(long id, long registrationId, long eventId, String event, int overall, int usefulness,
            int organisation, String comment, OffsetDateTime submittedAt) {
    }

    @Override
    public String module() {
        return "events";
    }

    @Override
    public List<PersonalDataFinding> find(EmailAddress email) {
        List<PersonalDataFinding> findings = new ArrayList<>();
        findings.addAll(PersonalDataFinding.found(module(), REGISTRATIONS, registrations(email),
                r -> r.event() + " (" + DAY.format(r.startsAt().atZoneSameInstant(zone)) + "): "
                        + r.view().name() + (r.view().organisationName() == null ? ""
                                : ", " + r.view().organisationName())
                        + (r.view().accessibilityNeeds() == null ? "" : "; " + r.view().accessibilityNeeds())));
        findings.addAll(PersonalDataFinding.found(module(), EVALUATIONS, evaluations(email),
                e -> e.event() + ": " + e.overall() + "/" + e.usefulness() + "/" + e.organisation()
                        + (e.comment() == null ? "" : "; " + e.comment())));
        return findings;
    }

    @Override
    public Map<String, Object> export(EmailAddress email) {
        Map<String, Object> section = new LinkedHashMap<>();
        List<Registration> registrations = registrations(email);
        if (!registrations.isEmpty()) {
            section.put("registrations", registrations.stream().map(r -> {
                RegistrationView v = r.view();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("eventId", v.eventId());
                row.put("event", r.event());
                row.put("eventStartsAt", r.startsAt().toString());
                row.put("name", v.name());
                row.put("email", v.email());
                row.put("organisationId", v.organisationId());
                row.put("organisation", v.organisationName());
                row.put("accessibilityNeeds", v.accessibilityNeeds());
                row.put("consentAt", v.consentAt().toString());
                row.put("consentVersion", v.consentVersion());
                row.put("status", v.status().name());
                row.put("language", v.language());
                row.put("registeredAt", v.registeredAt().toString());
                row.put("cancelledAt", v.cancelledAt() == null ? null : v.cancelledAt().toString());
                row.put("attended", v.attended());
                return row;
            }).toList());
        }
        List<Evaluation> evaluations = evaluations(email);
        if (!evaluations.isEmpty()) {
            section.put("evaluations", evaluations.stream().map(e -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("eventId", e.eventId());
                row.put("event", e.event());
                row.put("overall", e.overall());
                row.put("usefulness", e.usefulness());
                row.put("organisation", e.organisation());
                row.put("comment", e.comment());
                row.put("submittedAt", e.submittedAt().toString());
                return row;
            }).toList());
        }
        return section;
    }

    @Override
    public PersonalDataErasure erase(EmailAddress email) {
        List<PersonalDataFinding> erased = new ArrayList<>();
        Set<String> values = new HashSet<>();
        int auditEntries = 0;
        List<Evaluation> evaluations = evaluations(email);
        for (Evaluation evaluation : evaluations) {
            jdbc.sql("update event_evaluation set comment = null where id = :id").param("id", evaluation.id()).update();
            auditEntries += audit.erasePersonalFields(EvaluationService.ENTITY, evaluation.id(), Set.of("comment"));
            audit.updated(EvaluationService.ENTITY, evaluation.id(), Map.of("comment", Personal.of(evaluation.comment())),
                    Map.of("comment", Personal.of(null)));
        }
        List<Registration> registrations = registrations(email);
        for (Registration registration : registrations) {
            RegistrationView before = registration.view();
            jdbc.sql("""
                    update event_registration set name = :name, email = :email,
                        organisation_name = case when organisation_id is null then null else organisation_name end,
                        accessibility_needs = null, token = gen_random_uuid(), version = version + 1
                    where id = :id""")
                    .param("name", ERASED_NAME)
                    .param("email", EmailAddress.erasedPlaceholder("registration", before.id()))
                    .param("id", before.id())
                    .update();
            RegistrationView after = jdbc.sql("select * from event_registration where id = :id")
                    .param("id", before.id()).query(RegistrationRepository::map).single();
            auditEntries += audit.erasePersonalFields(RegistrationService.ENTITY, before.id(),
                    RegistrationService.PERSONAL_FIELDS);
            audit.updated(RegistrationService.ENTITY, before.id(), RegistrationService.state(before),
                    RegistrationService.state(after));
            values.add(before.name());
        }
        erased.addAll(PersonalDataFinding.erased(module(), REGISTRATIONS, registrations));
        erased.addAll(PersonalDataFinding.erased(module(), EVALUATIONS, evaluations));
        return new PersonalDataErasure(erased, values, auditEntries);
    }

    /** Accessibility needs of the participants of events that ended before the period. */
    @Override
    public List<Removed> removeExpired(PrivacySettings settings, Instant now) {
        int needs = jdbc.sql("""
                update event_registration r set accessibility_needs = null
                from event e
                where e.id = r.event_id and e.ends_at < :before and r.accessibility_needs is not null""")
                .param("before", OffsetDateTime.ofInstant(now.minus(settings.accessibilityNeeds()), ZoneOffset.UTC))
                .update();
        return List.of(new Removed(ACCESSIBILITY_NEEDS, needs));
    }

    private List<Registration> registrations(EmailAddress email) {
        return jdbc.sql("""
                select r.*, e.title as event_title, e.starts_at as event_starts_at
                from event_registration r join event e on e.id = r.event_id
                where lower(r.email) = :email order by r.registered_at, r.id""")
                .param("email", email.value())
                .query((rs, row) -> new Registration(RegistrationRepository.map(rs, row), rs.getString("event_title"),
                        rs.getObject("event_starts_at", OffsetDateTime.class)))
                .list();
    }

    private List<Evaluation> evaluations(EmailAddress email) {
        return jdbc.sql("""
                select v.*, e.title as event_title from event_evaluation v
                join event_registration r on r.id = v.registration_id join event e on e.id = v.event_id
                where lower(r.email) = :email order by v.submitted_at, v.id""")
                .param("email", email.value())
                .query((rs, row) -> new Evaluation(rs.getLong("id"), rs.getLong("registration_id"),
                        rs.getLong("event_id"), rs.getString("event_title"), rs.getInt("overall"),
                        rs.getInt("usefulness"), rs.getInt("organisation"), rs.getString("comment"),
                        rs.getObject("submitted_at", OffsetDateTime.class)))
                .list();
    }
}
