package pl.koordynator.es.events.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.events.EventTopic;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.PlannedEvent;
import pl.koordynator.es.events.domain.ActivityPlan;
import pl.koordynator.es.events.domain.CoverageReport;
import pl.koordynator.es.events.domain.Overlap;
import pl.koordynator.es.shared.InvalidInputException;

/** The activity plan's possible duplicates and gmina coverage over HTTP, for ROPS, the OWES and the committee. */
@RestController
@RequestMapping("/api/v1/events/plan")
class PlanApi {

    /** One event of an overlapping pair. */
    record PlanEvent(long id, String title, Long organiserId, String organiserName, OffsetDateTime startsAt,
            String powiatTeryt) {

        static PlanEvent of(PlannedEvent event) {
            return new PlanEvent(event.id(), event.title(), event.organiserId(), event.organiserName(),
                    event.startsAt(), event.powiatTeryt());
        }
    }

    record OverlapPair(PlanEvent first, PlanEvent second, EventType type, List<EventTopic> topics, long daysApart) {

        static OverlapPair of(Overlap overlap) {
            return new OverlapPair(PlanEvent.of(overlap.first()), PlanEvent.of(overlap.second()), overlap.type(),
                    overlap.topics(), overlap.daysApart());
        }
    }

    private final ActivityPlan plan;

    PlanApi(ActivityPlan plan) {
        this.plan = plan;
    }

    /** Pairs with an event starting within {@code from}..{@code to} (ISO dates, both included); by default the next six months. */
    @GetMapping("/overlaps")
    List<OverlapPair> overlaps(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate start = from == null || from.isBlank() ? plan.thisMonth().atDay(1) : date("from", from);
        LocalDate end = to == null || to.isBlank() ? start.plusMonths(6).minusDays(1) : date("to", to);
        return plan.overlaps(start, end).stream().map(OverlapPair::of).toList();
    }

    @GetMapping("/coverage")
    CoverageReport coverage() {
        return plan.coverage();
    }

    private static LocalDate date(String parameter, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException wrong) {
            throw InvalidInputException.of(parameter, "activityplan.api." + parameter + ".invalid");
        }
    }
}
