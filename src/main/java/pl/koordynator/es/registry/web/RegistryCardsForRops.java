package pl.koordynator.es.registry.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.domain.RegistryRegionalQueues;
import pl.koordynator.es.registry.domain.RegistryRegionalQueues.FailedImports;
import pl.koordynator.es.registry.domain.RegistryRegionalQueues.Figures;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/** The register on ROPS's dashboard: imports that failed lately, and the region's key figures. */
@Component
class RegistryCardsForRops implements DashboardCards {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final RegistryRegionalQueues queues;
    private final UserAccounts users;
    private final Clock clock;

    RegistryCardsForRops(RegistryRegionalQueues queues, UserAccounts users, Clock clock) {
        this.queues = queues;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!users.caller().admin()) {
            return List.of();
        }
        return List.of(failedImports(), figures());
    }

    private DashboardCard failedImports() {
        FailedImports failed = queues.failedImports(DashboardCard.FIRST_ITEMS);
        List<Item> items = failed.first().stream().map(job -> new Item(literal(job.fileName()),
                "/organisations/import/" + job.id(),
                message("dashboard.rops.importsFailed.note",
                        job.createdAt().atZoneSameInstant(clock.getZone()).format(DAY_AND_TIME),
                        message(job.failure() == null ? "registryimport.job.failed" : job.failure()))))
                .toList();
        return new DashboardCard("rops-imports-failed", 80,
                message("dashboard.rops.importsFailed", RegistryRegionalQueues.FAILED_IMPORT_DAYS), failed.total(),
                items, "/organisations/import", message("dashboard.rops.importsFailed.more"),
                message("dashboard.rops.importsFailed.empty", RegistryRegionalQueues.FAILED_IMPORT_DAYS));
    }

    private DashboardCard figures() {
        Figures figures = queues.figures();
        return new DashboardCard("rops-regional-figures", 900, message("dashboard.rops.figures"), null, List.of(
                new Item(message("dashboard.rops.figures.activePes", figures.activePes()), "/map", null),
                new Item(message("dashboard.rops.figures.socialEnterprises", figures.socialEnterprises()),
                        "/organisations?ps=true&status=ACTIVE", null)),
                "/map", message("dashboard.rops.figures.more"), message("dashboard.rops.figures.empty"));
    }
}
