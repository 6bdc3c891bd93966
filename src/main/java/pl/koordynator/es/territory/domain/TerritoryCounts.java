package pl.koordynator.es.territory.domain;

/** Current units by level, how many of them have a boundary, and the historical ones. */
public record TerritoryCounts(long voivodeships, long powiats, long gminas, long withBoundary, long historical,
        long subregions) {
}
