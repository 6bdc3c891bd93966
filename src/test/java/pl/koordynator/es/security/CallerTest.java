package pl.koordynator.es.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.support.SupportFixtures;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which organisation a caller acts for is decided in one place, and every module agrees on it:
 * the staff of a closed OWES are refused by reports, events, support records, needs and the
 * register alike, while the staff of an open OWES get through everywhere.
 */
class CallerTest extends IntegrationTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    SupportFixtures fixtures;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void anAccountActsForItsOrganisationWhileItIsOpen() {
        OrganisationView owes = fixtures.owes("OWES Pomorze Zachodnie");
        UserView staff = fixtures.staff(owes);
        users.signIn(staff);
        assertThat(accounts.caller().owesId()).isEqualTo(owes.id());
        assertThat(accounts.caller().organisationName()).isEqualTo("OWES Pomorze Zachodnie");
        assertThat(accounts.caller().pesId()).isNull();

        fixtures.close(owes);

        assertThat(accounts.caller().user().organisationId()).isEqualTo(owes.id());
        assertThat(accounts.caller().owesId()).isNull();
        assertThat(accounts.caller().organisation()).isNull();
    }

    @Test
    void aPesAccountActsForItsPesAndAnAnonymousCallerForNothing() {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Jutro");
        users.signIn(fixtures.member(pes));
        assertThat(accounts.caller().pesId()).isEqualTo(pes.id());
        assertThat(accounts.caller().owesId()).isNull();
        users.signOut();
        assertThat(accounts.caller().anonymous()).isTrue();
        assertThat(accounts.caller().organisationId()).isNull();
    }

    @Test
    void everyModuleRefusesTheStaffOfAClosedOwesAndServesThoseOfAnOpenOne() throws Exception {
        OrganisationView open = fixtures.owes("OWES Otwarty");
        OrganisationView closed = fixtures.owes("OWES Zamknięty");
        RequestPostProcessor openStaff = as(fixtures.staff(open));
        RequestPostProcessor closedStaff = as(fixtures.staff(closed));
        fixtures.close(closed);

        String[] ownPages = {"/api/v1/reporting/reports", "/events/new", "/support/new", "/needs/new"};
        for (String page : ownPages) {
            mvc.perform(get(page).with(openStaff)).andExpect(status().isOk());
            mvc.perform(get(page).with(closedStaff)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/organisations/" + open.id() + "/edit").with(openStaff)).andExpect(status().isOk());
        mvc.perform(get("/organisations/" + closed.id() + "/edit").with(closedStaff))
                .andExpect(status().isForbidden());
    }

    private RequestPostProcessor as(UserView account) {
        return user(users.principal(account));
    }
}
