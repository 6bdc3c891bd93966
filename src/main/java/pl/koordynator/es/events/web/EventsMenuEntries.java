package pl.koordynator.es.events.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The calendar; the activity plan belongs with the OWES's other work. */
@Component
class EventsMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.EVENTS, 10, "events.nav", "/events"),
            new MenuEntry(MenuGroup.OWES_SUPPORT, 40, "activityplan.nav", "/events/plan"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
