package pl.koordynator.es.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.reporting.domain.AggregateService;
import pl.koordynator.es.reporting.domain.Indicator;
import pl.koordynator.es.reporting.domain.ReportingRegionalQueues;
import pl.koordynator.es.reporting.domain.ReportingRegionalQueues.ApprovedPeriod;
import pl.koordynator.es.reporting.domain.ReportingRegionalQueues.LateOwes;
import pl.koordynator.es.reporting.domain.ReportingRegionalQueues.Waiting;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * Reporting on the dashboards of ROPS (reports to decide on, OWES late with a report) and of the
 * committee (the regional summary of the latest period with approved reports).
 */
@Component
class ReportingCardsForRops implements DashboardCards {

    private final ReportingRegionalQueues queues;
    private final AggregateService aggregates;
    private final UserAccounts users;

    ReportingCardsForRops(ReportingRegionalQueues queues, AggregateService aggregates, UserAccounts users) {
        this.queues = queues;
        this.aggregates = aggregates;
        this.users = users;
    }

    @Override
    public List<DashboardCard> cards() {
        Caller caller = users.caller();
        if (caller.admin()) {
            return List.of(waiting(), late());
        }
        if (caller.is(Role.COMMITTEE)) {
            return List.of(summary());
        }
        return List.of();
    }

    private DashboardCard waiting() {
        Waiting waiting = queues.waitingForDecision(DashboardCard.FIRST_ITEMS);
        List<Item> items = waiting.first().stream()
                .map(report -> new Item(message("dashboard.rops.reportsWaiting.item", report.owesName(), report.period()),
                        "/reporting/reports/" + report.id(),
                        message("dashboard.rops.waitingDays", report.daysWaiting())))
                .toList();
        return new DashboardCard("rops-reports-waiting", 10, message("dashboard.rops.reportsWaiting"), waiting.total(),
                items, "/reporting?status=SUBMITTED", message("dashboard.rops.reportsWaiting.more"),
                message("dashboard.rops.reportsWaiting.empty"));
    }

    private DashboardCard late() {
        List<LateOwes> late = queues.lateOwes();
        List<Item> items = late.stream()
                .map(owes -> new Item(message("dashboard.rops.owesLate.item", owes.owesName(), owes.period()),
                        "/organisations/" + owes.owesId(),
                        message("dashboard.rops.owesLate.note", owes.daysLate())))
                .toList();
        String more = late.isEmpty() ? "/reporting/summary" : UriComponentsBuilder.fromPath("/reporting/summary")
                .queryParam("template", late.get(0).templateCode()).queryParam("period", late.get(0).period())
                .build().toUriString();
        return new DashboardCard("rops-owes-late", 20, message("dashboard.rops.owesLate"), (long) late.size(), items,
                more, message("dashboard.rops.owesLate.more"), message("dashboard.rops.owesLate.empty"));
    }

    private DashboardCard summary() {
        ApprovedPeriod latest = queues.latestApprovedPeriod().orElse(null);
        if (latest == null) {
            return new DashboardCard("committee-regional-summary", 10, message("dashboard.committee.summary.none"), null,
                    List.of(), "/reporting/summary", message("dashboard.committee.summary.more"),
                    message("dashboard.committee.summary.empty"));
        }
        AggregateService.Aggregate region = aggregates.aggregate(latest.templateCode(), latest.period(), "region", false);
        List<Item> items = new ArrayList<>();
        if (!region.rows().isEmpty()) {
            var values = region.rows().get(0).values();
            for (Indicator indicator : region.indicators()) {
                BigDecimal value = values.get(indicator.code());
                if (value != null) {
                    items.add(new Item(literal(indicator.name()), null, message("dashboard.committee.summary.value",
                            value, indicator.unit())));
                }
            }
        }
        String url = UriComponentsBuilder.fromPath("/reporting/summary").queryParam("template", latest.templateCode())
                .queryParam("period", latest.period()).build().toUriString();
        return new DashboardCard("committee-regional-summary", 10,
                message("dashboard.committee.summary", latest.period()), null, items, url,
                message("dashboard.committee.summary.more"), message("dashboard.committee.summary.empty"));
    }
}
