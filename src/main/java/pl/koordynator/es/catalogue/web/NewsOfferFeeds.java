package pl.koordynator.es.catalogue.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.catalogue.domain.CatalogueFeeds;

/** The Atom and RSS feeds of the newest published offers: all, or of a category, or serving a gmina. */
@RestController
class NewsOfferFeeds {

    private final CatalogueFeeds feeds;

    NewsOfferFeeds(CatalogueFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/katalog/feed.atom")
    ResponseEntity<String> atom(@RequestParam(required = false) String category,
            @RequestParam(required = false) String gminaTeryt) {
        return feed(CatalogueFeeds.Format.ATOM, category, gminaTeryt);
    }

    @GetMapping("/katalog/feed.rss")
    ResponseEntity<String> rss(@RequestParam(required = false) String category,
            @RequestParam(required = false) String gminaTeryt) {
        return feed(CatalogueFeeds.Format.RSS, category, gminaTeryt);
    }

    private ResponseEntity<String> feed(CatalogueFeeds.Format format, String category, String gminaTeryt) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
                .body(feeds.offers(format, category, gminaTeryt));
    }
}
