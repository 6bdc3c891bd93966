package pl.koordynator.es.catalogue.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/**
 * The signed-in catalogue pages in the register group, where {@link MenuGroup} puts the catalogue
 * of PES products and services: the offers, the review queue, the inquiries and their counts. The
 * URL rules decide who sees which.
 */
@Component
class CatalogueMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.REGISTER, 50, "catalogue.pages.menu.offers", "/oferty"),
            new MenuEntry(MenuGroup.REGISTER, 51, "catalogue.pages.menu.review", "/oferty/do-akceptacji"),
            new MenuEntry(MenuGroup.REGISTER, 52, "catalogue.pages.menu.inquiries", "/zapytania"),
            new MenuEntry(MenuGroup.REGISTER, 53, "catalogue.pages.menu.inquiryCounts", "/zapytania/statystyki"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
