package pl.koordynator.es.committee.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The committee's public register and the sector's positions, in the programme group for everyone, visitors included. */
@Component
class CommitteePublicMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.PROGRAMME, 50, "committee.public.menu", "/komitet"),
            new MenuEntry(MenuGroup.PROGRAMME, 60, "committee.public.menu.positions", "/stanowiska"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
