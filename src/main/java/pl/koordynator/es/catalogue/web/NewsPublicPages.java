package pl.koordynator.es.catalogue.web;

import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.catalogue.CatalogueNews;
import pl.koordynator.es.catalogue.NewsCategory;
import pl.koordynator.es.catalogue.NewsImageFile;
import pl.koordynator.es.catalogue.domain.CatalogueFeeds;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.Paging;

/** The public news of the social economy: the list by category, each item's page, its picture and the feeds. */
@Controller
@RequestMapping("/aktualnosci")
class NewsPublicPages {

    private final CatalogueNews news;
    private final CatalogueFeeds feeds;

    NewsPublicPages(CatalogueNews news, CatalogueFeeds feeds) {
        this.news = news;
        this.feeds = feeds;
    }

    @GetMapping
    String list(@RequestParam(required = false) NewsCategory category, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("news", news.published(category, Paging.of(page, 10)));
        model.addAttribute("category", category);
        model.addAttribute("categories", NewsCategory.values());
        feeds(model);
        return "catalogue/news/list";
    }

    @GetMapping("/{id:\\d+}")
    String item(@PathVariable long id, Model model) {
        model.addAttribute("item", news.publishedNews(id));
        feeds(model);
        return "catalogue/news/item";
    }

    @GetMapping("/{id:\\d+}/obraz/{size:thumb|large}")
    ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable String size) {
        NewsImageFile file = news.image(id, "large".equals(size)).orElseThrow(() -> new NotFoundException("image", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS)).eTag(file.sha256())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> atom() {
        return feed(CatalogueFeeds.Format.ATOM);
    }

    @GetMapping("/feed.rss")
    ResponseEntity<String> rss() {
        return feed(CatalogueFeeds.Format.RSS);
    }

    private ResponseEntity<String> feed(CatalogueFeeds.Format format) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
                .body(feeds.news(format));
    }

    static void feeds(Model model) {
        model.addAttribute("atomFeed", "/aktualnosci/feed.atom");
        model.addAttribute("atomFeedTitle", "catalogue.news.feed.atom");
        model.addAttribute("rssFeed", "/aktualnosci/feed.rss");
        model.addAttribute("rssFeedTitle", "catalogue.news.feed.rss");
    }
}
