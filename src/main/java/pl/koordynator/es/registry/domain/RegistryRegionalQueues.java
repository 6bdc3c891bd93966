package pl.koordynator.es.registry.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.registry.Kind;

/**
 * The register as ROPS's dashboard sees it: register imports that failed lately and the key
 * figures of the region, each in one query. Callers check the role.
 */
@Component
public class RegistryRegionalQueues {

    /** A failed import is news for this long; after that it is history, not work. */
    public static final int FAILED_IMPORT_DAYS = 30;

    /** {@code failure} is a message key saying what was wrong with the whole file. */
    public record FailedImport(long id, String fileName, String failure, OffsetDateTime createdAt) {
    }

    public record FailedImports(long total, List<FailedImport> first) {
    }

    /** Active PES, and active organisations holding the social enterprise (PS) status today. */
    public record Figures(long activePes, long socialEnterprises) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RegistryRegionalQueues(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Imports of anyone that failed in the last {@value #FAILED_IMPORT_DAYS} days, the newest first. */
    @Transactional(readOnly = true)
    public FailedImports failedImports(int first) {
        long[] total = {0};
        List<FailedImport> imports = new ArrayList<>();
        jdbc.sql("""
                select id, file_name, failure, created_at, count(*) over () as total from organisation_import
                where status = 'FAILED' and created_at >= :since order by created_at desc, id desc limit :first""")
                .param("since", OffsetDateTime.now(clock).minusDays(FAILED_IMPORT_DAYS)).param("first", first)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return imports.add(new FailedImport(rs.getLong("id"), rs.getString("file_name"),
                            rs.getString("failure"), rs.getObject("created_at", OffsetDateTime.class)));
                }).list();
        return new FailedImports(total[0], imports);
    }

    /** The same counts as the register's public search and its PS filter give. */
    @Transactional(readOnly = true)
    public Figures figures() {
        return jdbc.sql("""
                select count(*) filter (where kind in (:pes)) as pes,
                    count(*) filter (where social_enterprise_since <= current_date
                        and (social_enterprise_until is null or social_enterprise_until >= current_date)) as se
                from organisation where status = 'ACTIVE'""")
                .param("pes", Kind.pesKinds().stream().map(Kind::name).toList())
                .query((rs, n) -> new Figures(rs.getLong("pes"), rs.getLong("se"))).single();
    }
}
