package pl.koordynator.es.catalogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A social campaign with its KPIs, planned and achieved, and its events with their reach. */
public record CampaignView(long id, String name, String goal, LocalDate startsOn, LocalDate endsOn,
        List<CampaignAudience> audiences, List<CampaignChannel> channels, Kpi reach, Kpi materials, Kpi mentions,
        String results, CampaignStatus status, List<CampaignEvent> events, int version) {

    /** One key figure: what was planned and what was achieved, either unknown (null). */
    public record Kpi(Integer planned, Integer achieved) {

        /** Achieved as a percentage of planned, rounded; null when either is unknown or nothing was planned. */
        public Integer percent() {
            return planned == null || achieved == null || planned == 0 ? null
                    : (int) Math.round(achieved * 100.0 / planned);
        }
    }

    /**
     * An event of the campaign as the calendar knows it: {@code peopleReached} as its organiser
     * entered it (null: not yet), {@code attendees} the people checked in.
     */
    public record CampaignEvent(long id, String title, OffsetDateTime startsAt, String status, Integer peopleReached,
            long attendees) {
    }

    /** Running on the day: started and not ended. */
    public boolean runningOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public List<String> goalParagraphs() {
        return paragraphs(goal);
    }

    public List<String> resultParagraphs() {
        return paragraphs(results);
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of() : java.util.Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(String::strip).filter(paragraph -> !paragraph.isEmpty()).toList();
    }
}
