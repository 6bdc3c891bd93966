package pl.koordynator.es.needs.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** Reported needs, beside the map that counts them. */
@Component
class NeedsMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.REGISTER, 30, "menu.needs", "/needs"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
