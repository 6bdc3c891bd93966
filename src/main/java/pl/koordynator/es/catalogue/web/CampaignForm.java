package pl.koordynator.es.catalogue.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.catalogue.CampaignAudience;
import pl.koordynator.es.catalogue.CampaignChannel;
import pl.koordynator.es.catalogue.CampaignInput;
import pl.koordynator.es.catalogue.CampaignView;

/** The campaign form of ROPS's pages: dates as dd.MM.yyyy and KPIs typed as text, each checked with its field named. */
public class CampaignForm {

    private String name;
    private String goal;
    private String startsOn;
    private String endsOn;
    private List<CampaignAudience> audiences = new ArrayList<>();
    private List<CampaignChannel> channels = new ArrayList<>();
    private String plannedReach;
    private String plannedMaterials;
    private String plannedMentions;
    private String achievedReach;
    private String achievedMaterials;
    private String achievedMentions;
    private String results;
    private List<Long> eventIds = new ArrayList<>();
    private Integer version;

    static CampaignForm of(CampaignView campaign) {
        CampaignForm form = new CampaignForm();
        form.name = campaign.name();
        form.goal = campaign.goal();
        form.startsOn = NewsFormValues.day(campaign.startsOn());
        form.endsOn = NewsFormValues.day(campaign.endsOn());
        form.audiences = new ArrayList<>(campaign.audiences());
        form.channels = new ArrayList<>(campaign.channels());
        form.plannedReach = NewsFormValues.number(campaign.reach().planned());
        form.plannedMaterials = NewsFormValues.number(campaign.materials().planned());
        form.plannedMentions = NewsFormValues.number(campaign.mentions().planned());
        form.achievedReach = NewsFormValues.number(campaign.reach().achieved());
        form.achievedMaterials = NewsFormValues.number(campaign.materials().achieved());
        form.achievedMentions = NewsFormValues.number(campaign.mentions().achieved());
        form.results = campaign.results();
        form.eventIds = new ArrayList<>(campaign.events().stream().map(CampaignView.CampaignEvent::id).toList());
        form.version = campaign.version();
        return form;
    }

    CampaignInput toInput() {
        NewsFormValues values = new NewsFormValues();
        LocalDate starts = values.day("startsOn", startsOn, true);
        LocalDate ends = values.day("endsOn", endsOn, true);
        Integer pReach = values.number("plannedReach", plannedReach);
        Integer pMaterials = values.number("plannedMaterials", plannedMaterials);
        Integer pMentions = values.number("plannedMentions", plannedMentions);
        Integer aReach = values.number("achievedReach", achievedReach);
        Integer aMaterials = values.number("achievedMaterials", achievedMaterials);
        Integer aMentions = values.number("achievedMentions", achievedMentions);
        values.throwIfAny();
        return new CampaignInput(name, goal, starts, ends, audiences, channels, pReach, pMaterials, pMentions, aReach,
                aMaterials, aMentions, results, eventIds, version);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public List<CampaignAudience> getAudiences() { return audiences; }
    public void setAudiences(List<CampaignAudience> audiences) { this.audiences = audiences; }
    public List<CampaignChannel> getChannels() { return channels; }
    public void setChannels(List<CampaignChannel> channels) { this.channels = channels; }
    public String getPlannedReach() { return plannedReach; }
    public void setPlannedReach(String plannedReach) { this.plannedReach = plannedReach; }
    public String getPlannedMaterials() { return plannedMaterials; }
    public void setPlannedMaterials(String plannedMaterials) { this.plannedMaterials = plannedMaterials; }
    public String getPlannedMentions() { return plannedMentions; }
    public void setPlannedMentions(String plannedMentions) { this.plannedMentions = plannedMentions; }
    public String getAchievedReach() { return achievedReach; }
    public void setAchievedReach(String achievedReach) { this.achievedReach = achievedReach; }
    public String getAchievedMaterials() { return achievedMaterials; }
    public void setAchievedMaterials(String achievedMaterials) { this.achievedMaterials = achievedMaterials; }
    public String getAchievedMentions() { return achievedMentions; }
    public void setAchievedMentions(String achievedMentions) { this.achievedMentions = achievedMentions; }
    public String getResults() { return results; }
    public void setResults(String results) { this.results = results; }
    public List<Long> getEventIds() { return eventIds; }
    public void setEventIds(List<Long> eventIds) { this.eventIds = eventIds; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
