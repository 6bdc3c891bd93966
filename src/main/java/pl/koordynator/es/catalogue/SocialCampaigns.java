package pl.koordynator.es.catalogue;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Social campaigns of ROPS: planned, run and accounted for; published ones have a public results page. */
public interface SocialCampaigns {

    /** Published campaigns, the latest start first. */
    PageOf<CampaignView> published(Paging paging);

    /** A published campaign; {@link pl.koordynator.es.shared.NotFoundException} otherwise. */
    CampaignView publishedCampaign(long id);

    /** Every campaign (ROPS). */
    PageOf<CampaignView> all(Paging paging);

    CampaignView campaign(long id);

    CampaignView create(CampaignInput input);

    CampaignView update(long id, CampaignInput input);

    CampaignView publish(long id);

    CampaignView unpublish(long id);

    void delete(long id);

    /** The calendar's campaign events a campaign may link: from two years back to a year ahead (ROPS). */
    java.util.List<CampaignView.CampaignEvent> eventChoices();
}
