package pl.koordynator.es.programme.domain;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.PickedOrganisation;

/** The register's organisations as the action form picks them: responsible and partner organisations. */
@Service
public class ProgrammeOrganisations {

    private final Organisations organisations;

    ProgrammeOrganisations(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The picker's suggestions: organisations whose name contains the text (two letters at least). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationView> named(String text, int limit) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return organisations.named(text.strip(), limit);
    }

    /** The id a picker sent, or the organisation its typed name stands for; {@link PickedOrganisation#NO_MATCH} for none. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Long picked(Long id, String typedName) {
        return PickedOrganisation.resolve(id, typedName, known -> organisations.find(known).map(OrganisationView::name),
                text -> organisations.named(text, 50).stream()
                        .map(found -> new PickedOrganisation.Candidate(found.id(), found.name())).toList());
    }
}
