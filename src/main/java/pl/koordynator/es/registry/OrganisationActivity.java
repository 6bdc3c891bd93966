package pl.koordynator.es.registry;

import java.util.List;

/**
 * What a module knows about one organisation, gathered on its card ({@code /organisations/{id}})
 * and returned by {@code GET /api/v1/organisations/{id}/activity}: support it received, events its
 * people attended, needs it reported, its reports, the users linked to it. A module implements it
 * once, in a class of its own named after the module ({@code SupportActivity}), and decides from
 * its own access rules what the current caller may see; the card only collects, orders and
 * renders the sections, so a new module adds its section without touching the registry.
 * <p>
 * Each implementation reads its section in a fixed number of queries, whatever the number of
 * rows, since every card of the register asks every module.
 */
public interface OrganisationActivity {

    /**
     * The module's sections about the organisation for the current caller; empty when the module
     * knows nothing about it, or nothing the caller may see (a visitor gets only public facts).
     */
    List<ActivitySection> sections(OrganisationView organisation);
}
