package pl.koordynator.es.catalogue.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/**
 * News and campaigns beside the calendar, for everyone; ROPS's pages to write them in the
 * administration group (the menu shows those to ADMIN only, by the URL rules).
 */
@Component
class CatalogueNewsMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.EVENTS, 40, "catalogue.news.menu", "/aktualnosci"),
            new MenuEntry(MenuGroup.EVENTS, 50, "catalogue.campaign.menu", "/kampanie"),
            new MenuEntry(MenuGroup.ADMINISTRATION, 140, "catalogue.news.menu.admin", "/admin/catalogue/aktualnosci"),
            new MenuEntry(MenuGroup.ADMINISTRATION, 141, "catalogue.campaign.menu.admin", "/admin/catalogue/kampanie"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
