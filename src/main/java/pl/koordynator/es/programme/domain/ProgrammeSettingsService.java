package pl.koordynator.es.programme.domain;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The traffic lights' thresholds, kept in the database so that every instance applies the same. */
@Service
public class ProgrammeSettingsService {

    public Thresholds thresholds() {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Thresholds update(Thresholds input) {
        throw new UnsupportedOperationException("not yet");
    }
}
