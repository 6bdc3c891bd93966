package pl.koordynator.es.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code koordynator.reporting.*}: how many days before a report's deadline its OWES is reminded
 * (daily until it submits, also after the deadline has passed).
 */
@ConfigurationProperties("koordynator.reporting")
public record ReportingSettings(@DefaultValue("7") int reminderDays) {
}
