package pl.koordynator.es.map.domain;

import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

/**
 * Recounts the register for the map on every start, after the demo data: an installation that
 * gains the map (or was restored from a backup) starts from correct counts, not empty ones.
 */
@Component
class ResourceRecount implements ApplicationModuleInitializer {

    private final ResourceAggregates aggregates;

    ResourceRecount(ResourceAggregates aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public void initialize() {
        aggregates.refresh();
    }
}
