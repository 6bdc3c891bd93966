package pl.koordynator.es.catalogue.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.catalogue.CampaignView;
import pl.koordynator.es.catalogue.CatalogueNews;
import pl.koordynator.es.catalogue.NewsCategory;
import pl.koordynator.es.catalogue.NewsView;
import pl.koordynator.es.catalogue.SocialCampaigns;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;

/** Published news and campaigns over HTTP, for everyone: what the public pages show. */
@RestController
class NewsApi {

    private final CatalogueNews news;
    private final SocialCampaigns campaigns;

    NewsApi(CatalogueNews news, SocialCampaigns campaigns) {
        this.news = news;
        this.campaigns = campaigns;
    }

    @GetMapping("/api/v1/news")
    ApiPage<NewsView> news(@RequestParam(required = false) NewsCategory category,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.of(news.published(category, Paging.of(page, size)));
    }

    @GetMapping("/api/v1/news/{id:\\d+}")
    NewsView item(@PathVariable long id) {
        return news.publishedNews(id);
    }

    @GetMapping("/api/v1/catalogue/campaigns")
    ApiPage<CampaignView> campaigns(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ApiPage.of(campaigns.published(Paging.of(page, size)));
    }

    @GetMapping("/api/v1/catalogue/campaigns/{id:\\d+}")
    CampaignView campaign(@PathVariable long id) {
        return campaigns.publishedCampaign(id);
    }
}
