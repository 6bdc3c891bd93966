package pl.koordynator.es.security;

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
}
