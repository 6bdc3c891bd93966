package pl.koordynator.es.registry.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The register, first under "Rejestr i mapa". */
@Component
class RegistryMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.REGISTER, 10, "menu.registry", "/organisations"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
