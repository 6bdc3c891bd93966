package pl.koordynator.es.support.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;
import pl.koordynator.es.support.domain.SupportService;

/**
 * Consulting and other support, with the OWES's other work. An OWES or PES account that acts for
 * no open organisation passes the URL rules but has no records to read, so it gets no entry.
 */
@Component
class SupportMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.OWES_SUPPORT, 30, "menu.support", "/support"));

    private final SupportService support;

    SupportMenuEntries(SupportService support) {
        this.support = support;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return support.viewer().mayRead() ? ENTRIES : List.of();
    }
}
