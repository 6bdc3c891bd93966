package pl.koordynator.es.registry.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.domain.RegistryOwnProfile;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * The dashboard cards of the register for the people of an organisation: for a PES or a partner,
 * what its record still lacks, each gap a link to the field to fill in; for anyone of an OWES, a
 * PES or a partner whose account acts for no open organisation, why their dashboard is empty.
 */
@Component
class RegistryCardsForOrganisations implements DashboardCards {

    private final UserAccounts accounts;
    private final RegistryOwnProfile profiles;

    RegistryCardsForOrganisations(UserAccounts accounts, RegistryOwnProfile profiles) {
        this.accounts = accounts;
        this.profiles = profiles;
    }

    @Override
    public List<DashboardCard> cards() {
        Caller caller = accounts.caller();
        if (!(caller.is(Role.OWES) || caller.is(Role.PES) || caller.is(Role.PARTNER))) {
            return List.of();
        }
        if (caller.organisationId() == null) {
            String why = caller.user().organisationId() == null ? "dashboard.orgs.noOrganisation.none"
                    : "dashboard.orgs.noOrganisation.closed";
            return List.of(new DashboardCard("no-organisation", 1, message("dashboard.orgs.noOrganisation.title"), null,
                    List.of(), null, null, message(why)));
        }
        if (caller.owesId() != null) {
            return List.of();
        }
        return profiles.of(caller.organisationId()).map(gaps -> {
            long id = gaps.organisation().id();
            List<DashboardCard.Item> items = gaps.fields().stream().map(field -> new DashboardCard.Item(
                    message(RegistryOwnProfile.CONTACTS.equals(field) ? "registry.detail.contacts" : "registry.field." + field),
                    link(id, field), message("dashboard.orgs.profile.empty"))).toList();
            return List.of(new DashboardCard("own-organisation", 10,
                    message("dashboard.orgs.profile.title", DashboardCard.literal(gaps.organisation().name())),
                    (long) gaps.fields().size(), items, "/organisations/" + id,
                    message("dashboard.orgs.profile.more"), message("dashboard.orgs.profile.complete")));
        }).orElse(List.of());
    }

    /** Where the field is filled in: its input on the edit form, the contact persons on the card. */
    private static String link(long id, String field) {
        return switch (field) {
            case RegistryOwnProfile.CONTACTS -> "/organisations/" + id + "#contacts";
            case "fieldsOfActivity" -> "/organisations/" + id + "/edit";
            default -> "/organisations/" + id + "/edit#" + field;
        };
    }
}
