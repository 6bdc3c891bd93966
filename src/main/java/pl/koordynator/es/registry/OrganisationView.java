package pl.koordynator.es.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An organisation as the register shows it. {@code owesId} is the OWES serving it: the OWES of
 * its subregion unless {@code owesSetByHand}. {@code socialEnterprise} says whether the voivode's
 * PS status holds today.
 */
public record OrganisationView(long id, String name, String shortName, Kind kind, String nip, String regon,
        String krs, String gminaTeryt, String street, String postalCode, String town, String email, String phone,
        String website, String description, List<String> fieldsOfActivity, Integer employees,
        Integer employeesAtRisk, Integer reintegrationPlaces, String socialEnterpriseDecision,
        LocalDate socialEnterpriseSince, LocalDate socialEnterpriseUntil, boolean socialEnterprise, Long owesId,
        boolean owesSetByHand, OrganisationStatus status, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public String powiatTeryt() {
        return gminaTeryt == null ? null : gminaTeryt.substring(0, 4);
    }
}
