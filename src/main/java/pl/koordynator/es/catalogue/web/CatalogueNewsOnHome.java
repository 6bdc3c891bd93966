package pl.koordynator.es.catalogue.web;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.catalogue.domain.NewsHeadlines;
import pl.koordynator.es.shared.HomeSection;
import pl.koordynator.es.shared.HomeSections;

/** The latest news of the social economy on the public home page. */
@Component
class CatalogueNewsOnHome implements HomeSections {

    private final NewsHeadlines headlines;

    CatalogueNewsOnHome(NewsHeadlines headlines) {
        this.headlines = headlines;
    }

    @Override
    public List<HomeSection> sections() {
        List<HomeSection.Item> items = headlines.latest(HomeSection.ITEMS).stream()
                .map(news -> new HomeSection.Item(literal(news.title()), "/aktualnosci/" + news.id(),
                        news.categories().isEmpty() ? null
                                : message("catalogue.news.category." + news.categories().get(0).name()),
                        news.publishAt(), false))
                .toList();
        return List.of(new HomeSection("latest-news", 15, message("catalogue.news.home.title"), items, null,
                "/aktualnosci", message("catalogue.news.home.all"), message("catalogue.news.home.none")));
    }
}
