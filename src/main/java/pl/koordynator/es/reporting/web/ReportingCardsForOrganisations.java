package pl.koordynator.es.reporting.web;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.reporting.domain.ReportingOwnQueues;
import pl.koordynator.es.reporting.domain.ReportingOwnQueues.ReportToWrite;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCards;
import pl.koordynator.es.shared.PageOf;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * The OWES's reports to write or correct, the nearest deadline first, an overdue one marked; a
 * report not started yet links to the reports page, where it is created.
 */
@Component
class ReportingCardsForOrganisations implements DashboardCards {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final UserAccounts accounts;
    private final ReportingOwnQueues queues;

    ReportingCardsForOrganisations(UserAccounts accounts, ReportingOwnQueues queues) {
        this.accounts = accounts;
        this.queues = queues;
    }

    @Override
    public List<DashboardCard> cards() {
        Caller caller = accounts.caller();
        if (caller.owesId() == null) {
            return List.of();
        }
        PageOf<ReportToWrite> reports = queues.toWriteOrCorrect(caller.owesId(), DashboardCard.FIRST_ITEMS);
        List<DashboardCard.Item> items = reports.items().stream().map(report -> new DashboardCard.Item(
                message("dashboard.orgs.reports.item", literal(report.templateName()), report.period()),
                report.notStarted() ? "/reporting" : "/reporting/reports/" + report.id(), note(report))).toList();
        return List.of(new DashboardCard("own-reports", 10, message("dashboard.orgs.reports.title"), reports.total(),
                items, "/reporting", message("dashboard.orgs.reports.more"), message("dashboard.orgs.reports.none")));
    }

    private static org.springframework.context.MessageSourceResolvable note(ReportToWrite report) {
        String what = report.notStarted() ? "notStarted" : report.status() == ReportStatus.RETURNED ? "returned" : "draft";
        String when = report.overdue() ? "overdue" : "due";
        return message("dashboard.orgs.reports." + what + "." + when, DAY.format(report.deadline()));
    }
}
