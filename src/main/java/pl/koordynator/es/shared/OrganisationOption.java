package pl.koordynator.es.shared;

/**
 * One suggestion of an organisation picker (templates/fragments/combobox.html).
 *
 * @param kind the organisation's kind as its enum name (its label is {@code registry.kind.<kind>})
 * @param town where it is, or null
 */
public record OrganisationOption(long id, String name, String kind, String town) {
}
