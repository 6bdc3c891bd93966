package pl.koordynator.es.map.domain;

import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

/**
 * Recounts the register for the map at a start, after the demo data, unless the register is
 * unchanged since the last full recount: an installation that gains the map (or whose register
 * was changed behind the application's back) starts from correct counts, not empty ones, and a
 * plain restart does not pay a pass over the whole register, which grows with it.
 */
@Component
class ResourceRecount implements ApplicationModuleInitializer {

    private final ResourceAggregates aggregates;

    ResourceRecount(ResourceAggregates aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public void initialize() {
        if (!aggregates.current()) {
            aggregates.refresh();
        }
    }
}
