package pl.koordynator.es.networks.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import pl.koordynator.es.networks.NetworkKind;
import pl.koordynator.es.networks.NetworkStatus;
import pl.koordynator.es.networks.NetworkTerritory;

/**
 * A network as pages and the API show it. {@code currentMembers} counts memberships not ended
 * today; {@code coordinatorName} is the register's name of the coordinating organisation.
 */
public record NetworkView(long id, String name, NetworkKind kind, String description, NetworkTerritory territory,
        Long subregionId, List<String> powiatTeryts, Long coordinatorId, String coordinatorName, LocalDate foundedOn,
        LocalDate endedOn, NetworkStatus status, boolean publicNetwork, long currentMembers, long meetings,
        long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
