package pl.koordynator.es.territory.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.OwesDirectory;
import pl.koordynator.es.territory.OwesDirectory.Owes;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.SubregionsChanged;
import pl.koordynator.es.territory.Unit;
import pl.koordynator.es.territory.domain.SubregionRepository.StoredSubregion;

/**
 * Subregions: sets of powiats, each powiat in at most one, served by an OWES that the registry
 * knows. Until the registry provides an {@link OwesDirectory} there is no OWES to choose.
 */
@Service
public class SubregionService {

    static final String ENTITY = "Subregion";
    static final int NAME_MAX = 120;

    private final SubregionRepository subregions;
    private final UnitRepository units;
    private final TerritorySettings settings;
    private final ObjectProvider<OwesDirectory> owesDirectory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SubregionService(SubregionRepository subregions, UnitRepository units, TerritorySettings settings,
            ObjectProvider<OwesDirectory> owesDirectory, AuditTrail audit, ApplicationEventPublisher events) {
        this.subregions = subregions;
        this.units = units;
        this.settings = settings;
        this.owesDirectory = owesDirectory;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Subregion> list() {
        Map<Long, Owes> owes = owesById();
        return subregions.all().stream().map(stored -> view(stored, owes)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Subregion> find(long id) {
        return subregions.find(id).map(stored -> view(stored, owesById()));
    }

    @Transactional(readOnly = true)
    public Optional<Subregion> findByPowiat(String powiatTeryt) {
        return subregions.findByPowiat(powiatTeryt).map(stored -> view(stored, owesById()));
    }

    @Transactional(readOnly = true)
    public Subregion get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("subregion", id));
    }

    /** The OWES a subregion may be assigned to; empty while the registry offers none. */
    public List<Owes> owesChoices() {
        OwesDirectory directory = owesDirectory.getIfAvailable();
        return directory == null ? List.of() : directory.all();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Subregion create(SubregionChange change) {
        return createSubregion(change);
    }

    /** For the demo data at start-up, before anyone can sign in. */
    @Transactional
    public Subregion createAtStartup(SubregionChange change) {
        return createSubregion(change);
    }

    private Subregion createSubregion(SubregionChange change) {
        check(change, null);
        long id;
        try {
            id = subregions.insert(change.name(), change.owesOrganisationId());
            subregions.replacePowiats(id, change.powiatTeryts());
        } catch (DuplicateKeyException race) {
            throw duplicate(race);
        }
        StoredSubregion created = subregions.find(id).orElseThrow();
        audit.created(ENTITY, id, state(created));
        events.publishEvent(new SubregionsChanged(id));
        return view(created, owesById());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Subregion update(long id, SubregionChange change) {
        StoredSubregion before = subregions.find(id).orElseThrow(() -> new NotFoundException("subregion", id));
        long version = change.version() == null ? before.version() : change.version();
        if (version != before.version()) {
            throw concurrentEdit(id);
        }
        check(change, id);
        try {
            if (!subregions.update(id, version, change.name(), change.owesOrganisationId())) {
                throw concurrentEdit(id);
            }
            subregions.replacePowiats(id, change.powiatTeryts());
        } catch (DuplicateKeyException race) {
            throw duplicate(race);
        }
        StoredSubregion after = subregions.find(id).orElseThrow();
        audit.updated(ENTITY, id, state(before), state(after));
        events.publishEvent(new SubregionsChanged(id));
        return view(after, owesById());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id, Long version) {
        StoredSubregion before = subregions.find(id).orElseThrow(() -> new NotFoundException("subregion", id));
        if (!subregions.delete(id, version == null ? before.version() : version)) {
            throw concurrentEdit(id);
        }
        audit.deleted(ENTITY, id, state(before));
        events.publishEvent(new SubregionsChanged(id));
    }

    @Transactional
    public void assignOwesAtStartup(long id, long owesOrganisationId) {
        StoredSubregion before = subregions.find(id).orElseThrow(() -> new NotFoundException("subregion", id));
        if (!subregions.update(id, before.version(), before.name(), owesOrganisationId)) {
            throw concurrentEdit(id);
        }
        StoredSubregion after = subregions.find(id).orElseThrow();
        audit.updated(ENTITY, id, state(before), state(after));
        events.publishEvent(new SubregionsChanged(id));
    }

    private void check(SubregionChange change, Long id) {
        List<FieldProblem> problems = new ArrayList<>();
        if (change.name().isEmpty()) {
            problems.add(new FieldProblem("name", "territory.subregion.name.required"));
        } else if (change.name().length() > NAME_MAX) {
            problems.add(new FieldProblem("name", "territory.subregion.name.tooLong"));
        } else if (subregions.nameTaken(change.name(), id)) {
            problems.add(new FieldProblem("name", "territory.subregion.name.taken"));
        }
        Set<String> powiats = units.current(settings.teryt(), Level.POWIAT, null).stream().map(Unit::teryt)
                .collect(Collectors.toSet());
        if (change.powiatTeryts().isEmpty()) {
            problems.add(new FieldProblem("powiatTeryts", "territory.subregion.powiats.required"));
        } else if (!powiats.containsAll(change.powiatTeryts())) {
            problems.add(new FieldProblem("powiatTeryts", "territory.subregion.powiats.unknown"));
        } else if (!subregions.powiatsTakenByOthers(change.powiatTeryts(), id).isEmpty()) {
            problems.add(new FieldProblem("powiatTeryts", "territory.subregion.powiats.taken"));
        }
        if (change.owesOrganisationId() != null) {
            OwesDirectory directory = owesDirectory.getIfAvailable();
            if (directory == null || directory.find(change.owesOrganisationId()).isEmpty()) {
                problems.add(new FieldProblem("owesOrganisationId", "territory.subregion.owes.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Two editors saved at once and the database constraint caught what the check could not yet see. */
    private static InvalidInputException duplicate(DuplicateKeyException race) {
        String message = String.valueOf(race.getMessage());
        return message.contains("subregion_powiat")
                ? InvalidInputException.of("powiatTeryts", "territory.subregion.powiats.taken")
                : InvalidInputException.of("name", "territory.subregion.name.taken");
    }

    private static ConflictException concurrentEdit(long id) {
        return new ConflictException("problem.concurrentEdit", "Subregion " + id + " was changed by someone else");
    }

    private Map<Long, Owes> owesById() {
        return owesChoices().stream().collect(Collectors.toMap(Owes::id, Function.identity(), (a, b) -> a));
    }

    private Subregion view(StoredSubregion stored, Map<Long, Owes> owes) {
        String owesName = null;
        if (stored.owesOrganisationId() != null) {
            Owes known = owes.get(stored.owesOrganisationId());
            if (known == null) {
                OwesDirectory directory = owesDirectory.getIfAvailable();
                known = directory == null ? null : directory.find(stored.owesOrganisationId()).orElse(null);
            }
            owesName = known == null ? null : known.name();
        }
        return new Subregion(stored.id(), stored.name(), stored.powiatTeryts(), stored.owesOrganisationId(), owesName,
                stored.version());
    }

    private static Map<String, Object> state(StoredSubregion subregion) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", subregion.name());
        state.put("powiats", String.join(", ", subregion.powiatTeryts()));
        state.put("owesOrganisationId", subregion.owesOrganisationId());
        return state;
    }
}
