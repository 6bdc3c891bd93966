package pl.koordynator.es.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation as typed into a form, sent to the API or read from an import row, before the
 * register has checked it. Identifiers may contain spaces and dashes; {@code version} is the
 * version the editor read (required to update); a null {@code owesId} means "the OWES of the
 * subregion", a null {@code status} means active.
 */
public record OrganisationInput(String name, String shortName, Kind kind, String nip, String regon, String krs,
        String gminaTeryt, String street, String postalCode, String town, String email, String phone,
        String website, String description, List<String> fieldsOfActivity, Integer employees,
        Integer employeesAtRisk, Integer reintegrationPlaces, String socialEnterpriseDecision,
        LocalDate socialEnterpriseSince, LocalDate socialEnterpriseUntil, Long owesId, OrganisationStatus status,
        Long version) {

    public OrganisationInput {
        fieldsOfActivity = fieldsOfActivity == null ? List.of() : List.copyOf(fieldsOfActivity);
    }
}
