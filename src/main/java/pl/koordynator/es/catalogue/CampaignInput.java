package pl.koordynator.es.catalogue;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A social campaign as ROPS plans and accounts for it: planned and achieved KPIs (people reached,
 * materials distributed, media mentions) and the calendar's campaign events that belong to it.
 *
 * @param eventIds ids of events of type CAMPAIGN in the events module
 * @param version  the version read before editing (for an update); null skips the check
 */
public record CampaignInput(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 5000) String goal,
        @NotNull LocalDate startsOn, @NotNull LocalDate endsOn, List<CampaignAudience> audiences,
        List<CampaignChannel> channels, @PositiveOrZero Integer plannedReach, @PositiveOrZero Integer plannedMaterials,
        @PositiveOrZero Integer plannedMentions, @PositiveOrZero Integer achievedReach,
        @PositiveOrZero Integer achievedMaterials, @PositiveOrZero Integer achievedMentions,
        @Size(max = 20000) String results, List<Long> eventIds, Integer version) {
}
