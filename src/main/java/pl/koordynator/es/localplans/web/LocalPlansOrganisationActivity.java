package pl.koordynator.es.localplans.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import pl.koordynator.es.localplans.LocalPlanSummary;
import pl.koordynator.es.localplans.LocalPlans;
import pl.koordynator.es.registry.ActivitySection;
import pl.koordynator.es.registry.ActivitySection.Figure;
import pl.koordynator.es.registry.ActivitySection.FigureGroup;
import pl.koordynator.es.registry.ActivitySection.Row;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserAccounts;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * {@code localplans} on the organisation card, for signed-in readers (plans are read by signed-in users
 * only): the plans in which the organisation takes part, as the JST, its responsible unit, the
 * supporting OWES or named in an action, newest first, each with its status and period. A JST's card
 * says so when it has no plan.
 */
@Component("localPlansOrganisationActivity")
class LocalPlansOrganisationActivity implements OrganisationActivity {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final LocalPlans plans;
    private final UserAccounts users;

    LocalPlansOrganisationActivity(LocalPlans plans, UserAccounts users) {
        this.plans = plans;
        this.users = users;
    }

    @Override
    public List<ActivitySection> sections(OrganisationView organisation) {
        if (users.caller().anonymous()) {
            return List.of();
        }
        List<LocalPlanSummary> found = plans.plansOfOrganisation(organisation.id());
        if (found.isEmpty() && organisation.kind() != Kind.JST) {
            return List.of();
        }
        long active = found.stream().filter(plan -> plan.status().active()).count();
        List<Figure> figures = List.of(new Figure("plans", message("localplans.card.plans"), found.size()),
                new Figure("active", message("localplans.card.active"), active));
        List<Row> rows = found.stream().map(plan -> new Row(literal(plan.unitName() + ": " + plan.title()),
                "/plany-lokalne/" + plan.id(), note(plan))).toList();
        return List.of(new ActivitySection("localplans-plans", 75, message("localplans.card.title"),
                List.of(new FigureGroup("summary", null, figures)), rows, found.size(), null, null,
                message("localplans.card.none")));
    }

    private static MessageSourceResolvable note(LocalPlanSummary plan) {
        MessageSourceResolvable status = message("localplans.status." + plan.status().name());
        if (plan.periodStart() == null && plan.periodEnd() == null) {
            return status;
        }
        return message("localplans.card.note", status, literal(date(plan.periodStart())),
                literal(date(plan.periodEnd())));
    }

    private static String date(LocalDate date) {
        return date == null ? "…" : DATE.format(date);
    }
}
