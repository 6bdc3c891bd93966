package pl.koordynator.es.committee;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ROPS's committee settings page (the invitation days ahead) and linking a member to an account
 * by its login: bad input is refused in Polish beside the field with nothing saved.
 */
class CommitteeSettingsPagesTest extends IntegrationTest {

    @Autowired
    CommitteeTerms terms;

    @Autowired
    UserAccounts accounts;

    UserView rops;
    TermView term;

    @BeforeEach
    void aCurrentTerm() {
        rops = users.create("rops-settings-" + System.nanoTime(), Role.ADMIN);
        users.signIn(rops);
        term = terms.createTerm(new TermInput(7, LocalDate.now().minusYears(1), null, "598/51/15", null));
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void ropsOpensTheSettingsFromTheOverviewAndChangesTheInvitationDaysAheadWhichIsAudited() throws Exception {
        String overview = page(get("/admin/committee").with(as(rops)));
        assertThat(overview).contains("href=\"/admin/committee/settings\"");
        assertThat(page(get("/admin/committee/settings").with(as(rops))))
                .contains("Ile dni przed posiedzeniem wysłać zaproszenia").contains("value=\"7\"");
        long audited = audits();

        mvc.perform(post("/admin/committee/settings").with(csrf()).with(as(rops)).param("invitationDaysAhead", "14"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/committee/settings"));

        assertThat(terms.settings().invitationDaysAhead()).isEqualTo(14);
        assertThat(audits()).isEqualTo(audited + 1);
        assertThat(page(get("/admin/committee/settings").with(as(rops)))).contains("value=\"14\"");
    }

    @Test
    void daysAheadOutOfRangeOrNotANumberAreRefusedInPolishNamingTheFieldAndNothingIsSaved() throws Exception {
        long audited = audits();
        for (String typed : new String[] {"0", "61", "siedem", "", "-3"}) {
            String html = page(post("/admin/committee/settings").with(csrf()).with(as(rops))
                    .param("invitationDaysAhead", typed));
            assertThat(html).as(typed).contains("id=\"invitationDaysAhead-error\"")
                    .contains("Liczba dni wyprzedzenia zaproszeń musi być liczbą całkowitą od 1 do 60.")
                    .contains("aria-invalid=\"true\"");
        }
        assertThat(terms.settings().invitationDaysAhead()).isEqualTo(7);
        assertThat(audits()).isEqualTo(audited);
    }

    @Test
    void onlyRopsChangeTheSettings() throws Exception {
        UserView committee = users.create("komitet-settings-" + System.nanoTime(), Role.COMMITTEE);
        mvc.perform(get("/admin/committee/settings").with(as(committee))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/committee/settings").with(csrf()).with(as(committee))
                .param("invitationDaysAhead", "3")).andExpect(status().isForbidden());
        assertThat(terms.settings().invitationDaysAhead()).isEqualTo(7);
    }

    @Test
    void ropsLinkAMemberToAnAccountByItsLoginAndTheEditFormShowsTheLogin() throws Exception {
        UserView account = users.create("anna.komitet-" + System.nanoTime(), Role.COMMITTEE);

        mvc.perform(post("/admin/committee/terms/" + term.id() + "/members").with(csrf()).with(as(rops))
                        .param("fullName", "Anna Przykładowa").param("category", "PES").param("role", "MEMBER")
                        .param("appointedOn", day(LocalDate.now().minusMonths(2)))
                        .param("username", " " + account.username().toUpperCase() + " "))
                .andExpect(status().is3xxRedirection());

        users.signIn(rops);
        MemberView member = terms.members(term.id()).get(0);
        assertThat(member.userId()).isEqualTo(account.id());
        String edit = page(get("/admin/committee/members/" + member.id() + "/edit").with(as(rops)));
        assertThat(edit).contains("Konto użytkownika (login)").contains("value=\"" + account.username() + "\"")
                .contains("value=\"Anna Przykładowa\"");
        assertThat(page(get("/admin/committee/terms/" + term.id()).with(as(rops))))
                .contains("href=\"/admin/committee/members/" + member.id() + "/edit\"");

        mvc.perform(post("/admin/committee/members/" + member.id()).with(csrf()).with(as(rops))
                        .param("fullName", "Anna Przykładowa-Nowak").param("category", "PES").param("role", "CHAIR")
                        .param("appointedOn", day(LocalDate.now().minusMonths(2))).param("username", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/committee/terms/" + term.id() + "#member-" + member.id()));
        users.signIn(rops);
        MemberView changed = terms.member(member.id());
        assertThat(changed.fullName()).isEqualTo("Anna Przykładowa-Nowak");
        assertThat(changed.role()).isEqualTo(MemberRole.CHAIR);
        assertThat(changed.userId()).isNull();
    }

    @Test
    void anUnknownLoginOrAnAccountWithoutTheCommitteeRoleIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        UserView owes = users.create("owes-settings-" + System.nanoTime(), Role.OWES);

        String unknown = page(post("/admin/committee/terms/" + term.id() + "/members").with(csrf()).with(as(rops))
                .param("fullName", "Jan Testowy").param("category", "JST").param("role", "MEMBER")
                .param("appointedOn", day(LocalDate.now())).param("username", "nie.ma.takiego"));
        assertThat(unknown).contains("id=\"username-error\"")
                .contains("Nie ma konta o tym loginie; sprawdź login na liście użytkowników.")
                .contains("value=\"nie.ma.takiego\"");

        String wrongRole = page(post("/admin/committee/terms/" + term.id() + "/members").with(csrf()).with(as(rops))
                .param("fullName", "Jan Testowy").param("category", "JST").param("role", "MEMBER")
                .param("appointedOn", day(LocalDate.now())).param("username", owes.username()));
        assertThat(wrongRole).contains("id=\"username-error\"")
                .contains("To konto nie ma roli „Komitet”; powiąż konto członka komitetu.");
        assertThat(count("committee_member")).isZero();

        users.signIn(rops);
        MemberView member = terms.addMember(new MemberInput(term.id(), "Jan Testowy", null, null, null, null,
                SeatCategory.JST, MemberRole.MEMBER, LocalDate.now().minusMonths(1), null));
        String edit = page(post("/admin/committee/members/" + member.id()).with(csrf()).with(as(rops))
                .param("fullName", "Zmienione Nazwisko").param("category", "JST").param("role", "MEMBER")
                .param("appointedOn", day(LocalDate.now().minusMonths(1))).param("username", owes.username()));
        assertThat(edit).contains("id=\"username-error\"").contains("To konto nie ma roli „Komitet”");
        users.signIn(rops);
        assertThat(terms.member(member.id()).fullName()).isEqualTo("Jan Testowy");
    }

    @Test
    void anAccountAlreadyLinkedToAnotherCurrentMemberIsRefusedBesideTheLoginField() throws Exception {
        UserView account = users.create("komitet-taken-" + System.nanoTime(), Role.COMMITTEE);
        terms.addMember(new MemberInput(term.id(), "Anna Przykładowa", null, null, account.id(), null,
                SeatCategory.PES, MemberRole.MEMBER, LocalDate.now().minusMonths(1), null));

        String html = page(post("/admin/committee/terms/" + term.id() + "/members").with(csrf()).with(as(rops))
                .param("fullName", "Jan Testowy").param("category", "JST").param("role", "MEMBER")
                .param("appointedOn", day(LocalDate.now())).param("username", account.username()));

        assertThat(html).contains("id=\"username-error\"")
                .contains("To konto należy już do innego obecnego członka tej kadencji.");
        assertThat(count("committee_member")).isEqualTo(1);
    }

    @Test
    void onlyRopsLookUpAnAccountByItsLogin() {
        UserView committee = users.create("komitet-lookup-" + System.nanoTime(), Role.COMMITTEE);
        assertThat(accounts.findByUsername(committee.username().toUpperCase())).map(UserView::id)
                .contains(committee.id());
        assertThat(accounts.findByUsername("nie.ma.takiego")).isEmpty();

        users.signIn(committee);
        assertThatThrownBy(() -> accounts.findByUsername(committee.username()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'CommitteeSettings'").query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String day(LocalDate date) {
        return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private RequestPostProcessor as(UserView account) {
        return user(users.principal(account));
    }

    private String page(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
