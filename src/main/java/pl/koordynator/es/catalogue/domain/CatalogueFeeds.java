package pl.koordynator.es.catalogue.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import pl.koordynator.es.catalogue.CatalogueNews;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.OfferSearch;
import pl.koordynator.es.catalogue.OfferSort;
import pl.koordynator.es.catalogue.OfferSummary;
import pl.koordynator.es.catalogue.NewsView;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * The Atom and RSS feeds of the catalogue's public lists, written by ROME so both formats are
 * valid and every text is escaped: entries carry a stable id (the page's address), the time they
 * were last updated and a link to their page. Feeds are in Polish, the language of the portal.
 */
@Component
public class CatalogueFeeds {

    static final int ENTRIES = 30;
    public static final String NEWS_PAGE = "/aktualnosci";
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    /** A feed's format: Atom 1.0 or RSS 2.0. */
    public enum Format {
        ATOM("atom_1.0", "application/atom+xml", "feed.atom"),
        RSS("rss_2.0", "application/rss+xml", "feed.rss");

        private final String romeType;
        private final String mediaType;
        private final String fileName;

        Format(String romeType, String mediaType, String fileName) {
            this.romeType = romeType;
            this.mediaType = mediaType;
            this.fileName = fileName;
        }

        public String mediaType() {
            return mediaType;
        }

        public String fileName() {
            return fileName;
        }
    }

    /** One entry: what it is, where its page is, when it appeared and when it last changed. */
    public record Item(String title, String summary, String path, OffsetDateTime published, OffsetDateTime updated,
            List<String> categories) {
    }

    public static final String OFFER_PAGE = "/katalog/oferty/";

    private final CatalogueNews news;
    private final CatalogueOffers offers;
    private final MessageSource messages;
    private final PlatformSettings platform;

    CatalogueFeeds(CatalogueNews news, CatalogueOffers offers, MessageSource messages, PlatformSettings platform) {
        this.news = news;
        this.offers = offers;
        this.messages = messages;
        this.platform = platform;
    }

    /** The latest published and due news. */
    public String news(Format format) {
        List<Item> items = new ArrayList<>();
        for (NewsView item : news.published(null, new Paging(0, ENTRIES)).items()) {
            items.add(new Item(item.title(), item.lead(), NEWS_PAGE + "/" + item.id(), item.publishAt(),
                    item.updatedAt().isAfter(item.publishAt()) ? item.updatedAt() : item.publishAt(),
                    item.categories().stream().map(c -> text("catalogue.news.category." + c.name())).toList()));
        }
        return write(format, text("catalogue.news.feed.title"), text("catalogue.news.feed.description"), NEWS_PAGE,
                NEWS_PAGE + "/" + format.fileName(), items);
    }

    /**
     * The newest published offers (of active organisations, as the public catalogue shows them),
     * optionally of one category (top or sub) or serving one gmina, so a JST can follow its own.
     */
    public String offers(Format format, String category, String gminaTeryt) {
        Map<String, String> categoryNames = new HashMap<>();
        offers.categories().forEach(c -> categoryNames.put(c.code(), c.namePl()));
        List<Item> items = new ArrayList<>();
        for (OfferSummary offer : offers.search(new OfferSearch(null, blankToNull(category), blankToNull(gminaTeryt),
                null, null, null, null, OfferSort.NEWEST, 0, ENTRIES)).offers().items()) {
            OffsetDateTime published = offer.publishedAt() == null ? offer.updatedAt() : offer.publishedAt();
            List<String> categories = new ArrayList<>();
            if (categoryNames.containsKey(offer.topCategoryCode())) {
                categories.add(categoryNames.get(offer.topCategoryCode()));
            }
            if (!Objects.equals(offer.categoryCode(), offer.topCategoryCode()) && categoryNames.containsKey(offer.categoryCode())) {
                categories.add(categoryNames.get(offer.categoryCode()));
            }
            items.add(new Item(text("catalogue.news.feed.offers.entry", offer.name(), offer.organisationName()),
                    offer.lead(), OFFER_PAGE + offer.id(), published,
                    offer.updatedAt() != null && offer.updatedAt().isAfter(published) ? offer.updatedAt() : published,
                    categories));
        }
        return write(format, text("catalogue.news.feed.offers.title"), text("catalogue.news.feed.offers.description"),
                "/katalog", "/katalog/" + format.fileName(), items);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A feed of the items, newest first as given. */
    public String write(Format format, String title, String description, String pagePath, String selfPath,
            List<Item> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setTitle(title);
        feed.setDescription(description);
        feed.setLink(platform.link(pagePath));
        feed.setUri(platform.link(selfPath));
        feed.setLanguage("pl");
        feed.setAuthor(text("catalogue.news.feed.author"));
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(platform.link(selfPath));
        self.setType(format.mediaType);
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(platform.link(pagePath));
        alternate.setType("text/html");
        feed.setLinks(List.of(alternate, self));
        OffsetDateTime latest = items.stream().map(Item::updated).max(OffsetDateTime::compareTo)
                .orElse(OffsetDateTime.parse("2026-01-01T00:00:00Z"));
        feed.setPublishedDate(Date.from(latest.toInstant()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Item item : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(item.title());
            entry.setLink(platform.link(item.path()));
            entry.setUri(platform.link(item.path()));
            entry.setPublishedDate(Date.from(item.published().toInstant()));
            entry.setUpdatedDate(Date.from(item.updated().toInstant()));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(item.summary() == null ? "" : item.summary());
            entry.setDescription(summary);
            entry.setCategories(item.categories().stream().map(name -> {
                SyndCategoryImpl category = new SyndCategoryImpl();
                category.setName(name);
                return (com.rometools.rome.feed.synd.SyndCategory) category;
            }).toList());
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("the feed could not be written", e);
        }
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, POLISH);
    }
}
