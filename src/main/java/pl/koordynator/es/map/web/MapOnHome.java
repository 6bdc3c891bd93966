package pl.koordynator.es.map.web;

import static pl.koordynator.es.shared.DashboardCard.message;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.map.AreaTotal;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.domain.MapData;
import pl.koordynator.es.map.domain.MapIndicators;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.HomeFigure;
import pl.koordynator.es.shared.HomeSection;
import pl.koordynator.es.shared.HomeSections;

/**
 * The map on the home page: the region's reintegration places (as the map's region total counts
 * them) and a small picture of the gminas shaded like the map's default layer, linking to the map.
 */
@Component
class MapOnHome implements HomeSections {

    static final String PLACES = "REINTEGRATION_PLACES";

    private record Answer(BigDecimal places, HomeSection.Picture picture) {
    }

    private final MapIndicators catalogue;
    private final MapData data;
    private final HomeMapPicture pictures;
    private final CachedAnswers<Integer, Answer> answers;

    MapOnHome(MapIndicators catalogue, MapData data, HomeMapPicture pictures, DataChanges changes) {
        this.catalogue = catalogue;
        this.data = data;
        this.pictures = pictures;
        // the same data as a map layer: the register's counts, statistics, needs and the boundaries
        this.answers = changes.cache(2, "map", "registry", "statistics", "needs", "territory");
    }

    @Override
    public List<HomeFigure> figures() {
        BigDecimal places = answer().places();
        return places == null ? List.of() : List.of(new HomeFigure("reintegration-places", 30,
                message("home.figure.reintegrationPlaces"), places.longValue(), "/map?indicator=" + PLACES));
    }

    @Override
    public List<HomeSection> sections() {
        HomeSection.Picture picture = answer().picture();
        return picture == null ? List.of() : List.of(new HomeSection("map", 20, message("home.map.title"), List.of(),
                picture, "/map", message("home.map.open"), null));
    }

    /** Keyed by the year: live register indicators are this year's values. */
    private Answer answer() {
        int year = catalogue.currentYear();
        return answers.get(year, () -> {
            List<AreaTotal> totals = data.totals(data.indicator(PLACES), year, "region");
            return new Answer(totals.get(totals.size() - 1).value(),
                    pictures.draw(data.layer(MapLevel.GMINA, MapPages.DEFAULT_INDICATOR, null)));
        });
    }
}
