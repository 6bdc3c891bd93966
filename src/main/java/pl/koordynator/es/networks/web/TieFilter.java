package pl.koordynator.es.networks.web;

import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.networks.TieKind;
import pl.koordynator.es.networks.TieSource;
import pl.koordynator.es.networks.domain.TieQuery;

/**
 * The filters of the tie list as they appear in its address. Derived ties are listed for a year
 * (they are counted per year), so choosing a derived source without one takes the current year.
 */
record TieFilter(Long organisation, TieKind kind, Integer year, String sectors, TieSource source, Boolean confirmed,
        String powiat, Integer page) {

    TieQuery toQuery(int currentYear) {
        Integer asked = year == null && source != null && source.derived() ? Integer.valueOf(currentYear) : year;
        return new TieQuery(organisation, kind, asked, SectorPair.parse(sectors), source, confirmed,
                powiat == null || powiat.isBlank() ? null : powiat.strip());
    }
}
