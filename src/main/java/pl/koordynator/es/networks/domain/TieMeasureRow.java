package pl.koordynator.es.networks.domain;

import java.util.Map;

/**
 * The measures of one area in a year: the region, a subregion or a powiat ({@code teryt} the
 * powiat's code, the region's code, or null for a subregion with its {@code subregionId}).
 * {@code activeBySectors} counts confirmed declared ties active on some day of the year by the
 * pair of sectors they join ({@code PES_BUSINESS} → 12), {@code newBySectors} those that started
 * in the year. {@code members} counts current members on the last day of the year by sector.
 */
public record TieMeasureRow(String level, String teryt, Long subregionId, String name,
        Map<String, Long> activeBySectors, Map<String, Long> newBySectors, long activeTies, long newTies,
        long pesWithCrossSectorTie, Map<String, Long> membersBySector, long meetings, long meetingAttendees) {
}
