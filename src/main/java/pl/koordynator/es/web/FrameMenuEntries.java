package pl.koordynator.es.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The dashboard, first in the menu of everyone signed in. */
@Component
class FrameMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.DASHBOARD, 10, "layout.nav.dashboard", "/panel"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
