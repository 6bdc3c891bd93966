package pl.koordynator.es.privacy.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** A person's requests about their data (GDPR). */
@Component
class PrivacyMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.ADMINISTRATION, 80, "privacy.nav", "/admin/personal-data"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
