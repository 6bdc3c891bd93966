package pl.koordynator.es.registry.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;

/**
 * The register's key figures for the public home page: active PES, and those of them holding the
 * social enterprise status today. The same organisations a visitor finds in the register (active
 * PES only), so the figure and the list it links to agree.
 */
@Component
public class RegistryPublicFigures {

    /** Active PES, and social enterprises among them. */
    public record Figures(long activePes, long socialEnterprises) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CachedAnswers<Instant, Figures> answers;

    RegistryPublicFigures(JdbcClient jdbc, Clock clock, DataChanges changes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.answers = changes.cache(2, "registry");
    }

    /** The hour is part of the key because a PS status starts and lapses with the date alone. */
    @Transactional(readOnly = true)
    public Figures figures() {
        return answers.get(clock.instant().truncatedTo(ChronoUnit.HOURS), () -> jdbc.sql("""
                        select count(*),
                            count(*) filter (where o.social_enterprise_since <= current_date
                                and (o.social_enterprise_until is null or o.social_enterprise_until >= current_date))
                        from organisation o where o.status = 'ACTIVE' and o.kind in (:pes)""")
                .param("pes", Kind.pesKinds().stream().map(Kind::name).toList())
                .query((rs, row) -> new Figures(rs.getLong(1), rs.getLong(2))).single());
    }
}
