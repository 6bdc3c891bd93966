package pl.koordynator.es.territory.domain;

import pl.koordynator.es.territory.Level;

/** Filter of the unit list on the admin page; every part is optional. Historical units are listed too. */
public record UnitQuery(Level level, String powiatTeryt, String text) {

    public UnitQuery {
        powiatTeryt = powiatTeryt == null || powiatTeryt.isBlank() ? null : powiatTeryt.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
