package pl.koordynator.es.registry.domain;

import java.time.LocalDate;
import java.util.List;

import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;

/**
 * An organisation that passed the register's rules, with every value normalised as stored
 * (identifiers as digits, postal code NN-NNN, blank text as null). {@code owesId} is what was
 * chosen by hand, or null to take the subregion's OWES.
 */
public record CheckedOrganisation(String name, String shortName, Kind kind, String nip, String regon, String krs,
        String gminaTeryt, String street, String postalCode, String town, String email, String phone,
        String website, String description, List<String> fieldsOfActivity, Integer employees,
        Integer employeesAtRisk, Integer reintegrationPlaces, String socialEnterpriseDecision,
        LocalDate socialEnterpriseSince, LocalDate socialEnterpriseUntil, Long owesId, OrganisationStatus status) {
}
