package pl.koordynator.es.networks.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.networks.MemberRole;
import pl.koordynator.es.registry.ActivitySection;
import pl.koordynator.es.registry.ActivitySection.Figure;
import pl.koordynator.es.registry.ActivitySection.FigureGroup;
import pl.koordynator.es.registry.ActivitySection.Row;
import pl.koordynator.es.registry.OrganisationActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.shared.Paging;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * {@code networks}: the networks the organisation belongs to today (a visitor sees the public
 * ones only, as on the network list) with its role and since when, the number of its confirmed
 * ties active today (a public count), and for those whose tie list covers the organisation (ROPS,
 * the committee, its OWES, its own people) its confirmed ties, newest first. Memberships in one
 * query, the count in one, the ties in one search.
 */
@Component("networksOrganisationActivity")
class NetworksActivity implements OrganisationActivity {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final NetworksAccess access;
    private final TieService ties;
    private final Clock clock;

    NetworksActivity(JdbcClient jdbc, NetworksAccess access, TieService ties, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.ties = ties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySection> sections(OrganisationView organisation) {
        NetworksAccess.Viewer viewer = access.viewer();
        LocalDate today = LocalDate.now(clock);
        record Membership(long networkId, String name, MemberRole role, LocalDate joinedOn) {
        }
        List<Membership> memberships = jdbc.sql("""
                select n.id, n.name, m.role, m.joined_on from network_member m join network n on n.id = m.network_id
                where m.organisation_id = :organisation and m.joined_on <= :today
                  and (m.left_on is null or m.left_on > :today) and (n.public_network or :internal)
                order by n.name, n.id""")
                .param("organisation", organisation.id()).param("today", today)
                .param("internal", viewer.mayReadInternalNetworks())
                .query((rs, n) -> new Membership(rs.getLong("id"), rs.getString("name"),
                        MemberRole.valueOf(rs.getString("role")), rs.getObject("joined_on", LocalDate.class)))
                .list();
        long activeTies = ties.activeTies(organisation.id(), today);
        List<ActivitySection> sections = new ArrayList<>();
        if (!memberships.isEmpty() || activeTies > 0) {
            sections.add(new ActivitySection("networks-membership", 60, message("history.networks.title"),
                    List.of(new FigureGroup("summary", null, List.of(
                            new Figure("networks", message("history.networks.networks"), memberships.size()),
                            new Figure("activeTies", message("history.networks.activeTies"), activeTies)))),
                    memberships.stream().map(m -> new Row(literal(m.name()), "/networks/" + m.networkId(),
                            message("history.networks.row", message("networks.role." + m.role().name()),
                                    literal(DATE.format(m.joinedOn()))))).toList(),
                    memberships.size(), null, null, message("history.networks.empty")));
        }
        if (viewer.mayReadTies() && activeTies > 0) {
            var confirmed = ties.search(new TieQuery(organisation.id(), null, today.getYear(), null, null, true, null),
                    new Paging(0, ActivitySection.FIRST_ROWS));
            if (confirmed.total() > 0) {
                sections.add(new ActivitySection("networks-ties", 61, message("history.networks.ties"), List.of(),
                        confirmed.items().stream().map(tie -> new Row(literal(
                                (tie.fromOrganisationId() == organisation.id() ? tie.toOrganisationName()
                                        : tie.fromOrganisationName())),
                                "/organisations/" + (tie.fromOrganisationId() == organisation.id()
                                        ? tie.toOrganisationId() : tie.fromOrganisationId()),
                                message("history.networks.tieRow", message("networks.tieKind." + tie.kind().name()),
                                        literal(DATE.format(tie.startsOn()))))).toList(),
                        confirmed.total(), "/networks/ties?organisation=" + organisation.id() + "&confirmed=true",
                        message("history.networks.tiesMore"), message("history.networks.tiesEmpty")));
            }
        }
        return sections;
    }
}
