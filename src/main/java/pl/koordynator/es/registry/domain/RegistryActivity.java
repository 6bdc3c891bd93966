package pl.koordynator.es.registry.domain;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.registry.ActivitySection;
import pl.koordynator.es.registry.ActivitySection.FigureGroup;
import pl.koordynator.es.registry.ActivitySection.Row;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * The register's own part of an organisation's history.
 * <ul>
 * <li>{@code served-pes}, on an OWES's card: the PES it serves (its subregion's, or assigned by
 * hand). Public like the register's list filtered by OWES: a visitor sees the active ones only,
 * everyone signed in those that are not closed.</li>
 * <li>{@code users}: the accounts linked to the organisation, for ROPS only, who manage accounts
 * (the security module refuses the list to everyone else).</li>
 * </ul>
 * One query per section.
 */
@Component("registryOrganisationActivity")
class RegistryActivity implements OrganisationActivity {

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final UserAccounts accounts;

    RegistryActivity(JdbcClient jdbc, RegistryAccess access, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySection> sections(OrganisationView organisation) {
        Caller caller = access.caller();
        List<ActivitySection> sections = new ArrayList<>();
        if (organisation.kind() == Kind.OWES) {
            sections.add(servedPes(organisation, caller.anonymous()));
        }
        if (caller.admin()) {
            sections.add(users(organisation));
        }
        return sections;
    }

    private ActivitySection servedPes(OrganisationView owes, boolean anonymous) {
        record Served(long id, String name, String kind, long total) {
        }
        List<Served> served = jdbc.sql("""
                select id, name, kind, count(*) over () as total from organisation
                where owes_id = :owes and kind in (:pes) and status in (:statuses)
                order by lower(name), id limit :limit""")
                .param("owes", owes.id()).param("pes", Kind.pesKinds().stream().map(Kind::name).toList())
                .param("statuses", anonymous ? List.of("ACTIVE") : List.of("ACTIVE", "SUSPENDED"))
                .param("limit", ActivitySection.FIRST_ROWS)
                .query((rs, n) -> new Served(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
                        rs.getLong("total")))
                .list();
        long total = served.isEmpty() ? 0 : served.get(0).total();
        return new ActivitySection("served-pes", 20, message("history.servedPes.title"),
                total == 0 ? List.of() : List.of(new FigureGroup("count", null, List.of(new ActivitySection.Figure(
                        "pes", message("history.servedPes.count"), total)))),
                served.stream().map(pes -> new Row(literal(pes.name()), "/organisations/" + pes.id(),
                        message("registry.kind." + pes.kind()))).toList(),
                total, total == 0 ? null : "/organisations?owesId=" + owes.id(), message("history.servedPes.more"),
                message("history.servedPes.empty"));
    }

    private ActivitySection users(OrganisationView organisation) {
        List<UserView> users = accounts.ofOrganisation(organisation.id());
        return new ActivitySection("users", 90, message("history.users.title"), List.of(),
                users.stream().map(user -> new Row(literal(user.displayName() + " (" + user.username() + ")"),
                        "/admin/users/" + user.id(), user.enabled() ? message("role." + user.role())
                                : message("history.users.disabled", message("role." + user.role()))))
                        .toList(),
                users.size(), null, null, message("history.users.empty"));
    }
}
