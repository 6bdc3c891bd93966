package pl.koordynator.es.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * One key figure of the region on the home page, e.g. the number of active PES.
 *
 * @param id    stable and unique across modules ({@code active-pes}); the page's element ids and the tests use it
 * @param order position among the figures; lower first
 * @param label what is counted, as a message
 * @param value the figure
 * @param url   the page that lists what is counted (the register filtered alike, the map, the calendar)
 */
public record HomeFigure(String id, int order, MessageSourceResolvable label, long value, String url) {
}
