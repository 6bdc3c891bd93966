package pl.koordynator.es.reintegration.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reintegration.OutcomeInput;
import pl.koordynator.es.reintegration.OutcomeMoment;
import pl.koordynator.es.reintegration.ReadChannel;
import pl.koordynator.es.reintegration.ReferralInput;
import pl.koordynator.es.reintegration.ReferralQuery;
import pl.koordynator.es.reintegration.ReferralRead;
import pl.koordynator.es.reintegration.ReferralReads;
import pl.koordynator.es.reintegration.ReferralState;
import pl.koordynator.es.reintegration.ReferralSummary;
import pl.koordynator.es.reintegration.ReferralView;
import pl.koordynator.es.reintegration.Referrals;
import pl.koordynator.es.reintegration.TransitionInput;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * The referrals and their read log. Who may do what is {@link ReintegrationAccess}'s; a referral the
 * caller is no party to is a {@link NotFoundException}, whoever they are. The person arrives as a PESEL or
 * surname + birth date and leaves {@link ReferralChecks} as a key; nothing else here ever sees them.
 * <p>
 * Every read of a referral (its page, a list, the API) is written to {@code reintegration_read} in the
 * reading transaction. The answers to writes are not logged as reads: the change history already names
 * who acted and when. Changes of state are one statement guarded by the state they start from, so of two
 * users answering one referral at once, one succeeds and the other gets a conflict. The audit trail gets
 * ids, states, party kinds and dates only: never the person key, the risk groups, notes or reasons.
 * <p>
 * Lists: a caller who acts for no organisation that sends or receives referrals (ROPS, an OWES, the
 * committee) gets an empty list here (the URL rules keep them away from the list API); one referral is a
 * 404 for them like for anyone who is no party to it.
 */
@Service
@Transactional
public class ReferralService implements Referrals, ReferralReads {

    static final String ENTITY = "ReintegrationReferral";
    static final String PREFIX = ReferralChecks.PREFIX;
    /** A follow-up may be recorded from this many days before it is due. */
    static final int FOLLOW_UP_EARLY_DAYS = 30;
    private static final int TEXT_LENGTH = 200;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Set<ReferralState> ENDED = EnumSet.of(ReferralState.COMPLETED, ReferralState.INTERRUPTED);

    private final ReferralRepository referrals;
    private final ReferralChecks checks;
    private final ReintegrationAccess access;
    private final AuditTrail audit;
    private final UserAccounts accounts;
    private final Organisations organisations;
    private final PlatformSettings platform;

    ReferralService(ReferralRepository referrals, ReferralChecks checks, ReintegrationAccess access,
            AuditTrail audit, UserAccounts accounts, Organisations organisations, PlatformSettings platform) {
        this.referrals = referrals;
        this.checks = checks;
        this.access = access;
        this.audit = audit;
        this.accounts = accounts;
        this.organisations = organisations;
        this.platform = platform;
    }

    @Override
    public ReferralView send(ReferralInput input) {
        ReferralChecks.CheckedReferral checked = checks.check(input);
        Long userId = userId(access.caller());
        long id = referrals.insert(checked, userId, false);
        referrals.insertChange(id, null, ReferralState.SENT, null, checked.referredOn(), userId);
        ReferralRepository.Stored created = referrals.find(id).orElseThrow();
        audit.created(ENTITY, id, auditState(created, List.of()));
        return view(created);
    }

    @Override
    public ReferralView referral(long id, ReadChannel channel) {
        ReferralRepository.Stored stored = visible(id);
        referrals.logReads(List.of(id), requireUserId(), channel == null ? ReadChannel.API : channel);
        return view(stored);
    }

    @Override
    public PageOf<ReferralSummary> referrals(ReferralQuery query, Paging paging, ReadChannel channel) {
        ReferralQuery q = query == null ? ReferralQuery.all() : query;
        Paging page = paging == null ? new Paging(0, Paging.DEFAULT_SIZE) : paging;
        Caller caller = access.caller();
        Long senderId = caller.partnerId() != null ? caller.partnerId() : caller.pesId();
        Long receiverId = caller.pesId();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String text = ReferralChecks.text(q.text());
        List<FieldProblem> textProblems = new ArrayList<>();
        // a search text is kept in URLs and shown again in the search box: a PESEL in it is refused
        ReferralChecks.checkFreeText("text", text, TEXT_LENGTH, textProblems);
        if (!textProblems.isEmpty()) {
            throw new InvalidInputException(textProblems);
        }
        String personKey = ReferralChecks.personKey(q.personKey());
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw InvalidInputException.of("to", PREFIX + "period.order");
        }
        if (senderId == null) {
            return new PageOf<>(List.of(), page.page(), page.size(), 0);
        }
        // the caller's own referrals only, as the access rules say: sent by its organisation, or received by its unit
        params.put("senderId", senderId);
        params.put("receiverId", receiverId == null ? -1L : receiverId);
        if (q.side() == ReferralQuery.Side.SENT) {
            conditions.add("r.sender_id = :senderId");
        } else if (q.side() == ReferralQuery.Side.RECEIVED) {
            conditions.add("r.receiver_id = :receiverId");
        } else {
            conditions.add("(r.sender_id = :senderId or r.receiver_id = :receiverId)");
        }
        if (q.state() != null) {
            conditions.add("r.state = :state");
            params.put("state", q.state().name());
        }
        if (text != null) {
            String number = text.startsWith("#") ? text.substring(1) : text;
            String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.put("text", pattern);
            if (number.matches("\\d{1,18}")) {
                conditions.add("(r.id = :number or r.programme_reference ilike :text)");
                params.put("number", Long.parseLong(number));
            } else {
                conditions.add("(r.programme_reference ilike :text or r.sender_name ilike :text"
                        + " or r.receiver_name ilike :text)");
            }
        }
        if (personKey != null) {
            conditions.add("r.person_key = :personKey");
            params.put("personKey", personKey);
        }
        if (q.from() != null) {
            conditions.add("r.referred_on >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            conditions.add("r.referred_on <= :to");
            params.put("to", q.to());
        }
        if (q.followUpDue()) {
            conditions.add("exists (select 1 from reintegration_follow_up f where f.referral_id = r.id"
                    + " and f.outcome is null and f.due_on <= :today)");
            params.put("today", access.today());
        }
        List<ReferralSummary> items = referrals.page(conditions, params, page.size(), page.offset(), senderId);
        referrals.logReads(items.stream().map(ReferralSummary::id).toList(), requireUserId(), ReadChannel.LIST);
        long counted = items.size() < page.size() && (page.page() == 0 || !items.isEmpty())
                ? page.offset() + items.size() : referrals.count(conditions, params, page.countCap());
        return PageOf.counted(items, page, counted);
    }

    @Override
    public ReferralView transition(long id, TransitionInput input) {
        ReferralRepository.Stored stored = visible(id);
        ReferralParties parties = stored.parties();
        if (input == null || input.to() == null) {
            throw InvalidInputException.of("to", PREFIX + "to.required");
        }
        ReferralState to = input.to();
        if (to == ReferralState.CANCELLED) {
            if (!access.isSender(parties)) {
                throw new AccessDeniedException("only the sender cancels referral " + id);
            }
        } else if (!access.isReceiver(parties)) {
            throw new AccessDeniedException("only the receiving unit moves referral " + id + " on");
        }
        LocalDate today = access.today();
        LocalDate on = input.on() == null ? today : input.on();
        List<FieldProblem> problems = new ArrayList<>();
        String reason = ReferralChecks.text(input.reason());
        if (to.needsReason() && reason == null) {
            problems.add(new FieldProblem("reason", PREFIX + "reason.required"));
        }
        ReferralChecks.checkFreeText("reason", reason, ReferralChecks.REASON_LENGTH, problems);
        checkDay(on, today, stored, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!stored.state().next().contains(to)) {
            throw notAllowed(id, stored.state(), to);
        }
        if (input.version() != null && input.version() != stored.version()) {
            throw stale(id);
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        if (!to.needsReason()) {
            reason = null;
        }
        switch (to) {
            case RECEIVED -> columns.put("received_on", on);
            case ACCEPTED, REJECTED -> {
                if (stored.receivedOn() == null) {
                    columns.put("received_on", on);
                }
                columns.put("answered_on", on);
                if (to == ReferralState.ACCEPTED) {
                    columns.put("accepted_on", on);
                } else {
                    columns.put("closed_on", on);
                }
            }
            case IN_PROGRAMME -> columns.put("started_on", on);
            case COMPLETED, INTERRUPTED -> {
                columns.put("ended_on", on);
                columns.put("ended_as", to.name());
                columns.put("closed_on", on);
            }
            case CANCELLED -> columns.put("closed_on", on);
            default -> throw notAllowed(id, stored.state(), to);
        }
        if (reason != null) {
            columns.put("state_reason", reason);
        }
        if (!referrals.move(id, stored.state(), to, input.version(), columns)) {
            throw changedMeanwhile(id);
        }
        Long userId = userId(access.caller());
        referrals.insertChange(id, stored.state(), to, reason, on, userId);
        return changed(stored);
    }

    @Override
    public ReferralView recordOutcome(long id, OutcomeInput input) {
        ReferralRepository.Stored stored = referrals.find(id).orElseThrow(() -> new NotFoundException("referral", id));
        access.requireReceiver(stored.parties());
        List<FieldProblem> problems = new ArrayList<>();
        if (input == null || input.moment() == null) {
            problems.add(new FieldProblem("moment", PREFIX + "moment.required"));
        }
        if (input == null || input.outcome() == null) {
            problems.add(new FieldProblem("outcome", PREFIX + "outcome.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate today = access.today();
        LocalDate on = input.on() == null ? today : input.on();
        Long userId = userId(access.caller());
        if (input.moment() == OutcomeMoment.EXIT) {
            if (!ENDED.contains(stored.state())) {
                throw conflict("moment", PREFIX + "moment.notEnded", "referral " + id + " is " + stored.state()
                        + ": the outcome at exit follows the end of the programme");
            }
            checkDay(on, today, stored, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put("exit_outcome", input.outcome().name());
            if (!referrals.move(id, stored.state(), ReferralState.FOLLOW_UP, null, columns)) {
                throw changedMeanwhile(id);
            }
            referrals.insertFollowUps(id, stored.endedOn());
            referrals.insertChange(id, stored.state(), ReferralState.FOLLOW_UP, null, on, userId);
            return changed(stored);
        }
        if (stored.state() != ReferralState.FOLLOW_UP) {
            throw conflict("moment", PREFIX + "moment.notFollowUp", "referral " + id + " is " + stored.state()
                    + ": follow-ups come after the outcome at exit");
        }
        ReferralView.FollowUp followUp = referrals.followUps(id).stream()
                .filter(candidate -> candidate.moment() == input.moment()).findFirst()
                .orElseThrow(() -> conflict("moment", PREFIX + "moment.notFollowUp", "no follow-up " + input.moment()));
        if (followUp.outcome() != null) {
            throw conflict("moment", PREFIX + "moment.recorded", "follow-up " + input.moment() + " of referral " + id
                    + " is recorded");
        }
        if (on.isAfter(today)) {
            problems.add(new FieldProblem("on", PREFIX + "date.future"));
        } else if (on.isBefore(followUp.dueOn().minusDays(FOLLOW_UP_EARLY_DAYS))) {
            problems.add(new FieldProblem("on", PREFIX + "on.beforeDue",
                    new Object[] {FOLLOW_UP_EARLY_DAYS, DAY.format(followUp.dueOn())}));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!referrals.recordFollowUp(id, input.moment(), input.outcome(), on, userId)) {
            throw conflict("moment", PREFIX + "moment.recorded", "follow-up " + input.moment() + " of referral " + id
                    + " was recorded meanwhile");
        }
        referrals.touch(id);
        return changed(stored);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferralView.Party> receivingUnits() {
        Map<Long, OrganisationView> candidates = new LinkedHashMap<>();
        for (Kind kind : List.of(Kind.CIS, Kind.KIS, Kind.ZAZ, Kind.WTZ)) {
            organisations.ofKind(kind).forEach(organisation -> candidates.put(organisation.id(), organisation));
        }
        organisations.openSocialEnterprises().forEach(organisation -> candidates.put(organisation.id(), organisation));
        Long own = access.sendingParty().map(ReferralView.Party::id).orElse(null);
        return candidates.values().stream().filter(organisation -> own == null || organisation.id() != own)
                .map(ReintegrationAccess::asParty).flatMap(Optional::stream)
                .filter(party -> party.kind().receives())
                .sorted(Comparator.comparing(ReferralView.Party::name, java.text.Collator.getInstance(
                        java.util.Locale.forLanguageTag("pl"))).thenComparing(ReferralView.Party::id))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySend() {
        return access.maySend();
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<ReferralRead> reads(Long referralId, String username, LocalDate from, LocalDate to, Paging paging) {
        access.requireReadLog();
        Paging page = paging == null ? new Paging(0, Paging.DEFAULT_SIZE) : paging;
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", PREFIX + "period.order");
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (referralId != null) {
            conditions.add("referral_id = :referralId");
            params.put("referralId", referralId);
        }
        String name = ReferralChecks.text(username);
        if (name != null) {
            Optional<UserView> user = accounts.findByUsername(name);
            if (user.isEmpty()) {
                return new PageOf<>(List.of(), page.page(), page.size(), 0);
            }
            conditions.add("user_id = :userId");
            params.put("userId", user.get().id());
        }
        ZoneId zone = platform.timeZone();
        if (from != null) {
            conditions.add("read_at >= :from");
            params.put("from", java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            conditions.add("read_at < :to");
            params.put("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        List<ReferralRepository.StoredRead> stored = referrals.reads(conditions, params, page.size(), page.offset());
        Map<Long, String> names = usernames(stored.stream().map(ReferralRepository.StoredRead::userId).toList());
        List<ReferralRead> items = stored.stream().map(read -> new ReferralRead(read.id(), read.referralId(),
                read.userId(), names.get(read.userId()), read.readAt(), read.channel())).toList();
        long counted = items.size() < page.size() && (page.page() == 0 || !items.isEmpty())
                ? page.offset() + items.size() : referrals.countReads(conditions, params, page.countCap());
        return PageOf.counted(items, page, counted);
    }

    private ReferralRepository.Stored visible(long id) {
        ReferralRepository.Stored stored = referrals.find(id).orElseThrow(() -> new NotFoundException("referral", id));
        access.requireParty(stored.parties());
        return stored;
    }

    private ReferralView changed(ReferralRepository.Stored before) {
        ReferralRepository.Stored after = referrals.find(before.id()).orElseThrow();
        List<ReferralView.FollowUp> followUps = referrals.followUps(after.id());
        audit.updated(ENTITY, after.id(), auditState(before, null), auditState(after, followUps));
        return view(after, followUps);
    }

    /** A day of a step: not in the future, not before the referral or its latest step. */
    private static void checkDay(LocalDate on, LocalDate today, ReferralRepository.Stored stored,
            List<FieldProblem> problems) {
        if (on.isAfter(today)) {
            problems.add(new FieldProblem("on", PREFIX + "date.future"));
        } else if (on.isBefore(stored.referredOn())) {
            problems.add(new FieldProblem("on", PREFIX + "on.beforeReferral", new Object[] {DAY.format(stored.referredOn())}));
        } else if (on.isBefore(stored.lastStepOn())) {
            problems.add(new FieldProblem("on", PREFIX + "on.beforePrevious", new Object[] {DAY.format(stored.lastStepOn())}));
        }
    }

    private ReferralView view(ReferralRepository.Stored stored) {
        return view(stored, referrals.followUps(stored.id()));
    }

    private ReferralView view(ReferralRepository.Stored stored, List<ReferralView.FollowUp> followUps) {
        Caller caller = access.caller();
        List<ReferralRepository.StoredChange> changes = referrals.changes(stored.id());
        Map<Long, String> names = displayNames(changes.stream().map(ReferralRepository.StoredChange::by).toList());
        List<ReferralView.Change> history = changes.stream().map(change -> new ReferralView.Change(change.from(),
                change.to(), change.reason(), change.on(), change.at(), change.by() == null ? null
                        : names.get(change.by()))).toList();
        Long senderId = caller.partnerId() != null ? caller.partnerId() : caller.pesId();
        int others = senderId == null ? 0
                : referrals.countOthersOfPerson(stored.personKey(), stored.id(), senderId, caller.pesId());
        return new ReferralView(stored.id(), stored.personKey(), stored.sender(), stored.receiver(),
                stored.riskGroups(), stored.legalBasis(), stored.referredOn(), stored.programmeKind(),
                stored.programmeReference(), stored.programmeStart(), stored.programmeEnd(), stored.notes(),
                stored.state(), stored.stateReason(), stored.receivedOn(), stored.answeredOn(), stored.startedOn(),
                stored.endedOn(), stored.endedAs(), stored.exitOutcome(), stored.closedOn(), followUps, history, others,
                rights(stored, followUps), stored.version());
    }

    private ReferralView.Rights rights(ReferralRepository.Stored stored, List<ReferralView.FollowUp> followUps) {
        ReferralParties parties = stored.parties();
        List<ReferralState> transitions = new ArrayList<>();
        List<OutcomeMoment> outcomes = new ArrayList<>();
        if (access.isReceiver(parties)) {
            stored.state().next().stream().filter(state -> state != ReferralState.CANCELLED).forEach(transitions::add);
            if (ENDED.contains(stored.state()) && stored.exitOutcome() == null) {
                outcomes.add(OutcomeMoment.EXIT);
            }
            if (stored.state() == ReferralState.FOLLOW_UP) {
                LocalDate today = access.today();
                followUps.stream().filter(followUp -> followUp.outcome() == null
                                && !followUp.dueOn().minusDays(FOLLOW_UP_EARLY_DAYS).isAfter(today))
                        .map(ReferralView.FollowUp::moment).forEach(outcomes::add);
            }
        }
        if (access.isSender(parties) && stored.state().next().contains(ReferralState.CANCELLED)) {
            transitions.add(ReferralState.CANCELLED);
        }
        return new ReferralView.Rights(List.copyOf(transitions), List.copyOf(outcomes));
    }

    /** What the audit trail keeps of a referral: ids, states, party kinds and dates; nothing about the person. */
    private static Map<String, Object> auditState(ReferralRepository.Stored referral,
            List<ReferralView.FollowUp> followUps) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("state", referral.state());
        state.put("senderId", referral.sender().id());
        state.put("senderKind", referral.sender().kind());
        state.put("receiverId", referral.receiver().id());
        state.put("receiverKind", referral.receiver().kind());
        state.put("referredOn", referral.referredOn());
        state.put("receivedOn", referral.receivedOn());
        state.put("answeredOn", referral.answeredOn());
        state.put("startedOn", referral.startedOn());
        state.put("endedOn", referral.endedOn());
        state.put("endedAs", referral.endedAs());
        state.put("closedOn", referral.closedOn());
        if (followUps != null) {
            for (ReferralView.FollowUp followUp : followUps) {
                state.put("followUp" + followUp.moment().months() + "RecordedOn", followUp.recordedOn());
            }
        }
        return state;
    }

    private Map<Long, String> displayNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            if (id != null) {
                accounts.find(id).ifPresent(user -> names.put(id, user.displayName()));
            }
        }
        return names;
    }

    private Map<Long, String> usernames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            accounts.find(id).ifPresent(user -> names.put(id, user.username()));
        }
        return names;
    }

    private static Long userId(Caller caller) {
        return caller.user() == null ? null : caller.user().id();
    }

    private long requireUserId() {
        Long id = userId(access.caller());
        if (id == null) {
            throw new AccessDeniedException("referrals are read by signed-in users only");
        }
        return id;
    }

    private static ConflictException notAllowed(long id, ReferralState from, ReferralState to) {
        return conflict("to", PREFIX + "to.notAllowed", "referral " + id + " cannot move from " + from + " to " + to);
    }

    private static ConflictException changedMeanwhile(long id) {
        return conflict("to", PREFIX + "changedMeanwhile", "referral " + id + " was changed by someone else meanwhile");
    }

    private static ConflictException stale(long id) {
        return conflict("version", "problem.concurrentEdit", "referral " + id + " changed since it was read");
    }

    private static ConflictException conflict(String field, String key, String detail, Object... arguments) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("field", field);
        return new ConflictException(key, detail, arguments, properties);
    }
}
