package pl.koordynator.es.catalogue.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.catalogue.SocialCampaigns;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PlatformSettings;

/** The public social campaigns: the list and each campaign's results page (KPIs planned against achieved). */
@Controller
@RequestMapping("/kampanie")
class CampaignPublicPages {

    private final SocialCampaigns campaigns;
    private final Clock clock;
    private final PlatformSettings platform;

    CampaignPublicPages(SocialCampaigns campaigns, Clock clock, PlatformSettings platform) {
        this.campaigns = campaigns;
        this.clock = clock;
        this.platform = platform;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("campaigns", campaigns.published(Paging.of(page, 10)));
        model.addAttribute("today", LocalDate.now(clock.withZone(platform.timeZone())));
        return "catalogue/news/campaigns";
    }

    @GetMapping("/{id:\\d+}")
    String campaign(@PathVariable long id, Model model) {
        model.addAttribute("campaign", campaigns.publishedCampaign(id));
        model.addAttribute("today", LocalDate.now(clock.withZone(platform.timeZone())));
        return "catalogue/news/campaign";
    }
}
