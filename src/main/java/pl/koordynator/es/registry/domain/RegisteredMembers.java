package pl.koordynator.es.registry.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.security.MemberOrganisations;
import pl.koordynator.es.security.Role;

/** Tells the user administration which organisation an account may belong to, by its kind. */
@Component
class RegisteredMembers implements MemberOrganisations {

    private final OrganisationRepository organisations;
    private final JdbcClient jdbc;

    RegisteredMembers(OrganisationRepository organisations, JdbcClient jdbc) {
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Member> find(long id) {
        return organisations.find(id).map(RegisteredMembers::member);
    }

    @Override
    public List<Member> named(String text, int limit) {
        return text == null || text.isBlank() ? List.of()
                : organisations.named(text.strip(), limit).stream().map(RegisteredMembers::member).toList();
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from organisation where id in (:ids)").param("ids", List.copyOf(ids))
                    .query((row, number) -> names.put(row.getLong("id"), row.getString("name"))).list();
        }
        return names;
    }

    private static Member member(OrganisationView o) {
        return new Member(o.id(), o.name(), o.kind().name(), roles(o.kind()), o.status() != OrganisationStatus.CLOSED);
    }

    /** ROPS staff and committee members may be linked to any organisation they come from. */
    static EnumSet<Role> roles(Kind kind) {
        Role own = kind == Kind.OWES ? Role.OWES : kind.isPes() ? Role.PES : Role.PARTNER;
        return EnumSet.of(own, Role.ADMIN, Role.COMMITTEE);
    }
}
