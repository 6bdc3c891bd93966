package pl.koordynator.es.notifications.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-mails ({@code koordynator.mail.*}); the server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param from sender address of every e-mail
 */
@ConfigurationProperties("koordynator.mail")
public record MailSettings(@DefaultValue("koordynator@localhost") String from) {

    public MailSettings {
        if (from == null || from.isBlank()) {
            from = "koordynator@localhost";
        }
        from = from.strip();
    }
}
