package pl.koordynator.es.registry.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.SubregionsChanged;
import pl.koordynator.es.territory.Territory;

/**
 * Keeps "the OWES serving it" right when ROPS redraws subregions or assigns another OWES. It runs
 * inside the transaction that changed the subregion, so the register never shows the old OWES
 * after the new one is saved, and a failure undoes both.
 */
@Component
class ServingOwes {

    private final Territory territory;
    private final OrganisationRepository organisations;

    ServingOwes(Territory territory, OrganisationRepository organisations) {
        this.territory = territory;
        this.organisations = organisations;
    }

    @EventListener
    void on(SubregionsChanged changed) {
        Map<Long, Collection<String>> powiatsByOwes = new HashMap<>();
        for (Subregion subregion : territory.subregions()) {
            if (subregion.owesOrganisationId() != null) {
                powiatsByOwes.computeIfAbsent(subregion.owesOrganisationId(), id -> new java.util.HashSet<>())
                        .addAll(subregion.powiatTeryts());
            }
        }
        organisations.deriveServingOwes(powiatsByOwes);
    }
}
