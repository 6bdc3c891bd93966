package pl.koordynator.es.networks.domain;

import java.util.List;

/** The measures of a year at one level (region, subregion, powiat): one row per area, the region first. */
public record TieMeasures(int year, String level, List<TieMeasureRow> rows) {
}
