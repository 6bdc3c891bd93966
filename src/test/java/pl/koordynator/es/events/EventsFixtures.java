package pl.koordynator.es.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import pl.koordynator.es.events.domain.EventInput;
import pl.koordynator.es.events.domain.EventService;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.MailServer;
import pl.koordynator.es.testing.TestUsers;

/** Events for tests, created through the service as their organiser would. */
@Component
public class EventsFixtures {

    public static final String GDANSK = "2261011";
    public static final String GDYNIA = "2262011";

    private static final Pattern OWN_LINK = Pattern.compile("http://localhost:8080(/events/registrations/[0-9a-f-]{36})");

    private final EventService events;
    private final RegistryFixtures registry;
    private final TestUsers users;
    private final Clock clock;

    EventsFixtures(EventService events, RegistryFixtures registry, TestUsers users, Clock clock) {
        this.events = events;
        this.registry = registry;
        this.users = users;
        this.clock = clock;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A training in Gdańsk a week from now, as the input the API takes. */
    public EventInput training(String title, Integer capacity) {
        OffsetDateTime start = now().plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0);
        return new EventInput(title, "TRAINING", "Szkolenie dla spółdzielni socjalnych.", null, start.toString(),
                start.plusHours(4).toString(), GDANSK, "Urząd Marszałkowski, ul. Okopowa 21/27", null, capacity, null,
                null, "Spółdzielnie socjalne", true, "PUBLISHED", List.of("LEGAL"), null, null, null);
    }

    /** Creates the event as ROPS (signed in as an administrator for the call). */
    public EventView published(EventInput input) {
        UserView admin = users.create("rops-" + System.nanoTime(), Role.ADMIN);
        users.signIn(admin);
        try {
            return events.create(input);
        } finally {
            users.signOut();
        }
    }

    /** Cancels the event as ROPS. */
    public EventView cancel(long id) {
        UserView admin = users.create("rops-" + System.nanoTime(), Role.ADMIN);
        users.signIn(admin);
        try {
            return events.cancel(id, null);
        } finally {
            users.signOut();
        }
    }

    public OrganisationView owes(String name) {
        return registry.owes(name, GDANSK);
    }

    public UserView owesUser(OrganisationView owes) {
        return users.create("owes-" + System.nanoTime(), Role.OWES, owes.id());
    }

    /** The participant's own link (path) in an e-mail's text. */
    public static String ownLink(MailServer.Mail mail) {
        Matcher matcher = OWN_LINK.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("no registration link in: " + mail.text());
        }
        return matcher.group(1);
    }
}
