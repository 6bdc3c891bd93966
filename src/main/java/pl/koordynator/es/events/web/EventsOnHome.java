package pl.koordynator.es.events.web;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import pl.koordynator.es.events.domain.EventsPublicUpcoming;
import pl.koordynator.es.shared.HomeFigure;
import pl.koordynator.es.shared.HomeSection;
import pl.koordynator.es.shared.HomeSections;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/** The calendar on the home page: how many public events the coming month holds, and the next five. */
@Component
class EventsOnHome implements HomeSections {

    private final EventsPublicUpcoming upcoming;
    private final Territory territory;

    EventsOnHome(EventsPublicUpcoming upcoming, Territory territory) {
        this.upcoming = upcoming;
        this.territory = territory;
    }

    @Override
    public List<HomeFigure> figures() {
        return List.of(new HomeFigure("events-coming-month", 40, message("home.figure.eventsComingMonth"),
                upcoming.upcoming(HomeSection.ITEMS).comingMonth(), "/events"));
    }

    @Override
    public List<HomeSection> sections() {
        List<EventsPublicUpcoming.Next> next = upcoming.upcoming(HomeSection.ITEMS).next();
        // the territory's list of gminas is kept between changes; one lookup per event would be a query each
        Map<String, String> gminas = next.isEmpty() ? Map.of() : territory.units(Level.GMINA, null).stream()
                .collect(Collectors.toMap(Unit::teryt, Unit::name, (a, b) -> a));
        List<HomeSection.Item> items = next.stream()
                .map(event -> new HomeSection.Item(literal(event.title()), "/events/" + event.id(),
                        message("home.events.note", message("events.type." + event.type().name()),
                                place(event, gminas)),
                        event.startsAt(), true))
                .toList();
        return List.of(new HomeSection("next-events", 10, message("home.events.title"), items, null, "/events",
                message("home.events.all"), message("home.events.none")));
    }

    private static MessageSourceResolvable place(EventsPublicUpcoming.Next event, Map<String, String> gminas) {
        if (event.gminaTeryt() == null) {
            return message("home.events.online");
        }
        String name = gminas.get(event.gminaTeryt());
        return name == null ? literal(event.organiserName()) : message("home.events.gmina", name);
    }
}
