package pl.koordynator.es.map.domain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Recounts the register for the map on every start, after the demo data: an installation that
 * gains the map (or was restored from a backup) starts from correct counts, not empty ones.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class ResourceRecount implements ApplicationRunner {

    private final ResourceAggregates aggregates;

    ResourceRecount(ResourceAggregates aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public void run(ApplicationArguments args) {
        aggregates.refresh();
    }
}
