package pl.koordynator.es.reintegration.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/**
 * The referrals, in the cooperation group, for the roles that act for a sending or receiving organisation
 * (PARTNER, PES); ROPS, the OWES and the committee reach the aggregates through their own entry.
 */
@Component
class ReintegrationMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.COOPERATION, 60, "reintegrationpages.menu.referrals", "/reintegracja"));

    private final UserAccounts users;

    ReintegrationMenuEntries(UserAccounts users) {
        this.users = users;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        var caller = users.caller();
        return caller.is(Role.PARTNER) || caller.is(Role.PES) ? ENTRIES : List.of();
    }
}
