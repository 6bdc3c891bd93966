package pl.koordynator.es.localplans.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.localplans.LocalPlanChanged;
import pl.koordynator.es.localplans.LocalPlanInput;
import pl.koordynator.es.localplans.LocalPlanQuery;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.LocalPlanSummary;
import pl.koordynator.es.localplans.LocalPlanView;
import pl.koordynator.es.localplans.LocalPlans;
import pl.koordynator.es.localplans.PlanFile;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;

/**
 * The local plans: checked as a whole ({@link LocalPlanChecks}), written as a whole (a write replaces the
 * goals and actions, indicators are kept by number), serialised on the plan's row; a stale version is a
 * conflict. A JST has one active plan at a time: a second one is a conflict on {@code unitTeryt}, also
 * when two writers race (the unique index). Who may do what is {@link LocalPlansAccess}'s. Every write
 * is audited and announced as {@link LocalPlanChanged}.
 */
@Service
@Transactional
public class LocalPlanService implements LocalPlans {

    static final String ENTITY = "LocalPlan";
    static final String DOCUMENT_ENTITY = "LocalPlanDocument";
    static final String ONE_ACTIVE_INDEX = "localplans_plan_one_active";

    private final LocalPlanRepository plans;
    private final LocalPlanChecks checks;
    private final LocalPlansAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final UploadSettings uploads;
    private final Clock clock;

    LocalPlanService(LocalPlanRepository plans, LocalPlanChecks checks, LocalPlansAccess access, AuditTrail audit,
            ApplicationEventPublisher events, MessageSource messages, UploadSettings uploads, Clock clock) {
        this.plans = plans;
        this.checks = checks;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.uploads = uploads;
        this.clock = clock;
    }

    @Override
    public LocalPlanView create(LocalPlanInput input) {
        return insert(input, false);
    }

    /**
     * {@link #create} without a signed-in user, for demo data loaded at start-up: no access check, the
     * plan marked as demo, the audit names the system as the actor.
     */
    public LocalPlanView createAtStartup(LocalPlanInput input) {
        return insert(input, true);
    }

    private LocalPlanView insert(LocalPlanInput input, boolean demo) {
        LocalPlanChecks.CheckedPlan checked = checks.check(input, null);
        if (!demo && !access.mayCreate(checked.jstId(), checked.owesId())) {
            throw new AccessDeniedException("may not create a local plan with JST " + checked.jstId() + " and OWES "
                    + checked.owesId());
        }
        Long replacesId = input.replacesId();
        LocalPlanView replaced = null;
        if (replacesId != null) {
            LocalPlanRepository.Stored old = plans.lock(replacesId).orElseThrow(
                    () -> InvalidInputException.of("replacesId", LocalPlanChecks.PREFIX + "replaces.notActive"));
            if (!old.parties().unitTeryt().equals(checked.unit().teryt()) || !old.parties().status().active()) {
                throw InvalidInputException.of("replacesId", LocalPlanChecks.PREFIX + "replaces.notActive");
            }
            if (!demo) {
                access.requireEdit(old.parties());
            }
            replaced = plans.find(replacesId).orElseThrow();
        }
        if (checked.status().active()) {
            rejectSecondActive(checked.unit().teryt(), replacesId);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id;
        try {
            if (replaced != null) {
                // the old plan leaves the active ones first, so the index lets the new one in
                plans.markReplaced(replacesId, null, now);
            }
            id = plans.insert(checked, demo, now);
            if (replaced != null) {
                plans.markReplaced(replacesId, id, now);
            }
        } catch (DuplicateKeyException raced) {
            throw secondActive(raced);
        }
        LocalPlanView created = plans.find(id).orElseThrow();
        audit.created(ENTITY, id, state(created));
        if (replaced != null) {
            LocalPlanView after = plans.find(replacesId).orElseThrow();
            audit.updated(ENTITY, replacesId, state(replaced), state(after));
            events.publishEvent(new LocalPlanChanged(replacesId, after.unitTeryt()));
        }
        events.publishEvent(new LocalPlanChanged(id, created.unitTeryt()));
        return withRights(created);
    }

    @Override
    public LocalPlanView update(long id, long version, LocalPlanInput input) {
        LocalPlanRepository.Stored stored = lockEditable(id);
        if (stored.version() != version) {
            throw stale(id);
        }
        if (input != null && input.replacesId() != null) {
            throw InvalidInputException.of("replacesId", LocalPlanChecks.PREFIX + "replaces.createOnly");
        }
        LocalPlanChecks.CheckedPlan checked = checks.check(input, stored.parties().status());
        // whoever edits must still be an author afterwards: a JST may not hand its plan to another one
        access.requireEdit(new PlanParties(id, checked.level(), checked.unit().teryt(), checked.status(),
                checked.jstId(), checked.responsibleUnitId(), checked.owesId(), checked.consultationDeadline()));
        if (checked.status().active()) {
            rejectSecondActive(checked.unit().teryt(), id);
        }
        LocalPlanView before = plans.find(id).orElseThrow();
        boolean written;
        try {
            written = plans.update(id, version, checked, OffsetDateTime.now(clock));
        } catch (DuplicateKeyException raced) {
            throw secondActive(raced);
        }
        if (!written) {
            throw stale(id);
        }
        LocalPlanView after = plans.find(id).orElseThrow();
        audit.updated(ENTITY, id, state(before), state(after));
        events.publishEvent(new LocalPlanChanged(id, after.unitTeryt()));
        if (!before.unitTeryt().equals(after.unitTeryt())) {
            events.publishEvent(new LocalPlanChanged(id, before.unitTeryt()));
        }
        return withRights(after);
    }

    @Override
    @Transactional(readOnly = true)
    public LocalPlanView plan(long id) {
        return withRights(plans.find(id).orElseThrow(() -> new NotFoundException("local plan", id)));
    }

    private LocalPlanView withRights(LocalPlanView plan) {
        LocalPlanView.Rights rights = access.rights(parties(plan));
        return new LocalPlanView(plan.id(), plan.level(), plan.unitTeryt(), plan.unitName(), plan.powiatTeryt(),
                plan.title(), plan.status(), plan.periodStart(), plan.periodEnd(), plan.resolutionNumber(),
                plan.resolutionDate(), plan.resolutionUrl(), plan.strategyTitle(), plan.strategyUrl(), plan.jstId(),
                plan.jstName(), plan.responsibleUnitId(), plan.responsibleUnitName(), plan.owesId(), plan.owesName(),
                plan.consultationDeadline(), plan.replacedById(), plan.documents(), plan.goals(), plan.actions(),
                plan.indicators(), plan.demo(), plan.version(), plan.createdAt(), plan.updatedAt(), rights);
    }

    private static PlanParties parties(LocalPlanView plan) {
        return new PlanParties(plan.id(), plan.level(), plan.unitTeryt(), plan.status(), plan.jstId(),
                plan.responsibleUnitId(), plan.owesId(), plan.consultationDeadline());
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<LocalPlanSummary> plans(LocalPlanQuery query, Paging paging) {
        LocalPlanQuery q = query == null ? LocalPlanQuery.ALL : query;
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.status() != null) {
            conditions.add("p.status = :status");
            params.put("status", q.status().name());
        }
        String powiat = LocalPlanChecks.text(q.powiatTeryt());
        if (powiat != null) {
            if (!powiat.matches("\\d{4}")) {
                throw InvalidInputException.of("powiatTeryt", LocalPlanChecks.PREFIX + "powiat.invalid");
            }
            conditions.add("p.powiat_teryt = :powiat");
            params.put("powiat", powiat);
        }
        if (q.owesId() != null) {
            conditions.add("p.owes_id = :owes");
            params.put("owes", q.owesId());
        }
        String text = LocalPlanChecks.text(q.text());
        if (text != null) {
            String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add("(p.title ilike :text or p.unit_name ilike :text)");
            params.put("text", pattern);
        }
        return plans.page(conditions, params, paging);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalPlanSummary> activePlanOf(String unitTeryt) {
        return unitTeryt == null ? Optional.empty() : plans.active(unitTeryt);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LocalPlanSummary> plansOfOrganisation(long organisationId) {
        return plans.ofOrganisation(organisationId);
    }

    @Override
    public LocalPlanView.Document addDocument(long planId, String title, String fileName, byte[] content) {
        lockEditable(planId);
        List<FieldProblem> problems = new ArrayList<>();
        String checkedTitle = LocalPlanChecks.text(title);
        if (checkedTitle == null) {
            problems.add(new FieldProblem("title", LocalPlanChecks.PREFIX + "title.required"));
        } else if (checkedTitle.length() > 300) {
            problems.add(new FieldProblem("title", LocalPlanChecks.PREFIX + "tooLong", new Object[] {300}));
        }
        if (content == null || content.length == 0) {
            problems.add(new FieldProblem("file", LocalPlanChecks.PREFIX + "file.required"));
        } else if (content.length > limit().toBytes()) {
            problems.add(new FieldProblem("file", "file.tooLarge", new Object[] {Uploads.megabytes(limit())}));
        } else if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            problems.add(new FieldProblem("file", LocalPlanChecks.PREFIX + "file.pdf"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            name = "plan.pdf";
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        String by = access.caller().username();
        long id = plans.insertDocument(planId, checkedTitle, name, content, by == null ? "system" : by);
        plans.touch(planId, OffsetDateTime.now(clock));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("planId", planId);
        state.put("title", checkedTitle);
        state.put("fileName", name);
        state.put("sizeBytes", content.length);
        audit.created(DOCUMENT_ENTITY, id, state);
        LocalPlanView.Document document = plans.document(planId, id).orElseThrow();
        events.publishEvent(new LocalPlanChanged(planId, plans.find(planId).orElseThrow().unitTeryt()));
        return document;
    }

    /** The largest PDF a plan takes: the platform's limit for attached PDFs. */
    public org.springframework.util.unit.DataSize limit() {
        return uploads.reportAttachments();
    }

    @Override
    @Transactional(readOnly = true)
    public PlanFile document(long planId, long documentId) {
        return plans.file(planId, documentId).orElseThrow(() -> new NotFoundException("local plan document",
                documentId));
    }

    @Override
    public void removeDocument(long planId, long documentId) {
        lockEditable(planId);
        LocalPlanView.Document document = plans.document(planId, documentId)
                .orElseThrow(() -> new NotFoundException("local plan document", documentId));
        plans.deleteDocument(documentId);
        plans.touch(planId, OffsetDateTime.now(clock));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("planId", planId);
        state.put("title", document.title());
        state.put("fileName", document.fileName());
        state.put("sizeBytes", document.sizeBytes());
        audit.deleted(DOCUMENT_ENTITY, documentId, state);
        events.publishEvent(new LocalPlanChanged(planId, plans.find(planId).orElseThrow().unitTeryt()));
    }

    /** The plan locked for a write by an author: 404 when there is none, 403 when not theirs. */
    private LocalPlanRepository.Stored lockEditable(long id) {
        LocalPlanRepository.Stored stored = plans.lock(id).orElseThrow(() -> new NotFoundException("local plan", id));
        access.requireEdit(stored.parties());
        return stored;
    }

    private void rejectSecondActive(String unitTeryt, Long except) {
        plans.activeIdOf(unitTeryt, except).ifPresent(existing -> {
            throw secondActive(unitTeryt, existing);
        });
    }

    private ConflictException secondActive(DuplicateKeyException raced) {
        if (!String.valueOf(raced.getMessage()).contains(ONE_ACTIVE_INDEX)) {
            throw raced;
        }
        return secondActive(null, null);
    }

    private ConflictException secondActive(String unitTeryt, Long existing) {
        String key = LocalPlanChecks.PREFIX + "unit.activePlanExists";
        String message = messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
        Map<String, Object> properties = new LinkedHashMap<>();
        if (existing != null) {
            properties.put("activePlanId", existing);
        }
        properties.put("errors", List.of(Map.of("field", "unitTeryt", "message", message)));
        return new ConflictException(key, "unit " + unitTeryt + " has an active local plan " + existing,
                new Object[0], properties);
    }

    private static ConflictException stale(long id) {
        return new ConflictException("problem.concurrentEdit", "local plan " + id + " was changed by someone else");
    }

    static Map<String, Object> state(LocalPlanView plan) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unitTeryt", plan.unitTeryt());
        state.put("unitName", plan.unitName());
        state.put("title", plan.title());
        state.put("status", plan.status());
        state.put("periodStart", plan.periodStart());
        state.put("periodEnd", plan.periodEnd());
        state.put("resolutionNumber", plan.resolutionNumber());
        state.put("resolutionDate", plan.resolutionDate());
        state.put("resolutionUrl", plan.resolutionUrl());
        state.put("strategyTitle", plan.strategyTitle());
        state.put("strategyUrl", plan.strategyUrl());
        state.put("jstId", plan.jstId());
        state.put("jstName", plan.jstName());
        state.put("responsibleUnitId", plan.responsibleUnitId());
        state.put("responsibleUnitName", plan.responsibleUnitName());
        state.put("owesId", plan.owesId());
        state.put("owesName", plan.owesName());
        state.put("consultationDeadline", plan.consultationDeadline());
        state.put("replacedById", plan.replacedById());
        for (LocalPlanView.Goal goal : plan.goals()) {
            state.put("goal" + goal.number() + ".title", goal.title());
            state.put("goal" + goal.number() + ".description", goal.description());
        }
        for (LocalPlanView.Action action : plan.actions()) {
            String prefix = "action" + action.number() + ".";
            state.put(prefix + "goal", action.goalNumber());
            state.put(prefix + "title", action.title());
            state.put(prefix + "description", action.description());
            state.put(prefix + "responsible", action.responsible().stream().map(LocalPlanView.Party::id).toList()
                    .toString());
            state.put(prefix + "partners", action.partners().stream().map(LocalPlanView.Party::id).toList()
                    .toString());
            state.put(prefix + "startDate", action.startDate());
            state.put(prefix + "endDate", action.endDate());
            state.put(prefix + "budget", action.budget());
            state.put(prefix + "fundingSource", action.fundingSource());
            state.put(prefix + "programmeActionId", action.programmeActionId());
        }
        for (LocalPlanView.Indicator indicator : plan.indicators()) {
            String prefix = "indicator" + indicator.number() + ".";
            state.put(prefix + "goal", indicator.goalNumber());
            state.put(prefix + "name", indicator.name());
            state.put(prefix + "unit", indicator.unit());
            state.put(prefix + "direction", indicator.direction());
            state.put(prefix + "baseline", indicator.baseline());
            state.put(prefix + "baselineYear", indicator.baselineYear());
            state.put(prefix + "target", indicator.target());
            state.put(prefix + "targetYear", indicator.targetYear());
            state.put(prefix + "source", indicator.source());
            state.put(prefix + "sourceCode", indicator.sourceCode());
        }
        return state;
    }
}
