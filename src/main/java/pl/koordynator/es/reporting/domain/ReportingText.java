package pl.koordynator.es.reporting.domain;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders messages with arguments (a rule's position, an indicator's code) in the caller's
 * language; the rendered text travels as the field problem's message, which the API and the
 * pages show as it is.
 */
@Component
public class ReportingText {

    private final MessageSource messages;

    ReportingText(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /** In Polish regardless of the caller, for e-mails to Polish offices. */
    public String polish(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, java.util.Locale.forLanguageTag("pl"));
    }
}
