package pl.koordynator.es.needs.web;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import pl.koordynator.es.needs.PublishedNeed;
import pl.koordynator.es.needs.domain.NeedsPublicRecent;
import pl.koordynator.es.shared.HomeSection;
import pl.koordynator.es.shared.HomeSections;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/** The needs published most recently, on the home page, each linking to its page. */
@Component
class NeedsOnHome implements HomeSections {

    private final NeedsPublicRecent needs;
    private final Territory territory;

    NeedsOnHome(NeedsPublicRecent needs, Territory territory) {
        this.needs = needs;
        this.territory = territory;
    }

    @Override
    public List<HomeSection> sections() {
        List<PublishedNeed> recent = needs.recent(HomeSection.ITEMS);
        Map<String, String> gminas = recent.isEmpty() ? Map.of() : territory.units(Level.GMINA, null).stream()
                .collect(Collectors.toMap(Unit::teryt, Unit::name, (a, b) -> a));
        List<HomeSection.Item> items = recent.stream()
                .map(need -> new HomeSection.Item(literal(need.title()), "/needs/" + need.id(),
                        message("home.needs.note", message("needs.category." + need.category().name()),
                                gminas.getOrDefault(need.gminaTeryt(), need.gminaTeryt())),
                        need.publishedAt(), false))
                .toList();
        return List.of(new HomeSection("recent-needs", 30, message("home.needs.title"), items, null, "/needs",
                message("home.needs.all"), message("home.needs.none")));
    }
}
