package pl.koordynator.es.statistics.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.privacy.PersonalDataRetention;
import pl.koordynator.es.privacy.PrivacySettings;

/**
 * Uploaded statistics files are emptied once the import period has passed since they were
 * applied (or, never applied, since they were checked); the import's report stays readable.
 */
@Component
class StatisticsRetention implements PersonalDataRetention {

    static final String IMPORT_FILES = "statistics.importFiles";

    private final JdbcClient jdbc;

    StatisticsRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Removed> removeExpired(PrivacySettings settings, Instant now) {
        int files = jdbc.sql("""
                update statistics_import set content = decode('', 'hex')
                where coalesce(applied_at, created_at) < :before and octet_length(content) > 0""")
                .param("before", OffsetDateTime.ofInstant(now.minus(settings.importFiles()), ZoneOffset.UTC))
                .update();
        return List.of(new Removed(IMPORT_FILES, files));
    }
}
