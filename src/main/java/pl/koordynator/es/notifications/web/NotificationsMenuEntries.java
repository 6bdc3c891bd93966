package pl.koordynator.es.notifications.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The e-mails the platform sent. */
@Component
class NotificationsMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.ADMINISTRATION, 60, "layout.nav.notifications", "/admin/notifications"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
