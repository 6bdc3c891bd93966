package pl.koordynator.es.support.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.events.Events;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.OrganisationOption;
import pl.koordynator.es.shared.PickedOrganisation;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.support.SupportPair;
import pl.koordynator.es.support.SupportRecords;
import pl.koordynator.es.support.SupportedOrganisation;
import pl.koordynator.es.support.SupportedPes;
import pl.koordynator.es.support.domain.SupportAccess.Viewer;

/**
 * Support records: written by ROPS and by OWES staff for their own OWES, read by them and by the
 * PES they were given to. Pages and API call this service, and it alone decides who may see and
 * do what. Every change is audited.
 */
@Service
public class SupportService implements SupportRecords {

    static final String ENTITY = "SupportRecord";

    private final SupportRepository records;
    private final SupportRules rules;
    private final SupportAccess access;
    private final Organisations organisations;
    private final Events events;
    private final AuditTrail audit;

    SupportService(SupportRepository records, SupportRules rules, SupportAccess access, Organisations organisations,
            Events events, AuditTrail audit) {
        this.records = records;
        this.rules = rules;
        this.access = access;
        this.organisations = organisations;
        this.events = events;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public SupportedPes supportedPes(LocalDate from, LocalDate to, Long owesId) {
        Set<Long> fromSupport = records.supportedPes(from, to, owesId);
        Map<Long, OrganisationView> found = new LinkedHashMap<>();
        fromSupport.forEach(id -> organisations.find(id).ifPresent(o -> found.put(id, o)));
        Set<Long> fromEvents = new LinkedHashSet<>();
        for (Long id : events.attendingOrganisations(owesId, from, to)) {
            Optional<OrganisationView> organisation = Optional.ofNullable(found.get(id))
                    .or(() -> organisations.find(id));
            if (organisation.filter(o -> o.kind().isPes()).isPresent()) {
                fromEvents.add(id);
                found.putIfAbsent(id, organisation.get());
            }
        }
        Set<Long> all = new LinkedHashSet<>(fromSupport);
        all.addAll(fromEvents);
        List<SupportedOrganisation> named = all.stream()
                .map(id -> new SupportedOrganisation(id, found.containsKey(id) ? found.get(id).name() : "#" + id))
                .sorted(Comparator.comparing(SupportedOrganisation::name, String.CASE_INSENSITIVE_ORDER)).toList();
        return new SupportedPes(from, to, owesId, all.size(), fromSupport.size(), fromEvents.size(), named);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupportPair> supportPairs(LocalDate from, LocalDate to) {
        return records.supportPairs(from, to);
    }

    /**
     * The supported PES as the caller may read them: OWES staff those of their own OWES (another
     * {@code owesId} is ignored), the committee the counts without the names, ROPS everything.
     */
    @Transactional(readOnly = true)
    public SupportedPes supportedPesForCaller(LocalDate from, LocalDate to, Long owesId) {
        Viewer viewer = access.viewer();
        if (!viewer.mayReadCounts()) {
            throw new AccessDeniedException("only ROPS, OWES and the committee read the supported PES");
        }
        SupportedPes supported = supportedPes(from, to, viewer.countsScope(owesId));
        return viewer.maySeeSupportedNames() ? supported : supported.withoutNames();
    }

    /** A period as the caller typed it, for a caller who may read the counts; checked in that order. */
    public Period period(String text) {
        if (!access.viewer().mayReadCounts()) {
            throw new AccessDeniedException("only ROPS, OWES and the committee read the supported PES");
        }
        return Period.parse(text).orElseThrow(() -> InvalidInputException.of("period", "support.period.invalid"));
    }

    /** The caller, with what they may do; pages ask it which actions to offer. */
    public Viewer viewer() {
        return access.viewer();
    }

    @Transactional(readOnly = true)
    public PageOf<SupportView> search(SupportQuery query, Paging paging) {
        return records.search(reader().scoped(query), paging);
    }

    @Transactional(readOnly = true)
    public SupportTotals totals(SupportQuery query) {
        return records.totals(reader().scoped(query));
    }

    @Transactional(readOnly = true)
    public void each(SupportQuery query, Consumer<SupportView> action) {
        records.each(reader().scoped(query), action);
    }

    @Transactional(readOnly = true)
    public List<String> advisers() {
        return records.advisers(reader().scoped(SupportQuery.everything()));
    }

    /** A PES whose support history the caller may read: their own one for a PES, any PES for ROPS and OWES. */
    @Transactional(readOnly = true)
    public OrganisationView pes(long organisationId) {
        Viewer viewer = reader();
        if (viewer.pesId() != null && viewer.pesId() != organisationId) {
            throw new AccessDeniedException("a PES reads its own support history only");
        }
        return organisations.find(organisationId).filter(o -> o.kind().isPes())
                .orElseThrow(() -> new NotFoundException("PES", organisationId));
    }

    /** One record; one the caller may not read is refused. */
    @Transactional(readOnly = true)
    public SupportView get(long id) {
        Viewer viewer = reader();
        SupportView record = records.find(id).orElseThrow(() -> new NotFoundException("support record", id));
        if (!viewer.maySee(record)) {
            throw new AccessDeniedException("support record " + id + " belongs to another OWES or PES");
        }
        return record;
    }

    @Transactional
    public SupportView create(SupportInput input) {
        Viewer viewer = writer();
        SupportInput own = ownOwes(viewer, input);
        SupportRules.Checked checked = rules.check(own, null);
        long id = records.insert(checked, viewer.user().username());
        SupportView created = records.find(id).orElseThrow();
        audit.created(ENTITY, id, state(created));
        return created;
    }

    @Transactional
    public SupportView update(long id, SupportInput input) {
        Viewer viewer = writer();
        SupportView before = changeable(id, viewer);
        SupportInput own = ownOwes(viewer, input);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        SupportRules.Checked checked = null;
        try {
            checked = rules.check(own, before);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        if (input.version() == null) {
            problems.add(new InvalidInputException.FieldProblem("version", "support.version.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!records.update(id, input.version(), checked)) {
            throw stale(id, input.version());
        }
        SupportView after = records.find(id).orElseThrow();
        audit.updated(ENTITY, id, state(before), state(after));
        return after;
    }

    /** Deletes a record; {@code version}, when given, must still be current. */
    @Transactional
    public void delete(long id, Long version) {
        Viewer viewer = writer();
        SupportView before = changeable(id, viewer);
        long expected = version == null ? before.version() : version;
        if (!records.delete(id, expected)) {
            throw stale(id, expected);
        }
        audit.deleted(ENTITY, id, state(before));
    }

    /** PES that may be chosen on the form: every open PES of the register, by name. */
    @Transactional(readOnly = true)
    public List<OrganisationView> pesChoices() {
        return Kind.pesKinds().stream().flatMap(kind -> organisations.ofKind(kind).stream())
                .sorted(Comparator.comparing(OrganisationView::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * What the form's PES picker offers for a text (two letters at least): open PES whose name
     * contains it, by name. For those who record support.
     */
    @Transactional(readOnly = true)
    public List<OrganisationOption> pesNamed(String text, int limit) {
        writer();
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return pesContaining(text, limit).stream()
                .map(o -> new OrganisationOption(o.id(), o.name(), o.kind().name(), o.town())).toList();
    }

    /** The PES the form's picker sent ({@link PickedOrganisation}); the rules then check it as any id. */
    @Transactional(readOnly = true)
    public Long pickedPes(Long id, String typedName) {
        return PickedOrganisation.resolve(id, typedName, known -> organisations.find(known).map(OrganisationView::name),
                text -> pesContaining(text, 50).stream()
                        .map(o -> new PickedOrganisation.Candidate(o.id(), o.name())).toList());
    }

    /** An organisation's name for the form, or null when the register does not know the id. */
    @Transactional(readOnly = true)
    public String organisationName(long id) {
        return organisations.find(id).map(OrganisationView::name).orElse(null);
    }

    private List<OrganisationView> pesContaining(String text, int limit) {
        // the register's search knows no kinds: ask for more, keep the PES
        return organisations.named(text, limit * 4).stream().filter(o -> o.kind().isPes()).limit(limit).toList();
    }

    @Transactional(readOnly = true)
    public List<OrganisationView> owesChoices() {
        return organisations.ofKind(Kind.OWES);
    }

    /**
     * Records support without a signed-in user; for loading demo data at start-up only. The
     * rules apply as to any record.
     */
    @Transactional
    public SupportView recordAtStartup(SupportInput input, String createdBy) {
        SupportRules.Checked checked = rules.check(input, null);
        long id = records.insert(checked, createdBy);
        SupportView created = records.find(id).orElseThrow();
        audit.created(ENTITY, id, state(created));
        return created;
    }

    /** An OWES user writes for their own OWES: left out it is theirs, another one is refused. */
    private static SupportInput ownOwes(Viewer viewer, SupportInput input) {
        if (viewer.admin()) {
            return input;
        }
        if (input.owesId() != null && !input.owesId().equals(viewer.owesId())) {
            throw new AccessDeniedException("an OWES records support of its own OWES only");
        }
        return new SupportInput(input.organisationId(), viewer.owesId(), input.adviser(), input.date(),
                input.hours(), input.form(), input.topic(), input.notes(), input.version());
    }

    /** A record the caller may change (edit, delete); refused when they may only read it. */
    @Transactional(readOnly = true)
    public SupportView changeable(long id) {
        return changeable(id, writer());
    }

    private SupportView changeable(long id, Viewer viewer) {
        SupportView record = records.find(id).orElseThrow(() -> new NotFoundException("support record", id));
        if (!viewer.mayChange(record)) {
            throw new AccessDeniedException("support record " + id + " belongs to another OWES");
        }
        return record;
    }

    private Viewer reader() {
        Viewer viewer = access.viewer();
        if (!viewer.mayRead()) {
            throw new AccessDeniedException("only ROPS, OWES and PES read support records");
        }
        return viewer;
    }

    /** The caller, who must be one who records support (ROPS, the staff of an open OWES). */
    public Viewer writer() {
        Viewer viewer = access.viewer();
        if (!viewer.mayWrite()) {
            throw new AccessDeniedException("only ROPS and OWES record support");
        }
        return viewer;
    }

    private static ConflictException stale(long id, long version) {
        return new ConflictException("problem.concurrentEdit", "support record " + id + " changed since version "
                + version);
    }

    /** The fields the audit trail records for a support record. */
    static Map<String, Object> state(SupportView record) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisationId", record.organisationId());
        state.put("organisationName", record.organisationName());
        state.put("owesId", record.owesId());
        state.put("gminaTeryt", record.gminaTeryt());
        state.put("adviser", record.adviser());
        state.put("date", record.date());
        state.put("hours", record.hours());
        state.put("form", record.form());
        state.put("topic", record.topic());
        state.put("notes", record.notes());
        return state;
    }
}
