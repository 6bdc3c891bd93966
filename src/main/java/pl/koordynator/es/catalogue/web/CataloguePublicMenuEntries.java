package pl.koordynator.es.catalogue.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The public catalogue belongs with the register and the map: who offers what, and where. */
@Component
class CataloguePublicMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.REGISTER, 25, "catalogue.public.nav", "/katalog"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
