package pl.koordynator.es.registry;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * One section of an organisation's history: a few figures (hours by form, needs by status), the
 * first rows (each a link to the record), and a link to the whole list in its module. Texts are
 * message keys with arguments, or literal data such as an event's title
 * ({@code DashboardCard.message}, {@code DashboardCard.literal}), resolved in the reader's language
 * when the card or the API answer is written.
 *
 * @param id      stable and unique across modules ({@code support-received}); the API's key and the page's element id
 * @param order   position on the card; lower first
 * @param title   what the section is about
 * @param figures groups of figures, each with a stable key; the first group usually without a title
 * @param rows    the first rows, at most {@link #FIRST_ROWS}
 * @param total   how many rows there are in all (the rest are behind {@code moreUrl})
 * @param moreUrl where the whole list is; null when there is no such page for this caller
 * @param more    the text of that link
 * @param empty   what the section says when it has no rows, in words
 */
public record ActivitySection(String id, int order, MessageSourceResolvable title, List<FigureGroup> figures,
        List<Row> rows, long total, String moreUrl, MessageSourceResolvable more, MessageSourceResolvable empty) {

    /** How many rows a section lists; the rest are behind its "more" link. */
    public static final int FIRST_ROWS = 10;

    public ActivitySection {
        figures = figures == null ? List.of() : List.copyOf(figures);
        rows = rows == null ? List.of() : List.copyOf(rows.subList(0, Math.min(rows.size(), FIRST_ROWS)));
        // a link text without a link (a visitor, for whom there is no such page) would only confuse the API's readers
        more = moreUrl == null ? null : more;
    }

    /**
     * Figures that belong together ("hours by form").
     *
     * @param key   stable within the section ({@code byForm})
     * @param title null for the section's headline figures
     */
    public record FigureGroup(String key, MessageSourceResolvable title, List<Figure> figures) {

        public FigureGroup {
            figures = List.copyOf(figures);
        }
    }

    /**
     * One figure.
     *
     * @param key   stable within its group ({@code CONSULTING}, {@code hours})
     * @param label what it counts, in the reader's language
     * @param value the number
     */
    public record Figure(String key, MessageSourceResolvable label, Number value) {
    }

    /**
     * One record of the section.
     *
     * @param text what it is (an event's title, a need's title, a report's period)
     * @param url  where it is shown or dealt with; null when the caller has no page for it
     * @param note a detail after it (a date, a status); null for none
     */
    public record Row(MessageSourceResolvable text, String url, MessageSourceResolvable note) {
    }
}
