package pl.koordynator.es.publicservices.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.publicservices.PublicTaskInput;
import pl.koordynator.es.publicservices.PublicTaskQuery;
import pl.koordynator.es.publicservices.PublicTaskView;
import pl.koordynator.es.publicservices.PublicTasks;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PlatformSettings;

/** Public tasks commissioned by JST in open calls: checked, audited, a stale version a conflict. */
@Service
@Transactional
public class PublicTaskService implements PublicTasks {

    static final String ENTITY = "PublicTask";

    private final PublicTaskRepository tasks;
    private final ProcurementChecks checks;
    private final PublicServicesAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    PublicTaskService(PublicTaskRepository tasks, ProcurementChecks checks, PublicServicesAccess access,
            AuditTrail audit, Clock clock, PlatformSettings settings) {
        this.tasks = tasks;
        this.checks = checks;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    @Override
    public PublicTaskView create(PublicTaskInput input) {
        return insert(input, true);
    }

    /** {@link #create} without a signed-in user, for data loaded at start-up (demo data). */
    public PublicTaskView createAtStartup(PublicTaskInput input) {
        return insert(input, false);
    }

    private PublicTaskView insert(PublicTaskInput input, boolean checkAccess) {
        OrganisationView jst = checks.jst(input.jstId());
        if (checkAccess) {
            access.requireWrite(jst.id());
        }
        ProcurementChecks.CheckedTask checked = checks.check(input, jst, today());
        long id = tasks.insert(checked, OffsetDateTime.now(clock));
        PublicTaskView created = tasks.find(id).orElseThrow();
        audit.created(ENTITY, id, state(created));
        return created;
    }

    @Override
    public PublicTaskView update(long id, long version, PublicTaskInput input) {
        PublicTaskRepository.Stored stored = lockWritable(id);
        if (stored.version() != version) {
            throw stale();
        }
        OrganisationView jst = checks.jst(input.jstId());
        access.requireWrite(jst.id());
        ProcurementChecks.CheckedTask checked = checks.check(input, jst, today());
        PublicTaskView before = tasks.find(id).orElseThrow();
        if (!tasks.update(id, version, checked, OffsetDateTime.now(clock))) {
            throw stale();
        }
        PublicTaskView after = tasks.find(id).orElseThrow();
        audit.updated(ENTITY, id, state(before), state(after));
        return after;
    }

    @Override
    public void delete(long id) {
        lockWritable(id);
        PublicTaskView before = tasks.find(id).orElseThrow();
        tasks.delete(id);
        audit.deleted(ENTITY, id, state(before));
    }

    @Override
    @Transactional(readOnly = true)
    public PublicTaskView task(long id) {
        return tasks.find(id).orElseThrow(() -> new NotFoundException("public task", id));
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<PublicTaskView> tasks(PublicTaskQuery query, Paging paging) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip().replace("%", "").replace("_", "");
            conditions.add("(t.call_title_search like '%' || registry_search_text(:text) || '%'"
                    + " or registry_search_text(t.jst_name) like '%' || registry_search_text(:text) || '%'"
                    + " or t.call_number ilike '%' || :text || '%')");
            params.put("text", text);
        }
        if (query.jstId() != null) {
            conditions.add("t.jst_id = :jstId");
            params.put("jstId", query.jstId());
        }
        if (query.year() != null) {
            if (query.year() < 1990 || query.year() > 2999) {
                throw InvalidInputException.of("year", ProcurementChecks.PREFIX + "year.invalid");
            }
            conditions.add("t.call_date >= :yearStart and t.call_date < :yearEnd");
            params.put("yearStart", LocalDate.of(query.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(query.year() + 1, 1, 1));
        }
        if (query.area() != null) {
            conditions.add("t.area = :area");
            params.put("area", query.area().name());
        }
        if (query.open() != null) {
            conditions.add(query.open() ? "t.offer_deadline >= :today"
                    : "(t.offer_deadline is null or t.offer_deadline < :today)");
            params.put("today", today());
        }
        if (query.winnerId() != null) {
            conditions.add("t.winner_id = :winnerId");
            params.put("winnerId", query.winnerId());
        }
        return tasks.page(conditions, params, paging);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicTaskView> openCalls() {
        return tasks.open(today());
    }

    private PublicTaskRepository.Stored lockWritable(long id) {
        PublicTaskRepository.Stored stored = tasks.lock(id).orElseThrow(() -> new NotFoundException("public task", id));
        access.requireWrite(stored.jstId());
        return stored;
    }

    private static ConflictException stale() {
        return new ConflictException(ProcurementChecks.PREFIX + "task.stale", "the public task was changed by someone else");
    }

    static Map<String, Object> state(PublicTaskView task) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("jstId", task.jstId());
        state.put("jstName", task.jstName());
        state.put("callTitle", task.callTitle());
        state.put("callNumber", task.callNumber());
        state.put("area", task.area());
        state.put("callDate", task.callDate());
        state.put("offerDeadline", task.offerDeadline());
        state.put("amount", task.amount());
        state.put("winnerId", task.winnerId());
        // a winner outside the register may be a person's name and NIP
        state.put("winnerName", task.winnerId() == null && task.winnerName() != null
                ? Personal.of(task.winnerName()) : task.winnerName());
        state.put("winnerNip", task.winnerId() == null && task.winnerNip() != null
                ? Personal.of(task.winnerNip()) : task.winnerNip());
        state.put("winnerPes", task.winnerPes());
        state.put("periodStart", task.periodStart());
        state.put("periodEnd", task.periodEnd());
        return state;
    }
}
