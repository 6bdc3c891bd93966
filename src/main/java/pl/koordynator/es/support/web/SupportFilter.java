package pl.koordynator.es.support.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.support.SupportTopic;
import pl.koordynator.es.support.domain.SupportQuery;
import pl.koordynator.es.support.domain.SupportRules;

/**
 * The filters of the list page as they appear in its address, all text so that a mistyped date
 * is shown beside its field instead of an error page; values that are none are ignored.
 */
record SupportFilter(String organisationId, String owesId, String adviser, String from, String to, String form,
        String topic, Integer page) {

    /** The fields whose dates could not be read. */
    List<String> invalidDates() {
        List<String> invalid = new ArrayList<>();
        if (blank(from) ? false : SupportRules.date(from) == null) {
            invalid.add("from");
        }
        if (blank(to) ? false : SupportRules.date(to) == null) {
            invalid.add("to");
        }
        return invalid;
    }

    SupportQuery toQuery() {
        return new SupportQuery(id(organisationId), id(owesId), blank(adviser) ? null : adviser.strip(),
                blank(from) ? null : SupportRules.date(from), blank(to) ? null : SupportRules.date(to),
                code(SupportForm.class, form), code(SupportTopic.class, topic));
    }

    Long organisation() {
        return id(organisationId);
    }

    Long owes() {
        return id(owesId);
    }

    private static Long id(String text) {
        return blank(text) || !text.strip().matches("\\d{1,18}") ? null : Long.valueOf(text.strip());
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        if (blank(code)) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
