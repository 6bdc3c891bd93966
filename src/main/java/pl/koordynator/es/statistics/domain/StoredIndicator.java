package pl.koordynator.es.statistics.domain;

import java.time.OffsetDateTime;
import java.util.List;

import pl.koordynator.es.statistics.IndicatorDefinition;

/**
 * An indicator as the catalogue stores it: its definition, the BDL labels that name it and the
 * version for optimistic locking.
 */
public record StoredIndicator(IndicatorDefinition definition, List<String> bdlNames, long version,
        OffsetDateTime updatedAt) {

    public String code() {
        return definition.code();
    }

    public boolean builtIn() {
        return definition.builtIn();
    }
}
