package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import pl.koordynator.es.programme.ProgrammeProgress;
import pl.koordynator.es.programme.ProgressStatus;

/** The report's words in one language: labels, statuses, levels, numbers as that language writes them. */
final class ReportTexts {

    /** Numbers as the platform's pages write them in either language (1 234,5), so a report matches its page. */
    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    private final MessageSource messages;
    private final Locale locale;

    ReportTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String title(ProgrammeProgress progress) {
        String title = get("programme.report.title", progress.name(), String.valueOf(progress.year()));
        return progress.demo() ? title + " " + get("programme.report.demo") : title;
    }

    String kind(String kind) {
        return get("programme.page.level." + kind);
    }

    /** An action's status (PLANNED, ONGOING, DONE, ABANDONED) in words; a code without words as it is. */
    String actionStatus(String code) {
        return code == null ? null : messages.getMessage("programme.page.actionStatus." + code, null, code, locale);
    }

    String status(ProgressStatus status) {
        return status == null ? "" : get("programme.page.status." + status.name());
    }

    String source(AnnualReport.Row row) {
        return row.manual() ? get("programme.page.source.MANUAL")
                : row.source() == null ? get("programme.page.source.COMPUTED")
                : get("programme.page.source.COMPUTED") + ": " + row.source();
    }

    String number(BigDecimal value) {
        return value == null ? "–" : NumberFormat.getNumberInstance(POLISH).format(value);
    }

    String percent(BigDecimal value) {
        return value == null ? "–" : number(value) + " %";
    }

}
