package pl.koordynator.es.networks.domain;

import pl.koordynator.es.networks.SectorPair;

/**
 * What the graph shows: the year, and optionally only ties of a pair of sectors, ties with an end
 * in a powiat, and declared ({@code derived} false), derived ({@code true}) or all ({@code null}) ties.
 */
public record GraphQuery(int year, SectorPair sectors, String powiatTeryt, Boolean derived) {
}
