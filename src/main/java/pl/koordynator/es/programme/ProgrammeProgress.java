package pl.koordynator.es.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme version's whole tree in one year, every node and indicator with its status: the
 * tree page, the public progress page (public indicators only), the annual monitoring report
 * and its XLSX all read this one record, so they cannot disagree.
 *
 * @param nodes priorities (with objectives → actions below) and then projects
 */
public record ProgrammeProgress(long programmeId, String name, int startYear, int endYear, int version,
        ProgrammeStatus status, String resolutionNumber, LocalDate resolutionDate, boolean demo, int year,
        Double progress, ProgressStatus overall, List<ProgressNode> nodes) {
}
