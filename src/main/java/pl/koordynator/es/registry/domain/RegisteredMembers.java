package pl.koordynator.es.registry.domain;

import java.util.EnumSet;
import java.util.Optional;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.security.MemberOrganisations;
import pl.koordynator.es.security.Role;

/** Tells the user administration which organisation an account may belong to, by its kind. */
@Component
class RegisteredMembers implements MemberOrganisations {

    private final OrganisationRepository organisations;

    RegisteredMembers(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public Optional<Member> find(long id) {
        return organisations.find(id).map(o -> new Member(o.id(), o.name(), o.kind().name(), roles(o.kind()),
                o.status() != OrganisationStatus.CLOSED));
    }

    /** ROPS staff and committee members may be linked to any organisation they come from. */
    static EnumSet<Role> roles(Kind kind) {
        Role own = kind == Kind.OWES ? Role.OWES : kind.isPes() ? Role.PES : Role.PARTNER;
        return EnumSet.of(own, Role.ADMIN, Role.COMMITTEE);
    }
}
