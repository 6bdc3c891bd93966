package pl.koordynator.es.networks.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.networks.Sector;
import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.networks.TieKind;
import pl.koordynator.es.networks.TieSource;
import pl.koordynator.es.networks.TieStatus;
import pl.koordynator.es.networks.TiesChanged;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Declared ties and the derived ones, scoped to the caller. A tie is entered by ROPS, by the staff
 * of an OWES for a PES their OWES serves, or by a PES or partner for their own organisation; the
 * other side (or ROPS) confirms it, and until then it is shown as unconfirmed and counts nowhere.
 * Whether a tie is planned, active or ended is decided by comparing its dates with today when it
 * is read, so a tie starting in the future activates itself on the day and an end date ends it.
 * Every change is audited.
 */
@Service
public class TieService {

    static final String ENTITY = "Tie";

    private final TieRepository ties;
    private final TieRules rules;
    private final DerivedTies derived;
    private final NetworksAccess access;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final MessageSource messages;
    private final Notifications notifications;
    private final PlatformSettings settings;
    private final Clock clock;

    TieService(TieRepository ties, TieRules rules, DerivedTies derived, NetworksAccess access,
            Organisations organisations, AuditTrail audit, ApplicationEventPublisher publisher, MessageSource messages,
            Notifications notifications, PlatformSettings settings, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.ties = ties;
        this.rules = rules;
        this.derived = derived;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
        this.publisher = publisher;
        this.messages = messages;
        this.clock = clock;
    }

    public NetworksAccess.Viewer viewer() {
        return access.viewer();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Ties of the filter the caller may read, newest first: declared ones, or with a derived
     * {@code source} the ties derived for the year (this year when none is asked for).
     */
    @Transactional(readOnly = true)
    public PageOf<TieView> search(TieQuery query, Paging paging) {
        NetworksAccess.Viewer viewer = reader();
        List<TieView> all = list(viewer, query);
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new PageOf<>(all.subList(from, to), paging.page(), paging.size(), all.size());
    }

    /** Every tie of the filter the caller may read, for exports. */
    @Transactional(readOnly = true)
    public List<TieView> all(TieQuery query) {
        return list(reader(), query);
    }

    private List<TieView> list(NetworksAccess.Viewer viewer, TieQuery query) {
        Set<Long> scope = scope(viewer);
        List<TieView> views;
        Map<Long, OrganisationView> named;
        if (query.source() == null || query.source() == TieSource.DECLARED) {
            List<TieRow> rows = ties.all(scope, query);
            named = organisations.findAll(ends(rows));
            views = rows.stream().map(row -> view(row, named)).toList();
        } else {
            int year = query.year() == null ? today().getYear() : query.year();
            List<DerivedTies.Derived> found = derived.of(year, query.source()).stream()
                    .filter(d -> scope == null || scope.contains(d.first()) || scope.contains(d.second()))
                    .filter(d -> query.organisationId() == null || d.first() == query.organisationId()
                            || d.second() == query.organisationId())
                    .toList();
            named = organisations.findAll(DerivedTies.organisations(found));
            LocalDate endOfYear = LocalDate.of(year, 12, 31);
            views = found.stream().map(d -> view(d, endOfYear, named))
                    .filter(v -> query.kind() == null || v.kind() == query.kind())
                    .sorted(Comparator.comparing(TieView::startsOn).reversed()).toList();
        }
        return views.stream()
                .filter(v -> query.sectors() == null || query.sectors().equals(v.sectors()))
                .filter(v -> query.powiatTeryt() == null || query.powiatTeryt().isBlank()
                        || inPowiat(v, query.powiatTeryt().strip(), named))
                .toList();
    }

    private static boolean inPowiat(TieView view, String powiat, Map<Long, OrganisationView> named) {
        return powiat.equals(powiatOf(named.get(view.fromOrganisationId())))
                || powiat.equals(powiatOf(named.get(view.toOrganisationId())));
    }

    private static String powiatOf(OrganisationView organisation) {
        return organisation == null ? null : organisation.powiatTeryt();
    }

    @Transactional(readOnly = true)
    public TieView get(long id) {
        NetworksAccess.Viewer viewer = reader();
        TieRow row = ties.find(id).orElseThrow(() -> new NotFoundException("tie", id));
        Set<Long> scope = scope(viewer);
        if (scope != null && !scope.contains(row.fromOrganisationId()) && !scope.contains(row.toOrganisationId())) {
            throw new AccessDeniedException("tie " + id + " is between other organisations");
        }
        return view(row, organisations.findAll(List.of(row.fromOrganisationId(), row.toOrganisationId())));
    }

    @Transactional
    public TieView create(TieInput input) {
        NetworksAccess.Viewer viewer = writer();
        TieRules.Checked checked = rules.check(input);
        boolean speaksForFrom = viewer.speaksFor(checked.from());
        if (!speaksForFrom && !viewer.speaksFor(checked.to())) {
            throw new AccessDeniedException("a tie is entered by one of its sides");
        }
        rejectDuplicate(checked, null);
        Long enteredFor = viewer.admin() ? null : (speaksForFrom ? checked.from().id() : checked.to().id());
        boolean confirmed = viewer.admin() && !Boolean.FALSE.equals(input.confirmed());
        long id = ties.insert(checked, enteredFor, confirmed, confirmed ? viewer.username() : null, viewer.username());
        TieView created = view(ties.find(id).orElseThrow(), named(checked));
        audit.created(ENTITY, id, state(created));
        publisher.publishEvent(new TiesChanged(id, created.fromOrganisationId(), created.toOrganisationId()));
        askToConfirm(created);
        return created;
    }

    /**
     * Enters a tie without a signed-in user, for demo data at start-up only: the rules apply, the
     * tie is confirmed or waits for the side that did not enter it.
     */
    @Transactional
    public TieView createAtStartup(TieInput input, boolean confirmed, Long enteredFor) {
        TieRules.Checked checked = rules.check(input);
        rejectDuplicate(checked, null);
        long id = ties.insert(checked, enteredFor, confirmed, confirmed ? "system" : null, "system");
        TieView created = view(ties.find(id).orElseThrow(), named(checked));
        audit.created(ENTITY, id, state(created));
        return created;
    }

    /**
     * Changes a tie; {@code version} must be current. A change of its ends, kind or start asks the
     * other side to confirm again, unless ROPS makes it.
     */
    @Transactional
    public TieView update(long id, TieInput input) {
        NetworksAccess.Viewer viewer = writer();
        TieRow before = changeable(id, viewer);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        TieRules.Checked checked = null;
        try {
            checked = rules.check(input);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        if (input.version() == null) {
            problems.add(new InvalidInputException.FieldProblem("version", "networks.version.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!viewer.speaksFor(checked.from()) && !viewer.speaksFor(checked.to())) {
            throw new AccessDeniedException("a tie is changed by one of its sides");
        }
        if (!checked.withdrawn()) {
            rejectDuplicate(checked, id);
        }
        boolean sameFacts = checked.from().id() == before.fromOrganisationId()
                && checked.to().id() == before.toOrganisationId() && checked.kind() == before.kind()
                && checked.startsOn().equals(before.startsOn());
        boolean confirmed;
        if (viewer.admin()) {
            confirmed = input.confirmed() == null ? before.confirmed() : input.confirmed();
        } else {
            confirmed = before.confirmed() && sameFacts;
        }
        String confirmedBy = confirmed ? (before.confirmed() ? before.confirmedBy() : viewer.username()) : null;
        if (!ties.update(id, input.version(), checked, confirmed, confirmedBy)) {
            throw stale(id, input.version());
        }
        TieView beforeView = view(before, organisations.findAll(List.of(before.fromOrganisationId(),
                before.toOrganisationId())));
        TieView after = view(ties.find(id).orElseThrow(), named(checked));
        audit.updated(ENTITY, id, state(beforeView), state(after));
        publisher.publishEvent(new TiesChanged(id, after.fromOrganisationId(), after.toOrganisationId()));
        if (before.confirmed() && !after.confirmed()) {
            askToConfirm(after);
        }
        return after;
    }

    /**
     * Tells the accounts of the side that did not enter an unconfirmed tie that it waits for them.
     * The e-mail names the two organisations (from the register), the kind and the start, never
     * the description or evidence the entering side typed. A tie ROPS entered unconfirmed has no
     * such side, and nobody is mailed.
     */
    private void askToConfirm(TieView tie) {
        if (tie.confirmed() || tie.enteredForOrganisationId() == null) {
            return;
        }
        boolean enteredByFrom = tie.enteredForOrganisationId() == tie.fromOrganisationId();
        long other = enteredByFrom ? tie.toOrganisationId() : tie.fromOrganisationId();
        String entering = enteredByFrom ? tie.fromOrganisationName() : tie.toOrganisationName();
        String waiting = enteredByFrom ? tie.toOrganisationName() : tie.fromOrganisationName();
        String kind = messages.getMessage("networks.tieKind." + tie.kind().name(), null, POLISH);
        notifications.toOrganisation(other, messages.getMessage("networks.tie.mail.subject", new Object[] {entering},
                POLISH), messages.getMessage("networks.tie.mail.text", new Object[] {entering, waiting, kind,
                        tie.startsOn().format(DAY), settings.link("/networks/ties")}, POLISH));
    }

    private static final java.util.Locale POLISH = java.util.Locale.forLanguageTag("pl");
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The other side (or ROPS) confirms a tie; confirming a confirmed one changes nothing. */
    @Transactional
    public TieView confirm(long id) {
        NetworksAccess.Viewer viewer = writer();
        TieRow row = ties.find(id).orElseThrow(() -> new NotFoundException("tie", id));
        Map<Long, OrganisationView> named = organisations.findAll(List.of(row.fromOrganisationId(),
                row.toOrganisationId()));
        TieView before = view(row, named);
        if (row.confirmed()) {
            return before;
        }
        if (!mayConfirm(viewer, row, named)) {
            throw new AccessDeniedException("a tie is confirmed by the side that did not enter it");
        }
        if (!ties.confirm(id, row.version(), viewer.username())) {
            throw stale(id, row.version());
        }
        TieView after = view(ties.find(id).orElseThrow(), named);
        audit.updated(ENTITY, id, state(before), state(after));
        publisher.publishEvent(new TiesChanged(id, row.fromOrganisationId(), row.toOrganisationId()));
        return after;
    }

    /** Whether the caller may confirm this unconfirmed tie: ROPS, or one who speaks for the side that did not enter it. */
    boolean mayConfirm(NetworksAccess.Viewer viewer, TieRow row, Map<Long, OrganisationView> named) {
        if (viewer.admin()) {
            return true;
        }
        if (row.confirmed() || row.withdrawn()) {
            return false;
        }
        long other = row.enteredForOrganisationId() == null ? -1
                : row.enteredForOrganisationId() == row.fromOrganisationId() ? row.toOrganisationId()
                        : row.fromOrganisationId();
        if (other == -1) {
            return viewer.speaksFor(named.get(row.fromOrganisationId()))
                    || viewer.speaksFor(named.get(row.toOrganisationId()));
        }
        return viewer.speaksFor(named.get(other))
                && !(viewer.owesId() == null && viewer.speaksFor(named.get(row.enteredForOrganisationId())));
    }

    /** Confirmed ties of the organisation active on the day. */
    @Transactional(readOnly = true)
    public long activeTies(long organisationId, LocalDate day) {
        return ties.countActive(organisationId, day);
    }

    private void rejectDuplicate(TieRules.Checked checked, Long except) {
        ties.overlapping(checked.from().id(), checked.to().id(), checked.kind(), checked.startsOn(), checked.endsOn(),
                except).ifPresent(existing -> {
                    String message = messages.getMessage("networks.tie.duplicate", null, "networks.tie.duplicate",
                            LocaleContextHolder.getLocale());
                    throw new ConflictException("networks.tie.duplicate", "tie duplicates tie " + existing,
                            new Object[0], Map.of("existingTieId", existing,
                                    "errors", List.of(Map.of("field", "kind", "message", message))));
                });
    }

    private TieRow changeable(long id, NetworksAccess.Viewer viewer) {
        TieRow row = ties.find(id).orElseThrow(() -> new NotFoundException("tie", id));
        Map<Long, OrganisationView> named = organisations.findAll(List.of(row.fromOrganisationId(),
                row.toOrganisationId()));
        if (!viewer.speaksFor(named.get(row.fromOrganisationId()))
                && !viewer.speaksFor(named.get(row.toOrganisationId()))) {
            throw new AccessDeniedException("tie " + id + " is between other organisations");
        }
        return row;
    }

    /** The organisations whose ties the caller reads; null for all of them. */
    private Set<Long> scope(NetworksAccess.Viewer viewer) {
        if (viewer.readsAllTies()) {
            return null;
        }
        Set<Long> scope = new HashSet<>();
        if (viewer.owesId() != null) {
            scope.add(viewer.owesId());
            organisations.activePesServedBy(viewer.owesId()).forEach(o -> scope.add(o.id()));
        }
        if (viewer.ownOrganisationId() != null) {
            scope.add(viewer.ownOrganisationId());
        }
        return scope;
    }

    private NetworksAccess.Viewer reader() {
        NetworksAccess.Viewer viewer = access.viewer();
        if (!viewer.mayReadTies()) {
            throw new AccessDeniedException("ties are read by ROPS, OWES, PES, partners and the committee");
        }
        return viewer;
    }

    private NetworksAccess.Viewer writer() {
        NetworksAccess.Viewer viewer = access.viewer();
        if (!viewer.mayEnterTies()) {
            throw new AccessDeniedException("ties are entered by ROPS, OWES, PES and partners");
        }
        return viewer;
    }

    private static Map<Long, OrganisationView> named(TieRules.Checked checked) {
        Map<Long, OrganisationView> named = new LinkedHashMap<>();
        named.put(checked.from().id(), checked.from());
        named.put(checked.to().id(), checked.to());
        return named;
    }

    private static Collection<Long> ends(List<TieRow> rows) {
        Set<Long> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            ids.add(r.fromOrganisationId());
            ids.add(r.toOrganisationId());
        });
        return ids;
    }

    TieStatus status(TieRow row) {
        LocalDate today = today();
        if (row.withdrawn()) {
            return TieStatus.WITHDRAWN;
        }
        if (!row.confirmed()) {
            return TieStatus.UNCONFIRMED;
        }
        if (row.startsOn().isAfter(today)) {
            return TieStatus.PLANNED;
        }
        if (row.endsOn() != null && row.endsOn().isBefore(today)) {
            return TieStatus.ENDED;
        }
        return TieStatus.ACTIVE;
    }

    TieView view(TieRow row, Map<Long, OrganisationView> named) {
        OrganisationView from = named.get(row.fromOrganisationId());
        OrganisationView to = named.get(row.toOrganisationId());
        return new TieView(row.id(), row.fromOrganisationId(), name(from, row.fromOrganisationId()), kind(from),
                row.toOrganisationId(), name(to, row.toOrganisationId()), kind(to), sectors(from, to), row.kind(),
                row.directed(), row.startsOn(), row.endsOn(), row.valuePln(), row.description(), row.evidenceUrl(),
                row.enteredForOrganisationId(), row.confirmed(), status(row), TieSource.DECLARED, null, row.version(),
                row.createdAt());
    }

    private TieView view(DerivedTies.Derived tie, LocalDate endOfYear, Map<Long, OrganisationView> named) {
        OrganisationView from = named.get(tie.first());
        OrganisationView to = named.get(tie.second());
        LocalDate today = today();
        TieStatus status = endOfYear.isBefore(today) ? TieStatus.ENDED : TieStatus.ACTIVE;
        TieKind kind = tie.source() == TieSource.EVENT ? TieKind.JOINT_EVENT : TieKind.OTHER;
        return new TieView(null, tie.first(), name(from, tie.first()), kind(from), tie.second(),
                name(to, tie.second()), kind(to), sectors(from, to), kind, false, tie.since(), endOfYear, null, null,
                null, null, true, status, tie.source(), tie.origin() + " #" + tie.originId(), 0, null);
    }

    static SectorPair sectors(OrganisationView a, OrganisationView b) {
        return new SectorPair(Sector.of(a == null ? null : a.kind()), Sector.of(b == null ? null : b.kind()));
    }

    private static String name(OrganisationView organisation, long id) {
        return organisation == null ? "#" + id : organisation.name();
    }

    private static String kind(OrganisationView organisation) {
        Kind kind = organisation == null ? null : organisation.kind();
        return kind == null ? null : kind.name();
    }

    private static ConflictException stale(long id, long version) {
        return new ConflictException("problem.concurrentEdit", "tie " + id + " changed since version " + version);
    }

    static Map<String, Object> state(TieView tie) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("fromOrganisationId", tie.fromOrganisationId());
        state.put("fromOrganisationName", tie.fromOrganisationName());
        state.put("toOrganisationId", tie.toOrganisationId());
        state.put("toOrganisationName", tie.toOrganisationName());
        state.put("kind", tie.kind());
        state.put("directed", tie.directed());
        state.put("startsOn", tie.startsOn());
        state.put("endsOn", tie.endsOn());
        state.put("valuePln", tie.valuePln());
        state.put("description", tie.description());
        state.put("evidenceUrl", tie.evidenceUrl());
        state.put("confirmed", tie.confirmed());
        state.put("withdrawn", tie.status() == TieStatus.WITHDRAWN);
        return state;
    }
}
