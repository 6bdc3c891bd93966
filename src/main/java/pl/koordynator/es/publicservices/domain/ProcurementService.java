package pl.koordynator.es.publicservices.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.publicservices.ClauseType;
import pl.koordynator.es.publicservices.LotView;
import pl.koordynator.es.publicservices.ProcurementInput;
import pl.koordynator.es.publicservices.ProcurementQuery;
import pl.koordynator.es.publicservices.ProcurementSaved;
import pl.koordynator.es.publicservices.ProcurementSource;
import pl.koordynator.es.publicservices.ProcurementSummary;
import pl.koordynator.es.publicservices.ProcurementView;
import pl.koordynator.es.publicservices.Procurements;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Procurements and their lots: checked as a whole, written as a whole (a write replaces the lots),
 * serialised on the procurement's row; a stale version is a conflict, never a silent overwrite.
 * Every write is audited and announced as {@link ProcurementSaved}.
 */
@Service
@Transactional
public class ProcurementService implements Procurements {

    static final String ENTITY = "Procurement";

    private final ProcurementRepository procurements;
    private final ProcurementChecks checks;
    private final PublicServicesAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    ProcurementService(ProcurementRepository procurements, ProcurementChecks checks, PublicServicesAccess access,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, PlatformSettings settings) {
        this.procurements = procurements;
        this.checks = checks;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    /** Today in the region. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    @Override
    public ProcurementView create(ProcurementInput input) {
        return insert(input, ProcurementSource.MANUAL, true);
    }

    @Override
    public ProcurementView update(long id, long version, ProcurementInput input) {
        ProcurementRepository.Stored stored = lockWritable(id);
        if (stored.version() != version) {
            throw stale();
        }
        return replace(stored, input, ProcurementSource.MANUAL, true);
    }

    @Override
    public void delete(long id) {
        lockWritable(id);
        ProcurementView before = procurements.find(id).orElseThrow();
        procurements.delete(id);
        audit.deleted(ENTITY, id, state(before));
    }

    @Override
    @Transactional(readOnly = true)
    public ProcurementView procurement(long id) {
        return procurements.find(id).orElseThrow(() -> new NotFoundException("procurement", id));
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<ProcurementSummary> procurements(ProcurementQuery query, Paging paging) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip().replace("%", "").replace("_", "");
            conditions.add("(p.title_search like '%' || registry_search_text(:text) || '%'"
                    + " or registry_search_text(p.buyer_name) like '%' || registry_search_text(:text) || '%'"
                    + " or p.notice_number ilike '%' || :text || '%' or p.ocds_id = :text)");
            params.put("text", text);
        }
        if (query.buyerId() != null) {
            conditions.add("p.buyer_id = :buyerId");
            params.put("buyerId", query.buyerId());
        }
        if (query.year() != null) {
            if (query.year() < 1990 || query.year() > 2999) {
                throw InvalidInputException.of("year", ProcurementChecks.PREFIX + "year.invalid");
            }
            conditions.add("p.notice_date >= :yearStart and p.notice_date < :yearEnd");
            params.put("yearStart", LocalDate.of(query.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(query.year() + 1, 1, 1));
        }
        if (query.teryt() != null && !query.teryt().isBlank()) {
            String teryt = query.teryt().strip();
            if (teryt.matches("\\d{7}")) {
                conditions.add("p.buyer_gmina_teryt = :teryt");
            } else if (teryt.matches("\\d{4}")) {
                conditions.add("p.buyer_powiat_teryt = :teryt");
            } else {
                throw InvalidInputException.of("teryt", ProcurementChecks.PREFIX + "teryt.invalid");
            }
            params.put("teryt", teryt);
        }
        if (query.clause() != null) {
            conditions.add("exists (select 1 from publicservices_lot l where l.procurement_id = p.id and "
                    + clauseCondition(query.clause()) + ")");
        }
        if (query.withClauses() != null) {
            conditions.add((query.withClauses() ? "" : "not ")
                    + "exists (select 1 from publicservices_lot l where l.procurement_id = p.id and l.has_clause)");
        }
        if (query.open() != null) {
            conditions.add(query.open() ? "p.bid_deadline >= :today"
                    : "(p.bid_deadline is null or p.bid_deadline < :today)");
            params.put("today", today());
        }
        if (query.wonBy() != null) {
            conditions.add("exists (select 1 from publicservices_lot l where l.procurement_id = p.id"
                    + " and l.result = 'AWARDED' and l.contractor_id = :wonBy)");
            params.put("wonBy", query.wonBy());
        }
        return procurements.page(conditions, params, paging);
    }

    static String clauseCondition(ClauseType clause) {
        return switch (clause) {
            case RESERVED_ART94 -> "l.reserved_art94 is not null";
            case EMPLOYMENT_CONTRACT_ART95 -> "l.employment_contract_art95";
            case EMPLOYMENT_ART96 -> "l.employment_art96_group is not null";
            case SOCIAL_CRITERION -> "l.social_criterion_weight is not null";
            case RESERVED_ART361 -> "l.reserved_art361";
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProcurementView> findByReference(String ocdsId, String noticeNumber) {
        Optional<Long> id = Optional.ofNullable(ProcurementChecks.text(ocdsId)).flatMap(procurements::idByOcdsId);
        if (id.isEmpty()) {
            id = Optional.ofNullable(ProcurementChecks.text(noticeNumber)).flatMap(procurements::idByNoticeNumber);
        }
        return id.flatMap(procurements::find);
    }

    /**
     * A refused procurement (a bad value, not the caller's) is refused before anything is written, so
     * it does not doom the importer's transaction: an import may go on checking its other rows.
     */
    @Override
    @Transactional(noRollbackFor = {InvalidInputException.class, AccessDeniedException.class})
    public ProcurementView save(ProcurementInput input, ProcurementSource source) {
        return save(input, source, true);
    }

    /**
     * {@link #save} without a signed-in user, for data loaded at start-up (demo data): no access check,
     * the audit names the system as the actor.
     */
    public ProcurementView saveAtStartup(ProcurementInput input, ProcurementSource source) {
        return save(input, source, false);
    }

    private ProcurementView save(ProcurementInput input, ProcurementSource source, boolean checkAccess) {
        Optional<ProcurementView> existing = findByReference(input.ocdsId(), input.noticeNumber());
        if (existing.isEmpty()) {
            return insert(input, source, checkAccess);
        }
        long id = existing.get().id();
        ProcurementRepository.Stored stored = checkAccess ? lockWritable(id)
                : procurements.lock(id).orElseThrow(() -> new NotFoundException("procurement", id));
        return replace(stored, input, source, checkAccess);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProcurementView> openForBids() {
        return procurements.openIds(today()).stream().map(id -> procurements.find(id).orElseThrow()).toList();
    }

    private ProcurementView insert(ProcurementInput input, ProcurementSource source, boolean checkAccess) {
        OrganisationView buyer = checks.buyer(input.buyerId());
        if (checkAccess) {
            access.requireWrite(buyer.id());
        }
        ProcurementChecks.CheckedProcurement checked = checks.check(input, buyer, null, today());
        long id;
        try {
            id = procurements.insert(checked, source, OffsetDateTime.now(clock));
        } catch (DuplicateKeyException raced) {
            throw duplicate(raced);
        }
        ProcurementView created = procurements.find(id).orElseThrow();
        audit.created(ENTITY, id, state(created));
        events.publishEvent(new ProcurementSaved(id));
        return created;
    }

    private ProcurementView replace(ProcurementRepository.Stored stored, ProcurementInput input,
            ProcurementSource source, boolean checkAccess) {
        OrganisationView buyer = checks.buyer(input.buyerId());
        if (checkAccess) {
            // a partner may not hand its procurement over to another buyer either
            access.requireWrite(buyer.id());
        }
        ProcurementChecks.CheckedProcurement checked = checks.check(input, buyer, stored.id(), today());
        ProcurementView before = procurements.find(stored.id()).orElseThrow();
        boolean written;
        try {
            written = procurements.update(stored.id(), stored.version(), checked, source, OffsetDateTime.now(clock));
        } catch (DuplicateKeyException raced) {
            throw duplicate(raced);
        }
        if (!written) {
            throw stale();
        }
        ProcurementView after = procurements.find(stored.id()).orElseThrow();
        audit.updated(ENTITY, stored.id(), state(before), state(after));
        events.publishEvent(new ProcurementSaved(stored.id()));
        return after;
    }

    /** The procurement locked for a write by who may write it: 404 when there is none, 403 when not theirs. */
    private ProcurementRepository.Stored lockWritable(long id) {
        ProcurementRepository.Stored stored = procurements.lock(id)
                .orElseThrow(() -> new NotFoundException("procurement", id));
        access.requireWrite(stored.buyerId());
        return stored;
    }

    /** Another writer took the notice number or OCDS id between the check and the write. */
    private static InvalidInputException duplicate(DuplicateKeyException raced) {
        boolean ocds = String.valueOf(raced.getMessage()).contains("publicservices_procurement_ocds");
        return ocds ? InvalidInputException.of("ocdsId", ProcurementChecks.PREFIX + "ocdsId.taken")
                : InvalidInputException.of("noticeNumber", ProcurementChecks.PREFIX + "noticeNumber.taken");
    }

    private static ConflictException stale() {
        return new ConflictException(ProcurementChecks.PREFIX + "procurement.stale",
                "the procurement was changed by someone else");
    }

    static Map<String, Object> state(ProcurementView procurement) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("buyerId", procurement.buyerId());
        state.put("buyerName", procurement.buyerName());
        state.put("title", procurement.title());
        state.put("noticeNumber", procurement.noticeNumber());
        state.put("ocdsId", procurement.ocdsId());
        state.put("cpvCodes", String.join(", ", procurement.cpvCodes()));
        state.put("estimatedValue", procurement.estimatedValue());
        state.put("awardedValue", procurement.awardedValue());
        state.put("valueComment", procurement.valueComment());
        state.put("procedure", procurement.procedure());
        state.put("noticeDate", procurement.noticeDate());
        state.put("bidDeadline", procurement.bidDeadline());
        state.put("gminaTeryt", procurement.gminaTeryt());
        state.put("source", procurement.source());
        for (LotView lot : procurement.lots()) {
            String prefix = "lot" + lot.number() + ".";
            state.put(prefix + "title", lot.title());
            state.put(prefix + "estimatedValue", lot.estimatedValue());
            state.put(prefix + "clauses", lot.clauses().stream().map(Enum::name).toList().toString());
            state.put(prefix + "reservedArt94", lot.reservedArt94());
            state.put(prefix + "employmentArt96", lot.employmentArt96Group() == null ? null
                    : lot.employmentArt96Group() + " " + lot.employmentArt96Persons() + "×"
                            + lot.employmentArt96Months());
            state.put(prefix + "socialCriterionWeight", lot.socialCriterionWeight());
            state.put(prefix + "socialServicesArt359", lot.socialServicesArt359());
            state.put(prefix + "result", lot.result());
            state.put(prefix + "bidsReceived", lot.bidsReceived());
            state.put(prefix + "contractorId", lot.contractorId());
            // a contractor outside the register may be a sole trader: a person's name and NIP
            state.put(prefix + "contractorName", lot.contractorId() == null && lot.contractorName() != null
                    ? Personal.of(lot.contractorName()) : lot.contractorName());
            state.put(prefix + "contractorNip", lot.contractorId() == null && lot.contractorNip() != null
                    ? Personal.of(lot.contractorNip()) : lot.contractorNip());
            state.put(prefix + "contractValue", lot.contractValue());
            state.put(prefix + "contractStart", lot.contractStart());
            state.put(prefix + "contractEnd", lot.contractEnd());
            state.put(prefix + "personsEmployed", lot.personsEmployed());
        }
        return state;
    }
}
