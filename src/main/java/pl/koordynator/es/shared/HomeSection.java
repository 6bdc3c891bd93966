package pl.koordynator.es.shared;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * One section of the home page: a heading, a few items (each a link) or a small picture, and a
 * link to the whole list. Texts are messages resolved in the reader's language when the page is
 * rendered (see {@link DashboardCard#message} and {@link DashboardCard#literal}).
 *
 * @param id      stable and unique across modules ({@code next-events}); the page's element ids and the tests use it
 * @param order   position on the page; lower first
 * @param title   the heading
 * @param items   what the section lists (at most {@link #ITEMS} are shown); empty for a picture
 * @param picture a small picture linking to {@code moreUrl}; null for a list
 * @param moreUrl where the whole list (or the full map) is
 * @param more    the text of that link
 * @param empty   what the section says when it has no items, in words
 */
public record HomeSection(String id, int order, MessageSourceResolvable title, List<Item> items, Picture picture,
        String moreUrl, MessageSourceResolvable more, MessageSourceResolvable empty) {

    /** How many items a section lists. */
    public static final int ITEMS = 5;

    public HomeSection {
        items = items == null ? List.of() : List.copyOf(items.subList(0, Math.min(items.size(), ITEMS)));
    }

    /**
     * One item of a list.
     *
     * @param text     what it is (an event's or a need's title)
     * @param url      its page
     * @param note     a detail after it (a place, a category); null for none
     * @param when     its date, shown as dd.MM.yyyy in the region's time zone; null for none
     * @param withTime whether the time of day (HH:mm) follows the date
     */
    public record Item(MessageSourceResolvable text, String url, MessageSourceResolvable note, OffsetDateTime when,
            boolean withTime) {
    }

    /**
     * A small drawing (an SVG of the region's gminas): shapes with SVG path data in the
     * coordinates of the view box, each shaded by a class 0–4 of growing values (-1: no data), the
     * same colours as the map's.
     *
     * @param width       the view box's width
     * @param height      the view box's height
     * @param shapes      what is drawn
     * @param description what the picture shows, for those who cannot see it
     * @param legend      what the shades mean, lowest first; empty for none
     */
    public record Picture(int width, int height, List<Shape> shapes, MessageSourceResolvable description,
            List<Legend> legend) {

        public Picture {
            shapes = List.copyOf(shapes);
            legend = legend == null ? List.of() : List.copyOf(legend);
        }
    }

    /** One shape of a picture: its path, its shade (0–4, -1 for no data) and its name, shown on hover. */
    public record Shape(String path, int shade, MessageSourceResolvable title) {
    }

    /** What one shade means ("3–5 PES"). */
    public record Legend(int shade, MessageSourceResolvable text) {
    }
}
