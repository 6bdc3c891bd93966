package pl.koordynator.es.publicservices.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import pl.koordynator.es.publicservices.ProcurementQuery;
import pl.koordynator.es.publicservices.ProcurementSummary;
import pl.koordynator.es.publicservices.Procurements;
import pl.koordynator.es.publicservices.PublicTaskQuery;
import pl.koordynator.es.publicservices.PublicTaskView;
import pl.koordynator.es.publicservices.PublicTasks;
import pl.koordynator.es.registry.ActivitySection;
import pl.koordynator.es.registry.ActivitySection.Figure;
import pl.koordynator.es.registry.ActivitySection.FigureGroup;
import pl.koordynator.es.registry.ActivitySection.Row;
import pl.koordynator.es.registry.OrganisationActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * {@code publicservices} on the organisation card, for signed-in readers (the pages it links to are
 * theirs): a public buyer's procurements (how many, how many this year and the share of this year's
 * value with a social clause, the latest five); a PES's contracts won and the public tasks it won.
 */
@Component("publicServicesOrganisationActivity")
class PublicServicesOrganisationActivity implements OrganisationActivity {

    static final int LATEST = 5;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Procurements procurements;
    private final PublicTasks tasks;
    private final PublicServicesChoices choices;
    private final UserAccounts users;

    PublicServicesOrganisationActivity(Procurements procurements, PublicTasks tasks, PublicServicesChoices choices,
            UserAccounts users) {
        this.procurements = procurements;
        this.tasks = tasks;
        this.choices = choices;
        this.users = users;
    }

    @Override
    public List<ActivitySection> sections(OrganisationView organisation) {
        if (organisation.kind() == null || users.caller().anonymous()) {
            return List.of();
        }
        if (PublicServicesChoices.BUYER_KINDS.contains(organisation.kind())) {
            return buyer(organisation);
        }
        if (organisation.kind().isPes()) {
            return pes(organisation);
        }
        return List.of();
    }

    private List<ActivitySection> buyer(OrganisationView organisation) {
        PageOf<ProcurementSummary> latest = procurements.procurements(
                new ProcurementQuery(null, organisation.id(), null, null, null, null, null, null), new Paging(0, LATEST));
        if (latest.total() == 0 && organisation.kind() != pl.koordynator.es.registry.Kind.JST) {
            return List.of();
        }
        int year = choices.today().getYear();
        List<ProcurementSummary> thisYear = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            PageOf<ProcurementSummary> found = procurements.procurements(
                    new ProcurementQuery(null, organisation.id(), year, null, null, null, null, null),
                    new Paging(page, Paging.MAX_SIZE));
            thisYear.addAll(found.items());
            if (found.items().size() < Paging.MAX_SIZE) {
                break;
            }
        }
        BigDecimal total = thisYear.stream().map(PublicServicesOrganisationActivity::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal withClauses = thisYear.stream().filter(p -> !p.clauses().isEmpty())
                .map(PublicServicesOrganisationActivity::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO
                : withClauses.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
        List<Figure> figures = List.of(
                new Figure("procurements", message("publicservices.pages.card.procurements"), latest.total()),
                new Figure("thisYear", message("publicservices.pages.card.thisYear", literal(String.valueOf(year))),
                        thisYear.size()),
                new Figure("clauseShare", message("publicservices.pages.card.clauseShare", literal(String.valueOf(year))),
                        share));
        List<Row> rows = latest.items().stream().map(p -> new Row(literal(p.title()), "/zamowienia/" + p.id(),
                note(p))).toList();
        return List.of(new ActivitySection("publicservices-procurements", 70,
                message("publicservices.pages.card.buyer"), List.of(new FigureGroup("summary", null, figures)), rows,
                latest.total(), "/zamowienia?buyer=" + organisation.id(),
                message("publicservices.pages.card.buyer.more"), message("publicservices.pages.card.buyer.none")));
    }

    private List<ActivitySection> pes(OrganisationView organisation) {
        List<ActivitySection> sections = new ArrayList<>();
        PageOf<ProcurementSummary> won = procurements.procurements(
                new ProcurementQuery(null, null, null, null, null, null, null, organisation.id()), new Paging(0, LATEST));
        if (won.total() > 0) {
            sections.add(new ActivitySection("publicservices-contracts", 71, message("publicservices.pages.card.won"),
                    List.of(new FigureGroup("summary", null, List.of(new Figure("contracts",
                            message("publicservices.pages.card.wonCount"), won.total())))),
                    won.items().stream().map(p -> new Row(literal(p.title()), "/zamowienia/" + p.id(),
                            literal(p.buyerName() + " · " + DATE.format(p.noticeDate())))).toList(),
                    won.total(), null, null, message("publicservices.pages.card.won.none")));
        }
        PageOf<PublicTaskView> tasksWon = tasks.tasks(new PublicTaskQuery(null, null, null, null, null,
                organisation.id()), new Paging(0, LATEST));
        if (tasksWon.total() > 0) {
            sections.add(new ActivitySection("publicservices-tasks", 72, message("publicservices.pages.card.tasks"),
                    List.of(new FigureGroup("summary", null, List.of(new Figure("tasks",
                            message("publicservices.pages.card.tasksCount"), tasksWon.total())))),
                    tasksWon.items().stream().map(t -> new Row(literal(t.callTitle()), "/zadania-publiczne/" + t.id(),
                            literal(t.jstName() + " · " + DATE.format(t.callDate())))).toList(),
                    tasksWon.total(), null, null, message("publicservices.pages.card.tasks.none")));
        }
        return sections;
    }

    private static MessageSourceResolvable note(ProcurementSummary procurement) {
        return procurement.clauses().isEmpty() ? literal(DATE.format(procurement.noticeDate()))
                : message("publicservices.pages.card.withClauses", literal(DATE.format(procurement.noticeDate())));
    }

    private static BigDecimal value(ProcurementSummary procurement) {
        BigDecimal value = procurement.awardedValue() != null ? procurement.awardedValue() : procurement.estimatedValue();
        return value == null ? BigDecimal.ZERO : value;
    }
}
