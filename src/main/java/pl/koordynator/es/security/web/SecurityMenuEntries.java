package pl.koordynator.es.security.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** User administration; one's own profile is in the user menu on the right. */
@Component
class SecurityMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.ADMINISTRATION, 50, "layout.nav.users", "/admin/users"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
