package pl.koordynator.es.publicservices.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.Category;
import pl.koordynator.es.publicservices.MatchReason;

/**
 * The words of a match's reasons, for pages and e-mails: {@code publicservices.matching.reason.<code>}
 * with its argument named (a category by its name, an area scope, a reservation by its label).
 */
@Component
public class MatchingReasonTexts {

    private final MessageSource messages;
    private final CatalogueOffers offers;

    MatchingReasonTexts(MessageSource messages, CatalogueOffers offers) {
        this.messages = messages;
        this.offers = offers;
    }

    /** The reasons of one match, joined with "; ". */
    public String text(List<MatchReason> reasons, Locale locale) {
        Map<String, Category> categories = categories();
        return String.join("; ", reasons.stream().map(reason -> text(reason, categories, locale)).toList());
    }

    /** Each reason's words, in order. */
    public List<String> texts(List<MatchReason> reasons, Locale locale) {
        Map<String, Category> categories = categories();
        return reasons.stream().map(reason -> text(reason, categories, locale)).toList();
    }

    private String text(MatchReason reason, Map<String, Category> categories, Locale locale) {
        String argument = reason.arguments().isEmpty() ? "" : reason.arguments().get(0);
        String named = switch (reason.code()) {
            case "CATEGORY" -> categories.containsKey(argument) ? categories.get(argument).name(locale) : argument;
            case "AREA" -> message("publicservices.matching.scope." + argument, locale);
            case "RESERVED" -> "ART361".equals(argument) ? message("publicservices.clause.RESERVED_ART361", locale)
                    : message("publicservices.reservedFor." + argument, locale);
            default -> argument;
        };
        return messages.getMessage("publicservices.matching.reason." + reason.code(), new Object[] {named},
                reason.code(), locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private Map<String, Category> categories() {
        Map<String, Category> byCode = new HashMap<>();
        offers.categories().forEach(category -> byCode.put(category.code(), category));
        return byCode;
    }
}
