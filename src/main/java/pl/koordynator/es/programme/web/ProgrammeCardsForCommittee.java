package pl.koordynator.es.programme.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.programme.ProgrammeProgress;
import pl.koordynator.es.programme.ProgrammeStatus;
import pl.koordynator.es.programme.Programmes;
import pl.koordynator.es.programme.Programmes.ProgrammeSummary;
import pl.koordynator.es.programme.domain.AnnualReport;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;
import pl.koordynator.es.shared.PlatformSettings;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/** The committee's view of the programme: each programme and project in force with its progress this year. */
@Component
class ProgrammeCardsForCommittee implements DashboardCards {

    private final Programmes programmes;
    private final UserAccounts users;
    private final Clock clock;
    private final PlatformSettings settings;

    ProgrammeCardsForCommittee(Programmes programmes, UserAccounts users, Clock clock, PlatformSettings settings) {
        this.programmes = programmes;
        this.users = users;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!users.caller().is(Role.COMMITTEE)) {
            return List.of();
        }
        int year = LocalDate.now(clock.withZone(settings.timeZone())).getYear();
        List<Item> items = new ArrayList<>();
        for (ProgrammeSummary programme : programmes.programmes()) {
            if (programme.status() != ProgrammeStatus.IN_FORCE) {
                continue;
            }
            int shown = Math.max(programme.startYear(), Math.min(programme.endYear(), year));
            ProgrammeProgress progress = programmes.progress(programme.id(), shown);
            items.add(new Item(literal(programme.name()), "/programme/" + programme.id() + "?year=" + shown,
                    progress.progress() == null
                            ? message("programme.card.progress.noData", String.valueOf(shown))
                            : message("programme.card.progress.note", AnnualReport.percent(progress.progress()),
                                    String.valueOf(shown),
                                    message("programme.page.status." + progress.overall().name()))));
        }
        return List.of(new DashboardCard("committee-programme-progress", 20, message("programme.card.progress"), null,
                items, "/programme", message("programme.card.progress.more"),
                message("programme.card.progress.empty")));
    }
}
