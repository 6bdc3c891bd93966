package pl.koordynator.es.shared;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One card of the dashboard: a number (how many things wait, or a key figure), the first few
 * of those things as links, and a link to the full list. Texts are message keys with arguments
 * (or literal data such as an organisation's name), resolved in the reader's language when the
 * page is rendered.
 *
 * @param id       stable and unique across modules ({@code reports-waiting}); the page's element ids and
 *                 the tests use it
 * @param order    position on the dashboard; lower first (work queues before figures)
 * @param title    what the card counts
 * @param count    the number shown large; null for a card that is only a list of figures
 * @param items    the first few items (at most {@link #FIRST_ITEMS} are shown)
 * @param moreUrl  where the whole queue is; null when there is no such page
 * @param more     the text of that link
 * @param empty    what the card says when its queue is empty, in words
 */
public record DashboardCard(String id, int order, MessageSourceResolvable title, Long count, List<Item> items,
        String moreUrl, MessageSourceResolvable more, MessageSourceResolvable empty) {

    /** How many items a card lists; the rest are behind its "more" link. */
    public static final int FIRST_ITEMS = 5;

    public DashboardCard {
        items = items == null ? List.of() : List.copyOf(items.subList(0, Math.min(items.size(), FIRST_ITEMS)));
    }

    /**
     * One thing on a card.
     *
     * @param text what it is (a report, an event, a figure's name)
     * @param url  where it is dealt with; null for a plain figure
     * @param note a detail after it ("czeka 12 dni", "18 / 25 miejsc"); null for none
     */
    public record Item(MessageSourceResolvable text, String url, MessageSourceResolvable note) {
    }

    /** A text from the messages, with arguments formatted in the reader's language. */
    public static MessageSourceResolvable message(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }

    /** Data shown as it is (an organisation's name, an event's title); never read as a message pattern. */
    public static MessageSourceResolvable literal(String text) {
        return new DefaultMessageSourceResolvable(null, null, text);
    }
}
