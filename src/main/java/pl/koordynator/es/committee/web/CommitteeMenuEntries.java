package pl.koordynator.es.committee.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/**
 * The committee in the programme group, where DESIGN puts it: ROPS's management pages and the
 * sector's positions register, the members' own page. The URL rules decide who sees which.
 */
@Component
class CommitteeMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.PROGRAMME, 40, "committee.admin.menu.committee", "/admin/committee"),
            new MenuEntry(MenuGroup.PROGRAMME, 45, "committee.admin.menu.positions", "/admin/committee/positions"),
            new MenuEntry(MenuGroup.PROGRAMME, 40, "committee.admin.menu.member", "/committee"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
