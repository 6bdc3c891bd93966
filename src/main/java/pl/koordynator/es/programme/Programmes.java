package pl.koordynator.es.programme;

import java.time.LocalDate;
import java.util.List;

/** What other modules (and the programme's own pages) read of the programmes; the caller's rights apply. */
public interface Programmes {

    /** Programmes and projects the caller may see, newest version of each first. */
    List<ProgrammeSummary> programmes();

    /** A programme version's tree in a year; a visitor gets only indicators marked public. */
    ProgrammeProgress progress(long programmeId, int year);

    /** An indicator's periods within the days. */
    IndicatorSeries series(long indicatorId, LocalDate from, LocalDate to);

    /** Indicators of programmes in force that are off track in the current year (ROPS's dashboard). */
    List<IndicatorProgress> offTrack();

    /** A programme or project version in the lists. */
    record ProgrammeSummary(long id, String name, int startYear, int endYear, int version, ProgrammeStatus status,
            boolean project, boolean demo) {
    }

    /** Actions of the programmes in force (not projects), by programme and code, for other plans to refer to. */
    java.util.List<ProgrammeAction> actionsInForce();

    /** An action of any programme version by its node id; empty for another level or an unknown id. */
    java.util.Optional<ProgrammeAction> action(long nodeId);

    /** Judges an indicator kept elsewhere by the programme's trajectory rule and current thresholds. */
    TrajectoryJudgement judge(TrajectoryCheck check);
}
