package pl.koordynator.es.reintegration.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.privacy.PersonalDataRetention;
import pl.koordynator.es.privacy.PrivacySettings;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Referrals closed (rejected, cancelled, completed or interrupted) more than
 * {@code koordynator.reintegration.retention-years} years ago, counted in the region's days, are erased
 * with their history and follow-ups; so are the read log's rows older than that. The anonymous
 * statistic rows stay (the database sets their {@code referral_id} to null), so the aggregates of every
 * year keep their counts. Run daily by the privacy module's retention job; each kind is one statement,
 * so a repeated run removes nothing twice.
 */
@Component
class ReintegrationRetention implements PersonalDataRetention {

    static final String REFERRALS = "reintegration.referrals";
    static final String READS = "reintegration.reads";

    private final JdbcClient jdbc;
    private final ReintegrationSettings settings;
    private final PlatformSettings platform;

    ReintegrationRetention(JdbcClient jdbc, ReintegrationSettings settings, PlatformSettings platform) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.platform = platform;
    }

    @Override
    public List<Removed> removeExpired(PrivacySettings privacy, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, platform.timeZone());
        LocalDate closedBefore = today.minusYears(settings.retentionYears());
        int referrals = jdbc.sql("delete from reintegration_referral where closed_on < :before")
                .param("before", closedBefore).update();
        OffsetDateTime readBefore = closedBefore.atStartOfDay(platform.timeZone()).toOffsetDateTime();
        int reads = jdbc.sql("delete from reintegration_read where read_at < :before")
                .param("before", readBefore).update();
        return List.of(new Removed(REFERRALS, referrals), new Removed(READS, reads));
    }
}
