package pl.koordynator.es.territory.domain;

import java.util.List;

/**
 * A new or changed subregion as the admin page sends it; {@code version} is the one the editor
 * read (null skips the check), {@code owesOrganisationId} null leaves the subregion without OWES.
 */
public record SubregionChange(String name, List<String> powiatTeryts, Long owesOrganisationId, Long version) {

    public SubregionChange {
        name = name == null ? "" : name.strip();
        powiatTeryts = powiatTeryts == null ? List.of()
                : powiatTeryts.stream().filter(code -> code != null && !code.isBlank()).map(String::strip)
                        .distinct().sorted().toList();
    }
}
