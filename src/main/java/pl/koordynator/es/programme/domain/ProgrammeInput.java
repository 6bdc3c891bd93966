package pl.koordynator.es.programme.domain;

import java.time.LocalDate;
import java.util.List;

import pl.koordynator.es.programme.ProgrammeStatus;

/**
 * A programme or project with its whole tree, as the API sends it. On an update, nodes and
 * indicators that carry their {@code id} are changed in place, those without one are added, and
 * those of the version left out are removed (with their targets; manual values stay, kept by lineage).
 *
 * @param status  DRAFT or IN_FORCE (putting a version in force replaces the one in force before)
 * @param version the version read, required on an update (optimistic locking)
 */
public record ProgrammeInput(String name, Boolean project, String reference, Integer startYear, Integer endYear,
        String resolutionNumber, LocalDate resolutionDate, ProgrammeStatus status, Boolean demo,
        List<NodeInput> nodes, Long version) {
}
