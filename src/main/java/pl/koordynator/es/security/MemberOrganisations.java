package pl.koordynator.es.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisations an account may belong to. The registry knows them and implements this, so
 * the registry may depend on security and not the other way round.
 */
public interface MemberOrganisations {

    /**
     * An organisation and the roles whose users may belong to it (an OWES's staff, a PES's
     * members…); {@code open} is false once the register has closed it.
     */
    record Member(long id, String name, String kind, Set<Role> roles, boolean open) {
    }

    Optional<Member> find(long id);

    /**
     * Organisations that are not closed whose name contains the text (case and Polish letters as
     * typed), by name, at most {@code limit}: what the account form's organisation picker offers.
     */
    List<Member> named(String text, int limit);

    /** The names of these organisations, closed ones too, by id; an id the register does not know is absent. */
    Map<Long, String> names(Collection<Long> ids);
}
