package pl.koordynator.es.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCards;

/**
 * Gathers the cards every module offers the current caller and puts their texts in the reader's
 * language, so the page renders plain strings and knows nothing of the modules.
 */
@Service
class Dashboard {

    private final ObjectProvider<DashboardCards> modules;
    private final MessageSource messages;
    private final UserAccounts users;

    Dashboard(ObjectProvider<DashboardCards> modules, MessageSource messages, UserAccounts users) {
        this.modules = modules;
        this.messages = messages;
        this.users = users;
    }

    /** Who the dashboard is for, and their cards in order. */
    record Panel(Caller caller, List<Card> cards) {
    }

    record Card(String id, String title, Long count, List<Item> items, String moreUrl, String more, String empty) {
    }

    record Item(String text, String url, String note) {
    }

    Panel panel(Locale locale) {
        return new Panel(users.caller(), cards(locale));
    }

    private List<Card> cards(Locale locale) {
        return modules.orderedStream()
                .flatMap(module -> module.cards().stream())
                .sorted(Comparator.comparingInt(DashboardCard::order).thenComparing(DashboardCard::id))
                .map(card -> new Card(card.id(), text(card.title(), locale), card.count(),
                        card.items().stream().map(item -> new Item(text(item.text(), locale), item.url(),
                                text(item.note(), locale))).toList(),
                        card.moreUrl(), text(card.more(), locale), text(card.empty(), locale)))
                .toList();
    }

    private String text(MessageSourceResolvable text, Locale locale) {
        return text == null ? null : messages.getMessage(text, locale);
    }
}
