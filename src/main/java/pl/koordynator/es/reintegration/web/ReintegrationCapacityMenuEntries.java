package pl.koordynator.es.reintegration.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;
import pl.koordynator.es.security.UserAccounts;

/**
 * Free places in the cooperation group, for everyone; the unit's places form for ROPS and for the PES users
 * that act for an organisation (the page tells one that is no unit so; the URL rules cannot know the
 * organisation's kind, and asking the register on every page would not be cheap).
 */
@Component
class ReintegrationCapacityMenuEntries implements MenuEntries {

    private static final MenuEntry FREE_PLACES = new MenuEntry(MenuGroup.COOPERATION, 88,
            "reintegration.capacity.menu.free", "/reintegracja/wolne-miejsca");
    private static final MenuEntry OWN_PLACES = new MenuEntry(MenuGroup.COOPERATION, 89,
            "reintegration.capacity.menu.own", "/reintegracja/miejsca");

    private final UserAccounts users;

    ReintegrationCapacityMenuEntries(UserAccounts users) {
        this.users = users;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        var caller = users.caller();
        return caller.admin() || caller.pesId() != null ? List.of(FREE_PLACES, OWN_PLACES) : List.of(FREE_PLACES);
    }
}
