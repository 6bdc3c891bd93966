package pl.koordynator.es.programme.domain;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Indicators of programmes and projects, and the values entered by hand for manual ones: entered
 * by OWES or ROPS staff with evidence, approved or rejected by ROPS; only approved values count.
 */
@Service
public class IndicatorService {

    /** Indicators the caller may see, of one programme version or of every one. */
    public List<IndicatorView> indicators(Long programmeId) {
        throw new UnsupportedOperationException("not yet");
    }

    public IndicatorView indicator(long id) {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public IndicatorView create(IndicatorInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public IndicatorView update(long id, IndicatorInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    public ManualValueView enterValue(long indicatorId, ManualValueInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ManualValueView decide(long valueId, ApprovalInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Every value entered for the indicator (any state), newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES', 'COMMITTEE')")
    public List<ManualValueView> manualValues(long indicatorId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Values waiting for ROPS's decision, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    public List<ManualValueView> pendingValues() {
        throw new UnsupportedOperationException("not yet");
    }
}
