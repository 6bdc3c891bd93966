package pl.koordynator.es.catalogue.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/**
 * The mark in the menu: a PES's or OWES's applications, the board's queue, ROPS's board
 * membership. The board's queue is allowed to every signed-in user by the URL rules (the function
 * goes to users of any role), so the entry is left out here for those not on the board.
 */
@Component
class CatalogueMarkMenuEntries implements MenuEntries {

    private static final MenuEntry APPLICATIONS = new MenuEntry(MenuGroup.COOPERATION, 62,
            "catalogue.mark.menu.applications", "/znak");
    private static final MenuEntry BOARD = new MenuEntry(MenuGroup.COOPERATION, 63, "catalogue.mark.menu.board",
            "/kapitula");
    private static final MenuEntry MEMBERS = new MenuEntry(MenuGroup.ADMINISTRATION, 62,
            "catalogue.mark.menu.members", "/admin/catalogue/kapitula");

    private final pl.koordynator.es.catalogue.CatalogueMarks marks;

    CatalogueMarkMenuEntries(pl.koordynator.es.catalogue.CatalogueMarks marks) {
        this.marks = marks;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return marks.onBoard() ? List.of(APPLICATIONS, BOARD, MEMBERS) : List.of(APPLICATIONS, MEMBERS);
    }
}
