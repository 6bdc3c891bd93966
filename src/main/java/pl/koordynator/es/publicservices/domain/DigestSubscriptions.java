package pl.koordynator.es.publicservices.domain;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.publicservices.DigestSubscription;
import pl.koordynator.es.publicservices.domain.MatchingAccess.Viewer;

/**
 * A PES's or OWES's choice of the daily digest ({@code publicservices_digest_subscription}), made by
 * its own account for its own organisation; {@link MatchingDigest} claims the day on the same row.
 * Runs in the caller's transaction.
 */
@Component
class DigestSubscriptions {

    private final MatchingAccess access;
    private final JdbcClient jdbc;

    DigestSubscriptions(MatchingAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    DigestSubscription ofCaller() {
        long organisationId = access.digestOrganisation(access.viewer());
        return jdbc.sql("select opted_in, last_digest_on from publicservices_digest_subscription"
                + " where organisation_id = :id").param("id", organisationId)
                .query((rs, n) -> new DigestSubscription(organisationId, rs.getBoolean(1),
                        rs.getObject(2, LocalDate.class)))
                .optional().orElse(new DigestSubscription(organisationId, false, null));
    }

    DigestSubscription setForCaller(boolean optedIn) {
        Viewer viewer = access.viewer();
        long organisationId = access.digestOrganisation(viewer);
        jdbc.sql("""
                insert into publicservices_digest_subscription (organisation_id, opted_in, changed_by, changed_at)
                values (:id, :in, :by, now())
                on conflict (organisation_id) do update set opted_in = excluded.opted_in,
                    changed_by = excluded.changed_by, changed_at = now()""")
                .param("id", organisationId).param("in", optedIn).param("by", viewer.userId()).update();
        return ofCaller();
    }
}
