package pl.koordynator.es.networks.domain;

import java.util.List;

/**
 * A network as a form or the API sends it; dates as {@code 2025-03-14} or {@code 14.03.2025}.
 * {@code version} is required to change an existing network.
 */
public record NetworkInput(String name, String kind, String description, String territory, Long subregionId,
        List<String> powiatTeryts, Long coordinatorId, String foundedOn, String endedOn, String status,
        Boolean publicNetwork, Long version) {
}
