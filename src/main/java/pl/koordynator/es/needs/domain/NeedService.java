package pl.koordynator.es.needs.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.needs.NeedStatus;
import pl.koordynator.es.needs.NeedsChanged;
import pl.koordynator.es.needs.PublishedNeed;
import pl.koordynator.es.needs.ReportedNeeds;
import pl.koordynator.es.needs.domain.NeedAccess.Reporter;
import pl.koordynator.es.needs.domain.NeedAccess.Viewer;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Reported needs: submitted by a local government, an OWES or a PES, corrected or withdrawn by
 * them while they wait, published or rejected by ROPS. Pages and API call this service, and it
 * alone decides who may see and do what. Every change is audited; every change of what the
 * public sees is announced with {@link NeedsChanged}.
 */
@Service
public class NeedService implements ReportedNeeds {

    static final String ENTITY = "ReportedNeed";

    private final NeedRepository needs;
    private final NeedRules rules;
    private final NeedAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    NeedService(NeedRepository needs, NeedRules rules, NeedAccess access, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.needs = needs;
        this.rules = rules;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> publishedCountByGmina() {
        return needs.publishedCountByGmina();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedNeed> published(String gminaTeryt) {
        return gminaTeryt == null ? List.of() : needs.published(gminaTeryt).stream().map(NeedView::toPublished).toList();
    }

    /** The caller, with what they may do; pages ask it which actions to offer. */
    public Viewer viewer() {
        return access.viewer();
    }

    /** A page of the needs the caller may see: published ones, plus their own, or all of them for ROPS. */
    @Transactional(readOnly = true)
    public PageOf<NeedView> search(NeedQuery query, Paging paging) {
        if (query.gminaTeryt() != null && !query.gminaTeryt().matches("\\d{7}")) {
            throw InvalidInputException.of("gmina", "needs.gmina.format");
        }
        Viewer viewer = access.viewer();
        return needs.search(query, scope(viewer), paging).map(viewer::present);
    }

    /** One need; a need the caller may not see is reported as not existing. */
    @Transactional(readOnly = true)
    public NeedView get(long id) {
        Viewer viewer = access.viewer();
        return viewer.present(visible(id, viewer));
    }

    /** How many needs wait for ROPS's decision. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countWaiting() {
        return needs.count(NeedStatus.SUBMITTED);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NeedView submit(NeedInput input) {
        Viewer viewer = reporter();
        NeedRules.Checked checked = rules.check(input, null);
        Reporter reporter = viewer.reporter();
        long id = needs.insert(checked, reporter.organisationId(), reporter.organisationName(),
                viewer.user().username());
        NeedView created = needs.find(id).orElseThrow();
        audit.created(ENTITY, id, state(created));
        return created;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NeedView update(long id, NeedInput input) {
        Viewer viewer = reporter();
        NeedView before = visible(id, viewer);
        if (!viewer.mayEditAnyState(before)) {
            throw new AccessDeniedException("need " + id + " belongs to another organisation");
        }
        requireWaiting(before);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>(rules.problems(input, before.gminaTeryt()));
        if (input.version() == null) {
            problems.add(new InvalidInputException.FieldProblem("version", "needs.version.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long version = input.version();
        NeedRules.Checked checked = rules.check(input, before.gminaTeryt());
        if (!needs.update(id, version, checked)) {
            throw stale(id, version);
        }
        NeedView after = needs.find(id).orElseThrow();
        audit.updated(ENTITY, id, state(before), state(after));
        return after;
    }

    /** The reporting side takes back a need that ROPS has not decided yet; it is deleted. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdraw(long id, Long version) {
        Viewer viewer = reporter();
        NeedView before = visible(id, viewer);
        if (!viewer.mayWithdrawAnyState(before)) {
            throw new AccessDeniedException("need " + id + " is withdrawn by its organisation or rejected by ROPS");
        }
        requireWaiting(before);
        long expected = version == null ? before.version() : version;
        if (!needs.delete(id, expected)) {
            throw stale(id, expected);
        }
        audit.deleted(ENTITY, id, state(before));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NeedView publish(long id, NeedDecision decision) {
        NeedView before = needs.find(id).orElseThrow(() -> new NotFoundException("need", id));
        requireWaiting(before);
        long version = version(decision == null ? null : decision.version());
        return decide(before, version, NeedStatus.PUBLISHED, null);
    }

    /**
     * Rejects a waiting need, or withdraws a published one from publication; either way the
     * reporting organisation reads the reason.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NeedView reject(long id, NeedDecision decision) {
        NeedView before = needs.find(id).orElseThrow(() -> new NotFoundException("need", id));
        if (before.rejected()) {
            throw new ConflictException("needs.conflict.alreadyRejected", "need " + id + " is already rejected");
        }
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>(
                rules.reasonProblems(decision == null ? null : decision.reason()));
        if (decision == null || decision.version() == null) {
            problems.add(new InvalidInputException.FieldProblem("version", "needs.version.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String reason = rules.reason(decision.reason());
        long version = decision.version();
        return decide(before, version, NeedStatus.REJECTED, reason);
    }

    private NeedView decide(NeedView before, long version, NeedStatus status, String reason) {
        if (!needs.decide(before.id(), version, status, access.viewer().user().username(), reason)) {
            throw stale(before.id(), version);
        }
        NeedView after = needs.find(before.id()).orElseThrow();
        audit.updated(ENTITY, before.id(), state(before), state(after));
        if (before.published() || after.published()) {
            events.publishEvent(new NeedsChanged(after.id(), after.gminaTeryt(), after.status()));
        }
        return after;
    }

    /**
     * Records a need with its decision without a signed-in user; for loading demo data at
     * start-up only. The rules apply as to any submission.
     */
    @Transactional
    public NeedView recordAtStartup(NeedInput input, Long organisationId, String organisationName, String submittedBy,
            OffsetDateTime submittedAt, NeedStatus status, OffsetDateTime decidedAt, String reason) {
        NeedRules.Checked checked = rules.check(input, null);
        long id = needs.insertAtStartup(checked, organisationId, organisationName, submittedBy, submittedAt, status,
                status == NeedStatus.SUBMITTED ? null : decidedAt, status == NeedStatus.REJECTED ? rules.reason(reason)
                        : null);
        NeedView created = needs.find(id).orElseThrow();
        audit.created(ENTITY, id, state(created));
        if (created.published()) {
            events.publishEvent(new NeedsChanged(id, created.gminaTeryt(), created.status()));
        }
        return created;
    }

    /** The caller, who must be one who reports needs; refused before any lookup. */
    public Viewer reporter() {
        Viewer viewer = access.viewer();
        if (!viewer.mayReport()) {
            throw new AccessDeniedException("only local governments, OWES, PES and ROPS report needs");
        }
        return viewer;
    }

    /**
     * A need the caller is about to correct: refused when it belongs to someone else, a conflict
     * when ROPS has already decided it.
     */
    @Transactional(readOnly = true)
    public NeedView editable(long id) {
        Viewer viewer = reporter();
        NeedView need = visible(id, viewer);
        if (!viewer.mayEdit(need)) {
            if (need.submitted()) {
                throw new AccessDeniedException("need " + id + " belongs to another organisation");
            }
            throw new ConflictException("needs.conflict.decided", "need " + id + " is decided");
        }
        return need;
    }

    private NeedView visible(long id, Viewer viewer) {
        return needs.find(id).filter(viewer::maySee).orElseThrow(() -> new NotFoundException("need", id));
    }

    private static void requireWaiting(NeedView need) {
        if (!need.submitted()) {
            throw new ConflictException("needs.conflict.decided", "need " + need.id() + " is already "
                    + need.status());
        }
    }

    private static long version(Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "needs.version.required");
        }
        return version;
    }

    private static ConflictException stale(long id, long version) {
        return new ConflictException("problem.concurrentEdit", "need " + id + " changed since version " + version);
    }

    private static NeedRepository.Scope scope(Viewer viewer) {
        if (viewer.anonymous()) {
            return NeedRepository.Scope.PUBLIC;
        }
        // only those who report for an organisation see its waiting and rejected needs
        Long organisation = viewer.reporter() == null ? null : viewer.reporter().organisationId();
        return new NeedRepository.Scope(viewer.admin(), viewer.user().username(), organisation);
    }

    /** The fields the audit trail records for a need. */
    static Map<String, Object> state(NeedView need) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("category", need.category());
        state.put("gminaTeryt", need.gminaTeryt());
        state.put("title", need.title());
        state.put("description", need.description());
        state.put("status", need.status());
        state.put("organisationId", need.organisationId());
        state.put("organisationName", need.organisationName());
        state.put("rejectionReason", need.rejectionReason());
        return state;
    }
}
