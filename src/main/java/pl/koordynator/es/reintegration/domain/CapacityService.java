package pl.koordynator.es.reintegration.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationChanged;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reintegration.CapacityInput;
import pl.koordynator.es.reintegration.FreePlaces;
import pl.koordynator.es.reintegration.ReferralPartyKind;
import pl.koordynator.es.reintegration.ReferralView;
import pl.koordynator.es.reintegration.ReintegrationCapacity;
import pl.koordynator.es.reintegration.UnitCapacity;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The units' places. Who may change them is {@link ReintegrationAccess#requireEditCapacity}; the public
 * answers are cached while the module's tables ("reintegration") are unchanged. The register's changes
 * reach the copied name, kind and place through {@link OrganisationChanged}, in the register's transaction,
 * so that the public lists never name a closed organisation.
 */
@Service
@Transactional
class CapacityService implements ReintegrationCapacity {

    static final String ENTITY = "ReintegrationCapacity";
    static final String STALE = "problem.concurrentEdit";

    private final CapacityRepository units;
    private final ReintegrationAccess access;
    private final Organisations organisations;
    private final Territory territory;
    private final AuditTrail audit;
    private final CachedAnswers<Long, Optional<UnitCapacity>> cachedUnits;
    private final CachedAnswers<String, List<CapacityRepository.UnitTotals>> cachedTotals;

    CapacityService(CapacityRepository units, ReintegrationAccess access, Organisations organisations,
            Territory territory, AuditTrail audit, DataChanges changes) {
        this.units = units;
        this.access = access;
        this.organisations = organisations;
        this.territory = territory;
        this.audit = audit;
        this.cachedUnits = changes.cache(512, "reintegration");
        this.cachedTotals = changes.cache(1, "reintegration");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UnitCapacity> find(long organisationId) {
        return cachedUnits.get(organisationId, () -> units.find(organisationId));
    }

    @Override
    @Transactional(readOnly = true)
    public UnitCapacity capacity(long organisationId) {
        return find(organisationId).orElseThrow(() -> new NotFoundException("reintegration unit", organisationId));
    }

    @Override
    public UnitCapacity save(long organisationId, CapacityInput input) {
        OrganisationView organisation = organisations.find(organisationId)
                .filter(o -> o.status() != OrganisationStatus.CLOSED)
                .orElseThrow(() -> new NotFoundException("organisation", organisationId));
        ReferralView.Party unit = access.receivingParty(organisationId)
                .orElseThrow(() -> InvalidInputException.of("organisationId", "reintegration.capacity.error.notUnit"));
        access.requireEditCapacity(organisationId);
        List<UnitCapacity.Line> lines = validated(input);
        Optional<UnitCapacity> before = units.find(organisationId);
        var today = access.today();
        if (before.isEmpty()) {
            if (input.version() != null && input.version() != 0 || !insert(unit, organisation, today)) {
                throw stale(organisationId);
            }
        } else if (input.version() == null || !units.updateUnit(unit, organisation.gminaTeryt(), today, input.version())) {
            throw stale(organisationId);
        }
        units.replaceLines(organisationId, lines);
        UnitCapacity after = units.find(organisationId).orElseThrow();
        if (before.isEmpty()) {
            audit.created(ENTITY, organisationId, state(after));
        } else {
            audit.updated(ENTITY, organisationId, state(before.get()), state(after));
        }
        return after;
    }

    private boolean insert(ReferralView.Party unit, OrganisationView organisation, java.time.LocalDate today) {
        try {
            return units.insertUnit(unit, organisation.gminaTeryt(), today);
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public ReferralView.Party requireEditable(long organisationId) {
        ReferralView.Party unit = access.receivingParty(organisationId)
                .orElseThrow(() -> new NotFoundException("reintegration unit", organisationId));
        access.requireEditCapacity(organisationId);
        return unit;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayEdit(long organisationId) {
        return access.mayEditCapacity(organisationId);
    }

    @Override
    @Transactional(readOnly = true)
    public FreePlaces freePlaces(String powiatTeryt, ReferralPartyKind kind) {
        Map<String, String> powiatNames = new LinkedHashMap<>();
        for (Unit powiat : territory.units(Level.POWIAT, null)) {
            powiatNames.put(powiat.teryt(), powiat.name());
        }
        String powiat = powiatTeryt == null || powiatTeryt.isBlank() ? null : powiatTeryt.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (powiat != null && !powiatNames.containsKey(powiat)) {
            problems.add(new FieldProblem("powiat", "reintegration.capacity.error.powiat"));
        }
        if (kind != null && !kind.receives()) {
            problems.add(new FieldProblem("kind", "reintegration.capacity.error.kind"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<CapacityRepository.UnitTotals> chosen = cachedTotals.get("all", units::totals).stream()
                .filter(u -> powiat == null || powiat.equals(u.powiatTeryt()))
                .filter(u -> kind == null || kind == u.kind()).toList();
        Map<String, List<CapacityRepository.UnitTotals>> byPowiat = chosen.stream()
                .collect(Collectors.groupingBy(CapacityRepository.UnitTotals::powiatTeryt, LinkedHashMap::new,
                        Collectors.toList()));
        List<FreePlaces.Powiat> powiats = byPowiat.entrySet().stream()
                .map(e -> new FreePlaces.Powiat(e.getKey(), powiatNames.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue().size(), sum(e.getValue(), CapacityRepository.UnitTotals::places),
                        sum(e.getValue(), CapacityRepository.UnitTotals::occupied),
                        sum(e.getValue(), CapacityRepository.UnitTotals::free),
                        sum(e.getValue(), CapacityRepository.UnitTotals::waiting)))
                .sorted(Comparator.comparing(FreePlaces.Powiat::name, Comparator.comparing(s -> s.toLowerCase(Locale.ROOT))))
                .toList();
        List<FreePlaces.Unit> withFree = chosen.stream().filter(u -> u.free() > 0)
                .sorted(Comparator.comparingInt(CapacityRepository.UnitTotals::free).reversed()
                        .thenComparing(CapacityRepository.UnitTotals::name))
                .map(CapacityRepository.UnitTotals::asUnit).toList();
        return new FreePlaces(powiats, withFree);
    }

    private static int sum(List<CapacityRepository.UnitTotals> units,
            java.util.function.ToIntFunction<CapacityRepository.UnitTotals> value) {
        return units.stream().mapToInt(value).sum();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferralView.Party> editableUnits() {
        Caller caller = access.caller();
        if (caller.admin()) {
            Map<Long, ReferralView.Party> found = new LinkedHashMap<>();
            // social enterprises are PES of any kind with a dated status: they join the list once they report
            for (Kind kind : List.of(Kind.CIS, Kind.KIS, Kind.ZAZ, Kind.WTZ)) {
                organisations.ofKind(kind).stream().map(ReintegrationAccess::asParty).flatMap(Optional::stream)
                        .forEach(party -> found.put(party.id(), party));
            }
            units.reportedUnits().forEach(party -> found.putIfAbsent(party.id(), party));
            return found.values().stream().sorted(Comparator.comparing(ReferralView.Party::name)
                    .thenComparingLong(ReferralView.Party::id)).toList();
        }
        if (caller.pesId() == null) {
            return List.of();
        }
        return access.receivingParty(caller.pesId()).stream().toList();
    }

    /**
     * The register changed an organisation that reported places: the copy follows its name, kind and place;
     * one that is closed or no longer a unit (a social enterprise whose status was withdrawn) offers no
     * places any more, and its figures go.
     */
    @EventListener
    void on(OrganisationChanged changed) {
        if (!units.exists(changed.id())) {
            return;
        }
        Optional<ReferralView.Party> unit = access.receivingParty(changed.id());
        Optional<OrganisationView> organisation = organisations.find(changed.id());
        if (unit.isPresent() && organisation.isPresent()) {
            units.refreshCopy(changed.id(), unit.get().name(), unit.get().kind(), organisation.get().gminaTeryt());
            return;
        }
        units.find(changed.id()).ifPresent(before -> {
            units.delete(changed.id());
            audit.deleted(ENTITY, changed.id(), state(before));
        });
    }

    /** The lines as the service keeps them; every problem names its line's field. */
    static List<UnitCapacity.Line> validated(CapacityInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        List<CapacityInput.LineInput> lines = input == null ? List.of() : input.lines();
        if (lines.isEmpty()) {
            problems.add(new FieldProblem("lines", "reintegration.capacity.error.noLines"));
        } else if (lines.size() > CapacityInput.MAX_LINES) {
            problems.add(new FieldProblem("lines", "reintegration.capacity.error.tooManyLines",
                    new Object[] {CapacityInput.MAX_LINES}));
        }
        List<UnitCapacity.Line> valid = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size() && i < CapacityInput.MAX_LINES; i++) {
            CapacityInput.LineInput line = lines.get(i);
            String field = "lines[" + i + "].";
            if (line == null) {
                problems.add(new FieldProblem(field + "programme", "reintegration.capacity.error.programme"));
                continue;
            }
            String programme = line.programme() == null ? null : line.programme().strip().replaceAll("\\s+", " ");
            if (programme == null || programme.isEmpty()) {
                problems.add(new FieldProblem(field + "programme", "reintegration.capacity.error.programme"));
            } else if (programme.length() > CapacityInput.MAX_PROGRAMME) {
                problems.add(new FieldProblem(field + "programme", "reintegration.capacity.error.programmeLength",
                        new Object[] {CapacityInput.MAX_PROGRAMME}));
            } else if (!names.add(programme.toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(field + "programme", "reintegration.capacity.error.programmeTwice"));
            }
            Integer places = number(line.places(), field + "places", problems);
            Integer occupied = number(line.occupied(), field + "occupied", problems);
            Integer waiting = number(line.waiting(), field + "waiting", problems);
            if (places != null && occupied != null && occupied > places) {
                problems.add(new FieldProblem(field + "occupied", "reintegration.capacity.error.occupied"));
            }
            if (programme != null && places != null && occupied != null && waiting != null) {
                valid.add(new UnitCapacity.Line(programme, places, occupied, places - occupied, waiting));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return valid;
    }

    private static Integer number(Integer value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "reintegration.capacity.error.required"));
            return null;
        }
        if (value < 0 || value > CapacityInput.MAX_NUMBER) {
            problems.add(new FieldProblem(field, "reintegration.capacity.error.range",
                    new Object[] {CapacityInput.MAX_NUMBER}));
            return null;
        }
        return value;
    }

    /** What the audit trail keeps: numbers and programme names, nothing about any person. */
    private static Map<String, Object> state(UnitCapacity unit) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("updatedOn", unit.updatedOn());
        state.put("lines", unit.lines().stream()
                .map(l -> l.programme() + ": " + l.places() + "/" + l.occupied() + "/" + l.waiting())
                .collect(Collectors.joining("; ")));
        state.put("places", unit.places());
        state.put("occupied", unit.occupied());
        state.put("waiting", unit.waiting());
        return state;
    }

    private static ConflictException stale(long organisationId) {
        return new ConflictException(STALE, "the places of unit " + organisationId + " were changed by someone else");
    }
}
