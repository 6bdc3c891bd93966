package pl.koordynator.es.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code koordynator.privacy.*}: how long personal data that is no longer needed is kept.
 *
 * @param accessibilityNeeds how long after an event its participants' accessibility needs are kept
 * @param notificationBodies how long the text of a sent e-mail is kept in the outbox
 * @param importFiles        how long after an import job ended its uploaded file is kept
 * @param retentionCron      when the daily removal runs (in the region's time zone)
 */
@ConfigurationProperties("koordynator.privacy")
public record PrivacySettings(@DefaultValue("30d") Duration accessibilityNeeds,
        @DefaultValue("180d") Duration notificationBodies,
        @DefaultValue("7d") Duration importFiles,
        @DefaultValue("0 30 3 * * *") String retentionCron) {
}
