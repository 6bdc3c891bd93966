package pl.koordynator.es.support.web;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCards;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.support.domain.SupportOwnQueues;
import pl.koordynator.es.support.domain.SupportOwnQueues.QuarterHours;
import pl.koordynator.es.support.domain.SupportOwnQueues.Unsupported;
import pl.koordynator.es.support.domain.SupportQuery;
import pl.koordynator.es.support.domain.SupportService;
import pl.koordynator.es.support.domain.SupportView;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * The support cards for the people of an organisation: an OWES's hours this quarter against the
 * last and the PES it serves that nobody supported for a year; a PES's own support history.
 */
@Component
class SupportCardsForOrganisations implements DashboardCards {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final UserAccounts accounts;
    private final SupportOwnQueues queues;
    private final SupportService support;

    SupportCardsForOrganisations(UserAccounts accounts, SupportOwnQueues queues, SupportService support) {
        this.accounts = accounts;
        this.queues = queues;
        this.support = support;
    }

    @Override
    public List<DashboardCard> cards() {
        Caller caller = accounts.caller();
        if (caller.owesId() != null) {
            return List.of(hours(caller.owesId()), withoutSupport(caller.owesId()));
        }
        if (caller.pesId() != null) {
            return List.of(history(caller.pesId()));
        }
        return List.of();
    }

    private DashboardCard hours(long owesId) {
        QuarterHours hours = queues.quarterHours(owesId);
        return new DashboardCard("support-hours", 40, message("dashboard.orgs.hours.title"), null, List.of(
                new DashboardCard.Item(message("dashboard.orgs.hours.this", hours.thisQuarter().code()),
                        list(hours.thisQuarter()), message("dashboard.orgs.hours.note", hours.hours(), hours.records())),
                new DashboardCard.Item(message("dashboard.orgs.hours.last", hours.lastQuarter().code()),
                        list(hours.lastQuarter()),
                        message("dashboard.orgs.hours.note", hours.lastHours(), hours.lastRecords()))),
                "/support/new", message("dashboard.orgs.hours.more"), null);
    }

    private DashboardCard withoutSupport(long owesId) {
        PageOf<Unsupported> waiting = queues.withoutSupport(owesId, DashboardCard.FIRST_ITEMS);
        List<DashboardCard.Item> items = waiting.items().stream().map(pes -> new DashboardCard.Item(
                literal(pes.name()), "/organisations/" + pes.organisationId(), pes.lastSupport() == null
                        ? message("dashboard.orgs.unsupported.never")
                        : message("dashboard.orgs.unsupported.last", DAY.format(pes.lastSupport())))).toList();
        return new DashboardCard("pes-without-support", 50,
                message("dashboard.orgs.unsupported.title", SupportOwnQueues.MONTHS_WITHOUT_SUPPORT), waiting.total(),
                items, "/organisations?owes=" + owesId, message("dashboard.orgs.unsupported.more"),
                message("dashboard.orgs.unsupported.none"));
    }

    private DashboardCard history(long pesId) {
        PageOf<SupportView> records = support.search(SupportQuery.ofPes(pesId), new Paging(0, DashboardCard.FIRST_ITEMS));
        List<DashboardCard.Item> items = records.items().stream().map(record -> new DashboardCard.Item(
                message("dashboard.orgs.history.item", message("support.form." + record.form().name()),
                        message("support.topic." + record.topic().name())),
                "/support/pes/" + pesId, message("dashboard.orgs.history.note", DAY.format(record.date()),
                        record.hours(), literal(record.owesName())))).toList();
        return new DashboardCard("support-history", 30, message("dashboard.orgs.history.title"), records.total(), items,
                "/support/pes/" + pesId, message("dashboard.orgs.history.more"), message("dashboard.orgs.history.none"));
    }

    private static String list(Period quarter) {
        return "/support?from=" + quarter.start() + "&to=" + quarter.end();
    }
}
