package pl.koordynator.es.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cards of {@code /panel} as a person reads them: number, items (text, link, note), the
 * empty-queue sentence and the "more" link, read from the rendered page.
 */
public final class PanelCards {

    public record Item(String text, String url, String note) {
    }

    public record Card(String id, String title, Long count, List<Item> items, String empty, String moreUrl,
            String more) {
    }

    private static final Pattern SECTION = Pattern.compile("<section[^>]*data-card=\"([^\"]+)\"[^>]*>(.*?)</section>",
            Pattern.DOTALL);
    private static final Pattern COUNT = Pattern.compile("<span class=\"card-count[^\"]*\">([^<]*)</span>");
    private static final Pattern TITLE = Pattern.compile("<h2[^>]*>.*?<span>([^<]*)</span>\\s*</h2>", Pattern.DOTALL);
    private static final Pattern LIST = Pattern.compile("<ul class=\"list-unstyled mb-2\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<li[^>]*>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\">([^<]*)</a>");
    private static final Pattern PLAIN = Pattern.compile("<span>([^<]*)</span>");
    private static final Pattern NOTE = Pattern.compile("<span class=\"text-body-secondary\">· ([^<]*)</span>");
    private static final Pattern EMPTY = Pattern.compile("<p class=\"text-body-secondary mb-2\">([^<]*)</p>");
    private static final Pattern MORE = Pattern.compile("<a class=\"mt-auto\" href=\"([^\"]*)\">([^<]*)</a>");

    private PanelCards() {
    }

    /** The cards the caller's {@code /panel} shows, by id in page order. */
    public static Map<String, Card> of(MockMvc mvc, RequestPostProcessor as) throws Exception {
        String html = mvc.perform(get("/panel").with(as)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return parse(html);
    }

    public static Map<String, Card> parse(String html) {
        Map<String, Card> cards = new LinkedHashMap<>();
        Matcher section = SECTION.matcher(html);
        while (section.find()) {
            String body = section.group(2);
            Matcher count = COUNT.matcher(body);
            Matcher title = TITLE.matcher(body);
            List<Item> items = new ArrayList<>();
            Matcher list = LIST.matcher(body);
            if (list.find()) {
                Matcher item = ITEM.matcher(list.group(1));
                while (item.find()) {
                    Matcher link = LINK.matcher(item.group(1));
                    Matcher plain = PLAIN.matcher(item.group(1));
                    Matcher note = NOTE.matcher(item.group(1));
                    boolean linked = link.find();
                    items.add(new Item(text(linked ? link.group(2) : plain.find() ? plain.group(1) : null),
                            linked ? text(link.group(1)) : null, note.find() ? text(note.group(1)) : null));
                }
            }
            Matcher empty = EMPTY.matcher(body);
            Matcher more = MORE.matcher(body);
            boolean hasMore = more.find();
            cards.put(section.group(1), new Card(section.group(1), title.find() ? text(title.group(1)) : null,
                    count.find() ? Long.valueOf(count.group(1).replaceAll("\\D", "")) : null, items,
                    empty.find() ? text(empty.group(1)) : null, hasMore ? text(more.group(1)) : null,
                    hasMore ? text(more.group(2)) : null));
        }
        return cards;
    }

    private static String text(String html) {
        return html == null ? null : html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace('\u00a0', ' ').strip();
    }
}
