package pl.koordynator.es.shared;

import java.util.List;

/**
 * The entries a module puts in the main menu ({@link MenuGroup}). A module implements it once,
 * in its {@code web} package, as a bean named after the module ({@code RegistryMenuEntries}).
 * The menu asks on every page it renders and keeps only the entries the caller's URL rules allow;
 * a module leaves an entry out itself only for a reason those rules cannot tell (an OWES account
 * that acts for no open OWES has no reports to open), so the answer must be cheap.
 */
public interface MenuEntries {

    /** This module's entries for the current caller. */
    List<MenuEntry> menuEntries();
}
