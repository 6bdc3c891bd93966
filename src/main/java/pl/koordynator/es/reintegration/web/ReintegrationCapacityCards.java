package pl.koordynator.es.reintegration.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import pl.koordynator.es.reintegration.ReintegrationCapacity;
import pl.koordynator.es.reintegration.UnitCapacity;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;
import pl.koordynator.es.shared.PlatformSettings;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * For a unit's PES users: "update your places" when the unit has not reported its places or last confirmed
 * them more than {@link #STALE_AFTER_DAYS} days ago, as the senders choose a unit by its free places and
 * old figures send people to a full one. Nothing when the figures are fresh.
 */
@Component
class ReintegrationCapacityCards implements DashboardCards {

    static final int STALE_AFTER_DAYS = 90;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final UserAccounts users;
    private final ReintegrationCapacity capacity;
    private final Clock clock;
    private final PlatformSettings platform;

    ReintegrationCapacityCards(UserAccounts users, ReintegrationCapacity capacity, Clock clock,
            PlatformSettings platform) {
        this.users = users;
        this.capacity = capacity;
        this.clock = clock;
        this.platform = platform;
    }

    @Override
    public List<DashboardCard> cards() {
        Caller caller = users.caller();
        Long unitId = caller.pesId();
        if (unitId == null || !capacity.mayEdit(unitId)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(platform.timeZone()));
        Optional<UnitCapacity> found = capacity.find(unitId);
        if (found.isPresent() && !found.get().updatedOn().isBefore(today.minusDays(STALE_AFTER_DAYS))) {
            return List.of();
        }
        String form = "/reintegracja/miejsca/" + unitId;
        Item item = found.map(unit -> new Item(message("reintegration.capacity.card.update"), form,
                        message("reintegration.capacity.card.stale", literal(DATE.format(unit.updatedOn())),
                                ChronoUnit.DAYS.between(unit.updatedOn(), today))))
                .orElseGet(() -> new Item(message("reintegration.capacity.card.report"), form,
                        message("reintegration.capacity.card.never")));
        return List.of(new DashboardCard("reintegration-capacity-update", 30,
                message("reintegration.capacity.card.title"), null, List.of(item), form,
                message("reintegration.capacity.card.more"), message("reintegration.capacity.card.none")));
    }
}
