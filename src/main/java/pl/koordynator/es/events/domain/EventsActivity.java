package pl.koordynator.es.events.domain;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.registry.ActivitySection;
import pl.koordynator.es.registry.ActivitySection.Figure;
import pl.koordynator.es.registry.ActivitySection.FigureGroup;
import pl.koordynator.es.registry.ActivitySection.Row;
import pl.koordynator.es.registry.OrganisationActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.PlatformSettings;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * {@code events-attended}: the published events whose participants, registered for the
 * organisation, were checked in, newest first, with how many of its people came. Who came to an
 * event is on its participant list, which only the organiser and ROPS read ({@link EventAccess}), so:
 * ROPS sees all of it; the organisation's own people (an account acting for it) see all of it; the
 * staff of an OWES see attendance at the events their OWES organised; a visitor and everyone else
 * see no section, even for public events, since attending is not published anywhere.
 * Two figures and the first rows in one query.
 */
@Component("eventsOrganisationActivity")
class EventsActivity implements OrganisationActivity {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final ZoneId zone;

    EventsActivity(JdbcClient jdbc, UserAccounts accounts, PlatformSettings settings) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.zone = settings.timeZone();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySection> sections(OrganisationView organisation) {
        Caller caller = accounts.caller();
        Long organiser;
        if (caller.admin() || caller.actsFor(organisation.id())) {
            organiser = null;
        } else if (caller.owesId() != null) {
            organiser = caller.owesId();
        } else {
            return List.of();
        }
        record Attended(long id, String title, OffsetDateTime startsAt, long people, long events, long allPeople) {
        }
        List<Attended> attended = jdbc.sql("""
                select e.id, e.title, e.starts_at, count(*) as people, count(*) over () as events,
                    sum(count(*)) over () as all_people
                from event_registration r join event e on e.id = r.event_id
                where r.organisation_id = :organisation and r.attended and r.status = 'CONFIRMED'
                  and e.status = 'PUBLISHED' and (cast(:organiser as bigint) is null or e.organiser_id = :organiser)
                group by e.id order by e.starts_at desc, e.id desc limit :limit""")
                .param("organisation", organisation.id()).param("organiser", organiser)
                .param("limit", ActivitySection.FIRST_ROWS)
                .query((rs, n) -> new Attended(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("starts_at", OffsetDateTime.class), rs.getLong("people"), rs.getLong("events"),
                        rs.getLong("all_people")))
                .list();
        long events = attended.isEmpty() ? 0 : attended.get(0).events();
        long people = attended.isEmpty() ? 0 : attended.get(0).allPeople();
        List<FigureGroup> figures = events == 0 ? List.of() : List.of(new FigureGroup("total", null, List.of(
                new Figure("events", message("history.events.count"), events),
                new Figure("participants", message("history.events.participants"), people))));
        return List.of(new ActivitySection("events-attended", 40, message("history.events.title"), figures,
                attended.stream().map(event -> new Row(literal(event.title()), "/events/" + event.id(),
                        message("history.events.row", DATE.format(event.startsAt().atZoneSameInstant(zone)),
                                event.people()))).toList(),
                // no page lists attendance by organisation: the figures give the whole count
                events, null, null, message("history.events.empty")));
    }
}
