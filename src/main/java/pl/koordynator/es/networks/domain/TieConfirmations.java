package pl.koordynator.es.networks.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.networks.TieStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.Paging;

/**
 * Which of the listed ties the caller may confirm, by {@link TieService}'s own rule, so that the
 * list offers the button exactly where the confirmation would be taken; and the declared ties
 * that wait for the caller's confirmation, for the dashboards. The organisations at the ends are
 * read in one call for the whole list.
 */
@Component
public class TieConfirmations {

    /** Unconfirmed ties read for a dashboard card; a queue longer than this is rare and its count shows "more". */
    private static final int WAITING_READ = 200;

    private final TieService ties;
    private final NetworksAccess access;
    private final Organisations organisations;

    TieConfirmations(TieService ties, NetworksAccess access, Organisations organisations) {
        this.ties = ties;
        this.access = access;
        this.organisations = organisations;
    }

    /** The ids of the declared, unconfirmed, not withdrawn ties among these that the caller may confirm. */
    public Set<Long> confirmable(List<TieView> views) {
        List<TieView> open = views.stream().filter(v -> v.id() != null && !v.confirmed()
                && v.status() != TieStatus.WITHDRAWN).toList();
        if (open.isEmpty()) {
            return Set.of();
        }
        Set<Long> ends = new HashSet<>();
        open.forEach(v -> {
            ends.add(v.fromOrganisationId());
            ends.add(v.toOrganisationId());
        });
        Map<Long, OrganisationView> named = organisations.findAll(ends);
        NetworksAccess.Viewer viewer = access.viewer();
        Set<Long> confirmable = new HashSet<>();
        for (TieView view : open) {
            TieRow row = new TieRow(view.id(), view.fromOrganisationId(), view.toOrganisationId(), view.kind(),
                    view.directed(), view.startsOn(), view.endsOn(), view.valuePln(), view.description(),
                    view.evidenceUrl(), view.enteredForOrganisationId(), false, null, null, false, null,
                    view.version(), view.createdAt());
            if (ties.mayConfirm(viewer, row, named)) {
                confirmable.add(view.id());
            }
        }
        return confirmable;
    }

    /** Declared ties waiting for the caller's confirmation, newest first; empty for those who read no ties. */
    @Transactional(readOnly = true)
    public List<TieView> waitingForCaller() {
        NetworksAccess.Viewer viewer = access.viewer();
        if (!viewer.mayEnterTies()) {
            return List.of();
        }
        List<TieView> unconfirmed = ties.search(new TieQuery(null, null, null, null, null, false, null),
                new Paging(0, WAITING_READ)).items();
        Set<Long> mine = confirmable(unconfirmed);
        return unconfirmed.stream().filter(v -> mine.contains(v.id())).toList();
    }
}
