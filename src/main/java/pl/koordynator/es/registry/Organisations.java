package pl.koordynator.es.registry;

import java.util.Optional;

/** What other modules may ask of the register. */
public interface Organisations {

    /** Any organisation by id, without contact persons and regardless of who asks. */
    Optional<OrganisationView> find(long id);

    /** Active organisations of a kind in a gmina (or the whole region when the gmina is null). */
    long countActive(Kind kind, String gminaTeryt);
}
