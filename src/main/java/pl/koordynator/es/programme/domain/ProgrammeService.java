package pl.koordynator.es.programme.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import pl.koordynator.es.programme.IndicatorProgress;
import pl.koordynator.es.programme.IndicatorSeries;
import pl.koordynator.es.programme.ProgrammeProgress;
import pl.koordynator.es.programme.Programmes;

/**
 * Programmes and projects: their versions and trees, and their progress computed on every
 * request from the measures and the approved manual values (nothing is cached in memory, so a new
 * support record shows on the next request of any instance). ROPS, OWES and the committee see
 * everything; visitors, PES and partners see only the public indicators of versions in force.
 */
@Service
public class ProgrammeService implements Programmes {

    @Override
    public List<ProgrammeSummary> programmes() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public ProgrammeProgress progress(long programmeId, int year) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public IndicatorSeries series(long indicatorId, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<IndicatorProgress> offTrack() {
        throw new UnsupportedOperationException("not yet");
    }

    /** A version as defined and its progress in the year (the current one when null, within the programme's period). */
    public ProgrammeDetail detail(long programmeId, Integer year) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A version as defined, with its change list and the other versions. */
    public ProgrammeView view(long programmeId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Whether the caller sees every programme and indicator (ROPS, OWES, committee), not only public ones. */
    public boolean seesAll() {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ProgrammeView create(ProgrammeInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ProgrammeView update(long programmeId, ProgrammeInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A new DRAFT version copied from this one; it goes in force with an update setting its status. */
    @PreAuthorize("hasRole('ADMIN')")
    public ProgrammeView newVersion(long programmeId, VersionInput input) {
        throw new UnsupportedOperationException("not yet");
    }
}
