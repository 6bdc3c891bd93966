package pl.koordynator.es.territory;

import java.util.List;

/**
 * A part of the region defined by ROPS as a set of powiats (each powiat in at most one
 * subregion), served by one OWES. {@code owesOrganisationId} and {@code owesName} are null
 * while no OWES is assigned.
 */
public record Subregion(long id, String name, List<String> powiatTeryts, Long owesOrganisationId, String owesName,
        long version) {
}
