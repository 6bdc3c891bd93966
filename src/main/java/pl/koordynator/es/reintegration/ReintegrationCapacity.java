package pl.koordynator.es.reintegration;

import java.util.List;
import java.util.Optional;

/**
 * The places of the reintegration units. Everyone, visitors too, reads the numbers; a unit's own PES users
 * and ROPS change them. A unit is an open organisation of the register that receives referrals
 * ({@link ReferralPartyKind#receives()}).
 */
public interface ReintegrationCapacity {

    /** The unit's reported places; empty when it has not reported or is not a unit. */
    Optional<UnitCapacity> find(long organisationId);

    /**
     * The same, or a {@code NotFoundException} (API: 404) when there is no such unit or it has not reported.
     */
    UnitCapacity capacity(long organisationId);

    /**
     * The unit's places confirmed today. {@code NotFoundException} when there is no open organisation of
     * the id; {@code InvalidInputException} naming {@code organisationId} when it is no reintegration unit
     * (an NGO, an OPS); {@code AccessDeniedException} for anyone but its PES users and ROPS; problems naming
     * the line's field ({@code lines[1].occupied}); {@code ConflictException} when the version is stale.
     */
    UnitCapacity save(long organisationId, CapacityInput input);

    /**
     * The unit whose places the caller is about to change: {@code NotFoundException} when there is no open
     * organisation of the id or it is no unit, {@code AccessDeniedException} for anyone but its PES users and ROPS.
     */
    ReferralView.Party requireEditable(long organisationId);

    /** Whether the caller may change the unit's places. */
    boolean mayEdit(long organisationId);

    /**
     * Free places by powiat and the units with a free place; {@code powiatTeryt} (4 digits) and {@code kind}
     * (a receiving kind) are optional; an unknown powiat or a kind that does not receive is an
     * {@code InvalidInputException} naming {@code powiat} or {@code kind}.
     */
    FreePlaces freePlaces(String powiatTeryt, ReferralPartyKind kind);

    /** The units whose places the caller may change, by name: the caller's own unit, or for ROPS every unit it can list. */
    List<ReferralView.Party> editableUnits();
}
