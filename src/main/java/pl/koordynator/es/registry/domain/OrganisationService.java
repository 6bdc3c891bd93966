package pl.koordynator.es.registry.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationChanged;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationQuery;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.GminaResources;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;

/**
 * The register's service: pages, API and import call it, and it alone decides, per signed-in
 * user, what may be read and changed. Every change is audited and announced.
 */
@Service
public class OrganisationService implements Organisations {

    static final String ENTITY = "Organisation";

    private final OrganisationRepository organisations;
    private final OrganisationRules rules;
    private final RegistryAccess access;
    private final Territory territory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CachedAnswers<SearchKey, PageOf<OrganisationView>> searches;

    private final Clock clock;
    /**
     * Writes that may break a unique number run inside a savepoint: when another request took the
     * number meanwhile, PostgreSQL aborts only the savepoint, and the transaction can still find
     * and name the holder (a 409) instead of failing on its next statement (a 500).
     */
    private final TransactionTemplate savepoint;

    /**
     * What a page of the register depends on besides the data; the hour because the filter by
     * PS status compares with today's date (whichever time zone's midnight that is).
     */
    private record SearchKey(OrganisationQuery query, boolean anonymous, Paging paging, Instant hour) {
    }

    OrganisationService(OrganisationRepository organisations, OrganisationRules rules, RegistryAccess access,
            Territory territory, AuditTrail audit, ApplicationEventPublisher events, DataChanges changes,
            Clock clock, PlatformTransactionManager transactions) {
        this.organisations = organisations;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.rules = rules;
        this.access = access;
        this.territory = territory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        // the searches visitors repeat; 100 pages of at most 200 organisations (~30 MB at worst)
        // stay well within the heap; a subregion filter reads the territory's subregions
        this.searches = changes.cache(100, "registry", "territory");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationView> find(long id) {
        return organisations.find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, OrganisationView> findAll(Collection<Long> ids) {
        return organisations.findAll(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public long countActive(Kind kind, String gminaTeryt) {
        return organisations.countActive(kind, gminaTeryt);
    }

    @Override
    @Transactional(readOnly = true)
    public List<GminaResources> resourcesByGmina() {
        return organisations.resourcesByGmina(null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<GminaResources> resourcesByGmina(java.util.Collection<String> gminas) {
        return gminas.isEmpty() ? List.of() : organisations.resourcesByGmina(gminas);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationView> ofKind(Kind kind) {
        return organisations.ofKind(kind);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationView> openSocialEnterprises() {
        return organisations.openSocialEnterprises();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationView> activePesServedBy(long owesId) {
        return organisations.activePesServedBy(owesId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationView> activePesIn(String teryt, int limit) {
        return organisations.activePesIn(teryt, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationView> named(String text, int limit) {
        return text == null || text.isBlank() ? List.of() : organisations.named(text.strip(), limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationView> namedExactly(String name) {
        return name == null || name.isBlank() ? List.of() : organisations.namedExactly(name.strip());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationView> findByNip(String nip) {
        String digits = nip == null ? "" : nip.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{10}")) {
            return Optional.empty();
        }
        return organisations.holderOf("nip", digits, null).flatMap(holder -> organisations.find(holder.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<Long> pesAmong(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Set.of() : organisations.pesAmong(ids);
    }

    /** A page of the register as the caller may see it. */
    @Transactional(readOnly = true)
    public PageOf<OrganisationView> search(OrganisationQuery query, Paging paging) {
        boolean anonymous = access.anonymous();
        return searches.get(new SearchKey(query, anonymous, paging, clock.instant().truncatedTo(ChronoUnit.HOURS)),
                () -> organisations.search(query, subregionPowiats(query), anonymous, paging));
    }

    /** Every match of a search in the list's order, for exports. */
    @Transactional(readOnly = true)
    public void each(OrganisationQuery query, Consumer<OrganisationView> consumer) {
        organisations.each(query, subregionPowiats(query), access.anonymous(), consumer);
    }

    /** One organisation; anonymous visitors see only active PES, as if the others did not exist. */
    @Transactional(readOnly = true)
    public OrganisationView get(long id) {
        OrganisationView organisation = organisations.find(id)
                .orElseThrow(() -> new NotFoundException("organisation", id));
        if (access.anonymous() && !isPublic(organisation)) {
            throw new NotFoundException("organisation", id);
        }
        return organisation;
    }

    /** What the caller may do with the register: register organisations, import files. */
    public RegistryAccess.RegisterRights registerRights() {
        return access.registerRights(access.caller());
    }

    /** What the caller may do with the organisation; the card and the form offer just that. */
    public RegistryAccess.OrganisationRights rights(OrganisationView organisation) {
        return access.rights(access.caller(), organisation);
    }

    /** The rights of the caller starting a new organisation; refused to those who register none. */
    @PreAuthorize("isAuthenticated()")
    public RegistryAccess.OrganisationRights creating() {
        return access.creating(access.signedIn());
    }

    /** An organisation the caller may edit; refused when they only see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OrganisationView editable(long id) {
        OrganisationView organisation = get(id);
        if (!access.mayEdit(access.signedIn(), organisation)) {
            throw new AccessDeniedException("not editable by this user");
        }
        return organisation;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public OrganisationView create(OrganisationInput input) {
        Caller user = access.signedIn();
        CheckedOrganisation checked = checked(input, null, null);
        if (!access.mayCreate(user, checked.kind(), checked.gminaTeryt())) {
            throw new AccessDeniedException("organisation outside the user's scope");
        }
        long id = insertChecked(checked);
        OrganisationView created = organisations.find(id).orElseThrow();
        audit.created(ENTITY, id, state(created));
        announce(null, created);
        return created;
    }

    /** Registers an organisation without a signed-in user; for loading demo data at start-up only. */
    @Transactional
    public OrganisationView createAtStartup(OrganisationInput input) {
        long id = insertChecked(checked(input, null, null));
        OrganisationView created = organisations.find(id).orElseThrow();
        audit.created(ENTITY, id, state(created));
        announce(null, created);
        return created;
    }

    /**
     * Inserts an organisation that already passed the rules and the caller's scope check; the
     * import uses it for each of its rows inside its one transaction.
     */
    long insertChecked(CheckedOrganisation checked) {
        try {
            Long owesId = servingOwes(checked);
            return savepoint.execute(status -> organisations.insert(checked, owesId));
        } catch (DuplicateKeyException raced) {
            rejectDuplicates(checked, null);
            throw raced;
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public OrganisationView update(long id, OrganisationInput input) {
        Caller user = access.signedIn();
        OrganisationView before = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
        if (!access.mayEdit(user, before)) {
            throw new AccessDeniedException("organisation outside the user's scope");
        }
        if (input.version() == null) {
            throw InvalidInputException.of("version", "registry.version.required");
        }
        if (!access.mayEditRegisterFields(user, before)) {
            rejectRegisterFieldChanges(before, input);
        }
        CheckedOrganisation checked = checked(input, id, before.gminaTeryt());
        if (access.mayEditRegisterFields(user, before) && !access.mayCreate(user, checked.kind(), checked.gminaTeryt())) {
            // an OWES may not move a PES out of its subregion, nor turn it into another kind of actor
            throw new AccessDeniedException("organisation would leave the user's scope");
        }
        boolean saved;
        try {
            Long owesId = servingOwes(checked);
            saved = Boolean.TRUE.equals(savepoint.execute(
                    status -> organisations.update(id, input.version(), checked, owesId)));
        } catch (DuplicateKeyException raced) {
            rejectDuplicates(checked, id);
            throw raced;
        }
        if (!saved) {
            throw new ConflictException("problem.concurrentEdit", "organisation " + id + " changed since version "
                    + input.version());
        }
        OrganisationView after = organisations.find(id).orElseThrow();
        audit.updated(ENTITY, id, state(before), state(after));
        announce(before, after);
        return after;
    }

    /** Closes an organisation: it stays in the register with its history, marked CLOSED. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public OrganisationView close(long id) {
        Caller user = access.signedIn();
        OrganisationView before = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
        if (!access.mayClose(user, before)) {
            throw new AccessDeniedException("organisation outside the user's scope");
        }
        if (before.status() != pl.koordynator.es.registry.OrganisationStatus.CLOSED) {
            if (!organisations.close(id, before.version())) {
                // changed since it was read: closed by a request at the same moment, the answer is that of
                // a second close (no second audit entry nor announcement); otherwise edited meanwhile
                OrganisationView now = organisations.find(id).orElseThrow();
                if (now.status() == pl.koordynator.es.registry.OrganisationStatus.CLOSED) {
                    return now;
                }
                throw new ConflictException("problem.concurrentEdit", "organisation " + id + " changed since version "
                        + before.version());
            }
            OrganisationView after = organisations.find(id).orElseThrow();
            audit.updated(ENTITY, id, state(before), state(after));
            announce(before, after);
            return after;
        }
        return before;
    }

    /** The rules and the duplicate check, as one list of problems. */
    CheckedOrganisation checked(OrganisationInput input, Long id, String previousGmina) {
        OrganisationRules.Outcome outcome = rules.check(input, previousGmina);
        if (!outcome.valid()) {
            throw new InvalidInputException(outcome.problems());
        }
        rejectDuplicates(outcome.organisation(), id);
        return outcome.organisation();
    }

    private void rejectDuplicates(CheckedOrganisation checked, Long exceptId) {
        for (String[] number : new String[][] {{"nip", checked.nip()}, {"regon", checked.regon()},
                {"krs", checked.krs()}}) {
            Optional<OrganisationRepository.Holder> holder = organisations.holderOf(number[0], number[1], exceptId);
            if (holder.isPresent()) {
                throw duplicate(number[0], number[1], holder.get());
            }
        }
    }

    static ConflictException duplicate(String field, String value, OrganisationRepository.Holder holder) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("field", field);
        properties.put("existingId", holder.id());
        properties.put("existingName", holder.name());
        properties.put("existing", "/api/v1/organisations/" + holder.id());
        properties.put("existingPage", "/organisations/" + holder.id());
        return new ConflictException("registry.duplicate." + field, field + " " + value + " is already used by "
                + "organisation " + holder.id(), new Object[] {value, holder.name(), holder.id()}, properties);
    }

    private static void rejectRegisterFieldChanges(OrganisationView before, OrganisationInput input) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (input.kind() != null && input.kind() != before.kind()) {
            problems.add(new FieldProblem("kind", "registry.field.setByRegister"));
        }
        if (input.status() != null && input.status() != before.status()) {
            problems.add(new FieldProblem("status", "registry.field.setByRegister"));
        }
        if (!java.util.Objects.equals(input.socialEnterpriseDecision() == null || input.socialEnterpriseDecision().isBlank()
                ? null : input.socialEnterpriseDecision().strip(), before.socialEnterpriseDecision())
                || !java.util.Objects.equals(input.socialEnterpriseSince(), before.socialEnterpriseSince())
                || !java.util.Objects.equals(input.socialEnterpriseUntil(), before.socialEnterpriseUntil())) {
            problems.add(new FieldProblem("socialEnterpriseDecision", "registry.field.setByRegister"));
        }
        Long handOwes = before.owesSetByHand() ? before.owesId() : null;
        if (!java.util.Objects.equals(input.owesId(), handOwes)) {
            problems.add(new FieldProblem("owesId", "registry.field.setByRegister"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Long servingOwes(CheckedOrganisation checked) {
        if (checked.owesId() != null) {
            return checked.owesId();
        }
        return checked.gminaTeryt() == null ? null
                : territory.subregionOf(checked.gminaTeryt()).map(Subregion::owesOrganisationId).orElse(null);
    }

    private Collection<String> subregionPowiats(OrganisationQuery query) {
        if (query.subregionId() == null) {
            return null;
        }
        return territory.subregion(query.subregionId()).map(Subregion::powiatTeryts).orElse(List.of());
    }

    void announce(OrganisationView before, OrganisationView organisation) {
        events.publishEvent(new OrganisationChanged(organisation.id(), organisation.gminaTeryt(),
                before == null ? null : before.gminaTeryt(), organisation.kind(),
                organisation.status()));
    }

    static boolean isPublic(OrganisationView organisation) {
        return organisation.kind().isPes() && organisation.status() == pl.koordynator.es.registry.OrganisationStatus.ACTIVE;
    }

    /** The fields the audit trail records for an organisation. */
    static Map<String, Object> state(OrganisationView o) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", o.name());
        state.put("shortName", o.shortName());
        state.put("kind", o.kind());
        state.put("nip", o.nip());
        state.put("regon", o.regon());
        state.put("krs", o.krs());
        state.put("gminaTeryt", o.gminaTeryt());
        state.put("street", o.street());
        state.put("postalCode", o.postalCode());
        state.put("town", o.town());
        // a small organisation's address and phone are often a person's own (a sole trader, a circle's leader)
        state.put("email", pl.koordynator.es.audit.Personal.of(o.email()));
        state.put("phone", pl.koordynator.es.audit.Personal.of(o.phone()));
        state.put("website", o.website());
        state.put("description", o.description());
        state.put("fieldsOfActivity", o.fieldsOfActivity().isEmpty() ? null : String.join(", ", o.fieldsOfActivity()));
        state.put("employees", o.employees());
        state.put("employeesAtRisk", o.employeesAtRisk());
        state.put("reintegrationPlaces", o.reintegrationPlaces());
        state.put("socialEnterpriseDecision", o.socialEnterpriseDecision());
        state.put("socialEnterpriseSince", o.socialEnterpriseSince());
        state.put("socialEnterpriseUntil", o.socialEnterpriseUntil());
        state.put("owesId", o.owesId());
        state.put("status", o.status());
        return state;
    }
}
