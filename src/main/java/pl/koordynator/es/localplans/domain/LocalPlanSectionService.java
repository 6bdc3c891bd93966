package pl.koordynator.es.localplans.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.localplans.CommentDecision;
import pl.koordynator.es.localplans.CommentInput;
import pl.koordynator.es.localplans.CommentStatus;
import pl.koordynator.es.localplans.CommentView;
import pl.koordynator.es.localplans.LocalPlanSections;
import pl.koordynator.es.localplans.LocalPlanView;
import pl.koordynator.es.localplans.SectionDiff;
import pl.koordynator.es.localplans.SectionInput;
import pl.koordynator.es.localplans.SectionKey;
import pl.koordynator.es.localplans.SectionSaved;
import pl.koordynator.es.localplans.SectionVersionView;
import pl.koordynator.es.localplans.SectionView;
import pl.koordynator.es.localplans.domain.LocalPlanSectionRepository.PlanHeading;
import pl.koordynator.es.localplans.domain.LocalPlanSectionRepository.StoredComment;
import pl.koordynator.es.localplans.domain.LocalPlanSectionRepository.StoredSection;
import pl.koordynator.es.localplans.domain.LocalPlanSectionRepository.StoredVersion;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;

/**
 * Sections written in versions and commented, by the rules of {@link LocalPlansAccess}. Decisions a
 * reviewer should know:
 * <ul>
 * <li>An accepted suggestion is saved as the next version even when the section changed since the comment
 * was written (the version records the comment, whose own version shows the gap): the decider sees the
 * suggestion as a diff against the current text, so nothing is replaced unseen; the decision's optional
 * {@code version} guards against a save made after the decider looked.
 * <li>Nobody decides on their own comment except ROPS, who coordinates and may settle its own remarks; an
 * OWES adviser's comment is decided by the JST or a colleague.
 * <li>Texts are kept out of the audit trail's values ({@link Personal}): a comment may name people, and a
 * section's text would make every entry as long as the section.
 * </ul>
 */
@Service
@Transactional
public class LocalPlanSectionService implements LocalPlanSections {

    static final String SECTION = "LocalPlanSection";
    static final String COMMENT = "LocalPlanComment";
    static final String PREFIX = "localplans.sections.error.";
    static final int MAX_TEXT = 100_000;
    static final int MAX_COMMENT = 4000;
    static final int MAX_REASON = 2000;

    private final LocalPlanSectionRepository repository;
    private final PlanPartiesReader parties;
    private final LocalPlansAccess access;
    private final LocalPlanSectionMails mails;
    private final AuditTrail audit;
    private final UserAccounts accounts;
    private final Organisations organisations;
    private final Clock clock;

    LocalPlanSectionService(LocalPlanSectionRepository repository, PlanPartiesReader parties,
            LocalPlansAccess access, LocalPlanSectionMails mails, AuditTrail audit, UserAccounts accounts,
            Organisations organisations, Clock clock) {
        this.repository = repository;
        this.parties = parties;
        this.access = access;
        this.mails = mails;
        this.audit = audit;
        this.accounts = accounts;
        this.organisations = organisations;
        this.clock = clock;
    }

    private record Plan(PlanHeading heading, PlanParties parties) {
    }

    private Plan plan(long planId) {
        PlanHeading heading = repository.heading(planId).orElseThrow(() -> new NotFoundException("local plan", planId));
        return new Plan(heading, parties.find(planId).orElseThrow());
    }

    private static SectionKey key(SectionKey key) {
        if (key == null) {
            throw new NotFoundException("section", null);
        }
        return key;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SectionView> sections(long planId) {
        Plan plan = plan(planId);
        Map<SectionKey, StoredSection> stored = repository.sections(planId);
        Map<SectionKey, Long> open = repository.openComments(planId);
        Names names = new Names();
        List<SectionView> views = new ArrayList<>();
        for (SectionKey key : SectionKey.values()) {
            views.add(view(plan, stored.getOrDefault(key, StoredSection.empty(key)), open.getOrDefault(key, 0L),
                    names));
        }
        return views;
    }

    @Override
    @Transactional(readOnly = true)
    public SectionView section(long planId, SectionKey key) {
        Plan plan = plan(planId);
        return view(plan, repository.section(planId, key(key)),
                repository.openComments(planId).getOrDefault(key, 0L), new Names());
    }

    @Override
    public SectionSaved save(long planId, SectionKey key, SectionInput input) {
        key(key);
        Plan plan = plan(planId);
        access.requireWriteSections(plan.parties());
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        String text = input == null ? null : normalised(input.text());
        if (text == null) {
            problems.add(new InvalidInputException.FieldProblem("text", PREFIX + "text.required"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(new InvalidInputException.FieldProblem("text", PREFIX + "text.tooLong", new Object[] {MAX_TEXT}));
        }
        if (input == null || input.version() == null || input.version() < 0) {
            problems.add(new InvalidInputException.FieldProblem("version", PREFIX + "version.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StoredSection current = repository.lock(planId, key);
        if (current.version() != input.version()) {
            throw new ConflictException(PREFIX + "stale", "the section was saved by someone else meanwhile");
        }
        if (current.text().equals(text)) {
            return new SectionSaved(section(planId, key), false);
        }
        Caller caller = access.caller();
        int version = repository.saveVersion(planId, key, current.version(), text, userId(caller),
                caller.organisationId(), null, OffsetDateTime.now(clock));
        audit.updated(SECTION, sectionId(planId, key), sectionState(current.version(), current.text(), null),
                sectionState(version, text, null));
        return new SectionSaved(section(planId, key), true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SectionVersionView> versions(long planId, SectionKey key) {
        plan(planId);
        Names names = new Names();
        return repository.versions(planId, key(key)).stream().map(version -> new SectionVersionView(version.version(),
                version.savedAt(), names.user(version.savedBy()), names.organisation(version.organisationId()),
                version.fromCommentId(), version.commentWrittenOnVersion(), version.text().length())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public SectionDiff diff(long planId, SectionKey key, int from, int to) {
        plan(planId);
        key(key);
        if (from < 0) {
            throw InvalidInputException.of("from", PREFIX + "from.invalid");
        }
        if (to < 1 || to <= from) {
            throw InvalidInputException.of("to", PREFIX + "to.invalid");
        }
        StoredVersion newer = repository.version(planId, key, to)
                .orElseThrow(() -> InvalidInputException.of("to", PREFIX + "to.invalid"));
        String older = from == 0 ? "" : repository.version(planId, key, from)
                .orElseThrow(() -> InvalidInputException.of("from", PREFIX + "from.invalid")).text();
        return SectionDiffs.between(from, to, older, newer.text());
    }

    @Override
    @Transactional(readOnly = true)
    public SectionDiff suggestionDiff(long planId, SectionKey key, long commentId) {
        plan(planId);
        StoredComment comment = repository.comment(planId, key(key), commentId, false)
                .orElseThrow(() -> new NotFoundException("comment", commentId));
        if (comment.suggestedText() == null) {
            return null;
        }
        StoredSection current = repository.section(planId, key);
        return SectionDiffs.between(current.version(), null, current.text(), comment.suggestedText());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommentView> comments(long planId, SectionKey key) {
        Plan plan = plan(planId);
        Names names = new Names();
        boolean decide = access.mayWriteSections(plan.parties());
        Caller caller = access.caller();
        return repository.comments(planId, key(key)).stream().map(comment -> view(comment, decide, caller, names))
                .toList();
    }

    @Override
    public CommentView comment(long planId, SectionKey key, CommentInput input) {
        key(key);
        Plan plan = plan(planId);
        access.requireComment(plan.parties());
        String text = input == null ? null : normalised(input.text());
        String suggestion = input == null ? null : normalised(input.suggestedText());
        if (suggestion != null && suggestion.isBlank()) {
            suggestion = null;
        }
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new InvalidInputException.FieldProblem("text", PREFIX + "comment.required"));
        } else if (text.strip().length() > MAX_COMMENT) {
            problems.add(new InvalidInputException.FieldProblem("text", PREFIX + "comment.tooLong",
                    new Object[] {MAX_COMMENT}));
        }
        if (suggestion != null && suggestion.length() > MAX_TEXT) {
            problems.add(new InvalidInputException.FieldProblem("suggestedText", PREFIX + "suggestion.tooLong",
                    new Object[] {MAX_TEXT}));
        }
        StoredSection current = repository.lock(planId, key);
        if (suggestion != null && suggestion.equals(current.text())) {
            problems.add(new InvalidInputException.FieldProblem("suggestedText", PREFIX + "suggestion.unchanged"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Caller caller = access.caller();
        long id = repository.insertComment(planId, key, current.version(), userId(caller),
                caller.user().role().name(), caller.organisationId(), caller.organisationName(), text.strip(),
                suggestion, OffsetDateTime.now(clock));
        StoredComment stored = repository.comment(planId, key, id, false).orElseThrow();
        audit.created(COMMENT, id, commentState(stored));
        mails.commentWritten(plan.heading(), plan.parties(), key, stored.text(), suggestion != null,
                caller.organisationId());
        return view(stored, access.mayWriteSections(plan.parties()), caller, new Names());
    }

    @Override
    public CommentView decide(long planId, SectionKey key, long commentId, CommentDecision decision) {
        key(key);
        Plan plan = plan(planId);
        access.requireWriteSections(plan.parties());
        StoredComment comment = repository.comment(planId, key, commentId, true)
                .orElseThrow(() -> new NotFoundException("comment", commentId));
        Caller caller = access.caller();
        if (!caller.admin() && comment.authorId() != null && comment.authorId().equals(userId(caller))) {
            throw new AccessDeniedException("may not decide on one's own comment " + commentId);
        }
        CommentStatus status = decision == null ? null : decision.decision();
        String reason = decision == null || decision.reason() == null || decision.reason().isBlank() ? null
                : normalised(decision.reason()).strip();
        if (status == null || status == CommentStatus.OPEN) {
            throw InvalidInputException.of("decision", PREFIX + "decision.required");
        }
        if (status == CommentStatus.REJECTED && reason == null) {
            throw InvalidInputException.of("reason", PREFIX + "reason.required");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", PREFIX + "reason.tooLong", MAX_REASON);
        }
        if (comment.status() != CommentStatus.OPEN) {
            throw new ConflictException(PREFIX + "decided", "the comment was decided already");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (status == CommentStatus.ACCEPTED && comment.suggestedText() != null) {
            StoredSection current = repository.lock(planId, key);
            if (decision.version() != null && decision.version() != current.version()) {
                throw new ConflictException(PREFIX + "staleDecision",
                        "the section was saved after the suggestion was shown");
            }
            if (!current.text().equals(comment.suggestedText())) {
                int version = repository.saveVersion(planId, key, current.version(), comment.suggestedText(),
                        userId(caller), caller.organisationId(), commentId, now);
                audit.updated(SECTION, sectionId(planId, key),
                        sectionState(current.version(), current.text(), null),
                        sectionState(version, comment.suggestedText(), commentId));
            }
        }
        if (!repository.decide(commentId, status, reason, userId(caller), now)) {
            throw new ConflictException(PREFIX + "decided", "the comment was decided already");
        }
        StoredComment after = repository.comment(planId, key, commentId, false).orElseThrow();
        audit.updated(COMMENT, commentId, commentState(comment), commentState(after));
        if (comment.authorId() != null) {
            accounts.find(comment.authorId()).filter(UserView::enabled).map(UserView::email)
                    .filter(email -> !email.isBlank())
                    .ifPresent(email -> mails.decided(email, plan.heading(), key, status, reason));
        }
        return view(after, access.mayWriteSections(plan.parties()), caller, new Names());
    }

    private SectionView view(Plan plan, StoredSection section, long openComments, Names names) {
        LocalPlanView.Rights rights = access.rights(plan.parties());
        return new SectionView(plan.heading().id(), plan.heading().title(), plan.heading().unitName(),
                plan.heading().status(), section.key(), section.key().slug(), section.text(), section.version(),
                section.updatedAt(), names.user(section.updatedBy()), names.organisation(section.organisationId()),
                openComments, plan.parties().consultationDeadline(), access.consultationOpen(plan.parties()), rights);
    }

    private CommentView view(StoredComment comment, boolean authorOfPlan, Caller caller, Names names) {
        boolean own = comment.authorId() != null && comment.authorId().equals(userId(caller));
        boolean mayDecide = authorOfPlan && comment.status() == CommentStatus.OPEN && (!own || caller.admin());
        return new CommentView(comment.id(), comment.planId(), comment.key(), comment.sectionVersion(),
                names.user(comment.authorId()), comment.authorRole(), comment.authorOrganisationName(), comment.text(),
                comment.suggestedText(), comment.status(), comment.reason(), names.user(comment.decidedBy()),
                comment.decidedAt(), comment.createdAt(), mayDecide);
    }

    /** Texts with Unix line breaks, as browsers send {@code \r\n}; null stays null. */
    private static String normalised(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Long userId(Caller caller) {
        return caller.user() == null ? null : caller.user().id();
    }

    static String sectionId(long planId, SectionKey key) {
        return planId + "/" + key.slug();
    }

    private static Map<String, Object> sectionState(int version, String text, Long fromCommentId) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", version);
        state.put("length", text.length());
        state.put("text", Personal.of(text));
        state.put("fromCommentId", fromCommentId);
        return state;
    }

    private static Map<String, Object> commentState(StoredComment comment) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("planId", comment.planId());
        state.put("section", comment.key().name());
        state.put("sectionVersion", comment.sectionVersion());
        state.put("authorRole", comment.authorRole());
        state.put("authorOrganisationId", comment.authorOrganisationId());
        state.put("text", Personal.of(comment.text()));
        state.put("suggestedText", comment.suggestedText() == null ? null : Personal.of(comment.suggestedText()));
        state.put("status", comment.status().name());
        state.put("reason", comment.reason() == null ? null : Personal.of(comment.reason()));
        return state;
    }

    /** Account and organisation names, each looked up once per answer. */
    private final class Names {

        private final Map<Long, String> users = new HashMap<>();
        private final Map<Long, String> organisationNames = new HashMap<>();

        String user(Long id) {
            return id == null ? null
                    : users.computeIfAbsent(id, key -> accounts.find(key).map(UserView::displayName).orElse(null));
        }

        String organisation(Long id) {
            return id == null ? null : organisationNames.computeIfAbsent(id,
                    key -> organisations.find(key).map(OrganisationView::name).orElse(null));
        }
    }
}
