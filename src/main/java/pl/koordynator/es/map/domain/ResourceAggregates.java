package pl.koordynator.es.map.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import pl.koordynator.es.registry.GminaResources;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationChanged;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.DataChanges;

/**
 * The register's counts per gmina, kept in {@code map_gmina_resource}. They are recomputed in the
 * transaction that changed the register, just before it commits, so the next request sees them:
 * only the gminas it touched, and an import of thousands of rows costs one recount, not one per row. A daily run catches
 * social enterprise statuses that lapse with the date alone.
 */
@Component
public class ResourceAggregates {

    private static final Logger log = LoggerFactory.getLogger(ResourceAggregates.class);
    private static final Object PENDING = ResourceAggregates.class.getName() + ".pending";
    /** Serialises recomputations of concurrent transactions (see {@link #refresh()}). */
    private static final long LOCK = 0x6d61705f72657372L;
    /** Beyond this many gminas one pass over the whole register is cheaper than a filtered one. */
    private static final int PARTIAL_LIMIT = 40;

    private static final List<String> REGISTRY = List.of("registry");

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final DataChanges changes;

    ResourceAggregates(JdbcClient jdbc, Organisations organisations, DataChanges changes) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.changes = changes;
    }

    /**
     * Synchronous on purpose: an asynchronous listener after commit would leave a window in which
     * the map disagrees with the register. The gminas a transaction touched are collected and
     * recounted once, just before it commits.
     */
    @EventListener
    void on(OrganisationChanged change) {
        Set<String> touched = new HashSet<>();
        if (change.gminaTeryt() != null) {
            touched.add(change.gminaTeryt());
        }
        if (change.previousGminaTeryt() != null) {
            touched.add(change.previousGminaTeryt());
        }
        if (touched.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(touched);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending != null) {
            pending.addAll(touched);
            return;
        }
        Set<String> gminas = new HashSet<>(touched);
        TransactionSynchronizationManager.bindResource(PENDING, gminas);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                refresh(gminas);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
            }
        });
    }

    @Scheduled(cron = "${koordynator.map.refresh-cron:0 5 0 * * *}")
    @SchedulerLock(name = "map.resource-recount", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    public void refreshDaily() {
        refresh();
    }

    /**
     * Whether the counts are the register's as it is now: no change to the register's tables since
     * the last full recount (by anyone: the counter is raised by triggers). False when unsure.
     */
    @Transactional(readOnly = true)
    public boolean current() {
        List<Long> recorded = jdbc.sql("select registry_changes from map_recount").query(Long.class).list();
        return !recorded.isEmpty() && recorded.get(0) == changes.version(REGISTRY);
    }

    /** Recounts every gmina (at start-up, daily, and when a transaction touched many). */
    @Transactional
    public void refresh() {
        refresh(null);
    }

    /**
     * Replaces the counts of these gminas (all when null) with what the register says now.
     * Concurrent transactions take turns on an advisory lock, so the second one sees the first
     * one's rows once committed.
     */
    void refresh(Set<String> gminas) {
        long started = System.nanoTime();
        boolean all = gminas == null || gminas.size() > PARTIAL_LIMIT;
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().listOfRows();
        if (all) {
            // read before the register: a change committed in between makes the next start recount, never miss it
            long registryChanges = changes.version(REGISTRY);
            jdbc.sql("""
                    insert into map_recount (single, registry_changes) values (true, :changes)
                    on conflict (single) do update set registry_changes = excluded.registry_changes""")
                    .param("changes", registryChanges).update();
        }
        List<GminaResources> resources = all ? organisations.resourcesByGmina() : organisations.resourcesByGmina(gminas);
        List<String> teryts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (GminaResources gmina : resources) {
            rows(gmina).forEach((code, value) -> {
                if (value != 0) {
                    teryts.add(gmina.gminaTeryt());
                    codes.add(code);
                    values.add(BigDecimal.valueOf(value));
                }
            });
        }
        if (all) {
            jdbc.sql("delete from map_gmina_resource").update();
        } else {
            jdbc.sql("delete from map_gmina_resource where gmina_teryt in (:gminas)").param("gminas", gminas).update();
        }
        jdbc.sql("""
                insert into map_gmina_resource (gmina_teryt, code, value)
                select * from unnest(cast(:gminas as varchar[]), cast(:codes as varchar[]), cast(:values as numeric[]))
                """)
                .param("gminas", teryts.toArray(String[]::new)).param("codes", codes.toArray(String[]::new))
                .param("values", values.toArray(BigDecimal[]::new)).update();
        log.debug("Map resources of {} gminas recomputed in {} ms", all ? "all" : gminas.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Counts of one register indicator by gmina; gminas without any are absent (zero). */
    public Map<String, BigDecimal> values(String code) {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.sql("select gmina_teryt, value from map_gmina_resource where code = :code").param("code", code)
                .query((rs, n) -> values.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return values;
    }

    static Map<String, Long> rows(GminaResources gmina) {
        Map<String, Long> rows = new HashMap<>();
        rows.put(LiveIndicators.PES_ACTIVE, gmina.activePes());
        rows.put(LiveIndicators.SOCIAL_ENTERPRISES, gmina.socialEnterprises());
        rows.put(LiveIndicators.REINTEGRATION_PLACES, gmina.reintegrationPlaces());
        rows.put(LiveIndicators.PES_JOBS, gmina.pesJobs());
        rows.put(LiveIndicators.PES_JOBS_AT_RISK, gmina.pesJobsAtRisk());
        for (Kind kind : Kind.pesKinds()) {
            rows.put(LiveIndicators.activeOfKind(kind), gmina.activePesByKind().getOrDefault(kind, 0L));
        }
        return rows;
    }
}
