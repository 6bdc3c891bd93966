package pl.koordynator.es.shared;

import java.util.List;

/**
 * What a module shows on the public home page ({@code /}): key figures of the region and
 * sections (lists of links, a small picture). Everyone sees the home page, visitors included, so
 * a module gives only public facts here, the same to every caller. A module implements it once,
 * in its {@code web} package; the home page collects, orders and renders what it gets and knows no
 * module by name. The page is asked for far more often than anything on it changes: a module keeps
 * its answer with {@link DataChanges#cache} under its tables' topics.
 */
public interface HomeSections {

    /** Key figures of the region, each linking to the page that lists what it counts. */
    default List<HomeFigure> figures() {
        return List.of();
    }

    /** Sections of the page: the next events, recent needs, a small map. */
    default List<HomeSection> sections() {
        return List.of();
    }
}
