package pl.koordynator.es.reintegration.domain;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code koordynator.reintegration.*}.
 *
 * @param personKey          the secret of the person keys, Base64 of at least 32 bytes; when empty it is read from
 *                           {@code personKeyFile}, which is made on the first start
 * @param personKeyFile      where the secret is kept when not given; empty: {@code <data-dir>/secrets/reintegration-person.key}
 * @param retentionYears     referrals closed longer ago than this are erased (their anonymous counts stay)
 * @param remindersCron      when the reminders of follow-ups due go to the receiving units
 */
@ConfigurationProperties("koordynator.reintegration")
public record ReintegrationSettings(String personKey, Path personKeyFile, @DefaultValue("5") int retentionYears,
        @DefaultValue("0 10 7 * * *") String remindersCron) {
}
