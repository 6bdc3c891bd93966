package pl.koordynator.es.reintegration;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.reintegration.ReintegrationPrivacyFixtures.OTHER_PESEL;
import static pl.koordynator.es.reintegration.ReintegrationPrivacyFixtures.PESEL;

/**
 * A referred person's request about their data: ROPS finds, exports and erases their referrals by the
 * PESEL (or surname and birth date) they bring, hashed as when they were referred; the anonymous counts
 * stay, and the PESEL is never answered, stored or recorded.
 */
class ReintegrationPersonalDataTest extends IntegrationTest {

    private static final String EXPORT = "/api/v1/personal-data/referred-person";
    private static final String ERASURE = "/api/v1/personal-data/referred-person/erasure";
    private static final String PAGE = "/admin/personal-data";

    @Autowired
    ReintegrationPrivacyFixtures fixtures;

    private static String pesel(String pesel) {
        return "{\"personPesel\":\"" + pesel + "\"}";
    }

    @Test
    void anAdministratorExportsThePersonsReferralsByPeselThenErasesThemAndTheYearsCountsStay() throws Exception {
        int year = RegionDate.today().getYear() - 1;
        String key = fixtures.keyOfPesel(PESEL);
        long first = fixtures.referral(key, LocalDate.of(year, 2, 10), "FOLLOW_UP", LocalDate.of(year, 8, 31));
        fixtures.change(first, "IN_PROGRAMME", "COMPLETED", null, LocalDate.of(year, 8, 31), null);
        fixtures.followUp(first, "MONTHS_3", LocalDate.of(year, 11, 30), "OPEN_MARKET_EMPLOYMENT");
        long second = fixtures.referral(key, LocalDate.of(year, 10, 1), "SENT", null);
        long someoneElse = fixtures.referral(fixtures.keyOfPesel(OTHER_PESEL), LocalDate.of(year, 3, 1), "SENT", null);
        assertThat(fixtures.countedIn(year)).isEqualTo(3);

        String exported = mvc.perform(post(EXPORT).contentType(MediaType.APPLICATION_JSON).content(pesel(PESEL))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identifiedBy").value("PESEL"))
                .andExpect(jsonPath("$.modules.reintegration.referrals.length()").value(2))
                .andExpect(jsonPath("$.modules.reintegration.referrals[0].referral").value(first))
                .andExpect(jsonPath("$.modules.reintegration.referrals[0].state").value("FOLLOW_UP"))
                .andExpect(jsonPath("$.modules.reintegration.referrals[0].sender.name").value("OPS w Gdańsku (test)"))
                .andExpect(jsonPath("$.modules.reintegration.referrals[0].exitOutcome").value("OPEN_MARKET_EMPLOYMENT"))
                .andExpect(jsonPath("$.modules.reintegration.referrals[0].history[0].to").value("COMPLETED"))
                .andExpect(jsonPath("$.modules.reintegration.referrals[0].followUps[0].outcome")
                        .value("OPEN_MARKET_EMPLOYMENT"))
                .andExpect(jsonPath("$.modules.reintegration.referrals[1].referral").value(second))
                .andReturn().getResponse().getContentAsString();
        assertThat(exported).doesNotContain(PESEL).doesNotContain(key);
        assertThat(jdbc.sql("select count(*) from reintegration_read where channel = 'API' and referral_id in (:ids)")
                .param("ids", java.util.List.of(first, second)).query(Integer.class).single())
                .as("the administrator's export is a read of the referrals, logged").isEqualTo(2);

        String report = mvc.perform(post(ERASURE).contentType(MediaType.APPLICATION_JSON).content(pesel(PESEL))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.erasureId").isNotEmpty())
                .andExpect(jsonPath("$.erased[?(@.what == 'reintegrationfollowups.personalData.referrals')].count").value(2))
                .andExpect(jsonPath("$.erased[?(@.what == 'reintegrationfollowups.personalData.changes')].count").value(1))
                .andExpect(jsonPath("$.erased[?(@.what == 'reintegrationfollowups.personalData.followUps')].count").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(report).doesNotContain(PESEL).doesNotContain(key);

        assertThat(jdbc.sql("select id from reintegration_referral").query(Long.class).list()).containsExactly(someoneElse);
        assertThat(fixtures.countedIn(year)).as("the year's anonymous counts do not change").isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from reintegration_statistic where referral_id is null and accepted")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from reintegration_read where referral_id in (:ids)")
                .param("ids", java.util.List.of(first, second)).query(Integer.class).single())
                .as("the read log stays: who read the erased referrals").isEqualTo(2);
        assertThat(jdbc.sql("select coalesce(string_agg(entity_type || ' ' || entity_id || ' ' || changes::text, ' | '), '')"
                + " from audit_entry").query(String.class).single())
                .contains("PersonalData").doesNotContain(PESEL).doesNotContain(key);

        mvc.perform(post(EXPORT).contentType(MediaType.APPLICATION_JSON).content(pesel(PESEL)).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modules").isEmpty());
        mvc.perform(post(ERASURE).contentType(MediaType.APPLICATION_JSON).content(pesel(PESEL)).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.erased").isEmpty());
    }

    @Test
    void aPersonWithoutPeselIsFoundBySurnameAndBirthDateWrittenAnyWay() throws Exception {
        String key = fixtures.keyOfName("Żółkiewska-Test", LocalDate.of(1985, 3, 17));
        fixtures.referral(key, RegionDate.today().minusMonths(2), "SENT", null);

        mvc.perform(post(EXPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personSurname\":\"  żółkiewska-test \",\"personBirthDate\":\"1985-03-17\"}")
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identifiedBy").value("SURNAME_AND_BIRTH_DATE"))
                .andExpect(jsonPath("$.modules.reintegration.referrals.length()").value(1));
        mvc.perform(post(ERASURE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personSurname\":\"ZOLKIEWSKA-TEST\",\"personBirthDate\":\"1985-03-17\"}")
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.erased[0].count").value(1));
        assertThat(jdbc.sql("select count(*) from reintegration_referral").query(Integer.class).single()).isZero();
    }

    @Test
    void aBadPeselIs400NamingTheFieldWithoutQuotingIt() throws Exception {
        String wrongCheckDigit = "85031701239";
        fixtures.referral(fixtures.keyOfPesel(PESEL), RegionDate.today().minusMonths(2), "SENT", null);
        mvc.perform(post(ERASURE).contentType(MediaType.APPLICATION_JSON).content(pesel(wrongCheckDigit))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("personPesel"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("PESEL jest nieprawidłowy")))
                .andExpect(content().string(not(containsString(wrongCheckDigit))));
        mvc.perform(post(EXPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personSurname\":\"Nowak1\",\"personBirthDate\":\"17.13.1985\"}")
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personSurname"))
                .andExpect(jsonPath("$.errors[1].field").value("personBirthDate"))
                .andExpect(content().string(not(containsString("Nowak1"))));
        mvc.perform(post(EXPORT).contentType(MediaType.APPLICATION_JSON).content("{}").with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personSurname"))
                .andExpect(jsonPath("$.errors[1].field").value("personBirthDate"));
        assertThat(jdbc.sql("select count(*) from reintegration_referral").query(Integer.class).single())
                .as("nothing erased").isEqualTo(1);
    }

    @Test
    void nobodyButAnAdministratorGetsThrough() throws Exception {
        fixtures.referral(fixtures.keyOfPesel(PESEL), RegionDate.today().minusMonths(2), "SENT", null);
        for (Role role : new Role[] {Role.OWES, Role.PES, Role.PARTNER, Role.COMMITTEE}) {
            mvc.perform(post(EXPORT).contentType(MediaType.APPLICATION_JSON).content(pesel(PESEL)).with(users.as(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post(ERASURE).contentType(MediaType.APPLICATION_JSON).content(pesel(PESEL)).with(users.as(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(ERASURE).contentType(MediaType.APPLICATION_JSON).content(pesel(PESEL)))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from reintegration_referral").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void thePageFindsExportsAndErasesThePersonNeverShowingThePeselAgain() throws Exception {
        long id = fixtures.referral(fixtures.keyOfPesel(PESEL), RegionDate.today().minusMonths(2), "SENT", null);

        mvc.perform(get(PAGE).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Osoba skierowana do reintegracji")));
        mvc.perform(post(PAGE + "/referred-person").param("personPesel", PESEL).with(csrf()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skierowania osoby do reintegracji")))
                .andExpect(content().string(containsString("#" + id + ",")))
                .andExpect(content().string(not(containsString(PESEL))));
        mvc.perform(post(PAGE + "/referred-person").param("personPesel", "85031701239").with(csrf())
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"personPesel-error\"")))
                .andExpect(content().string(containsString("PESEL jest nieprawidłowy")))
                .andExpect(content().string(not(containsString("85031701239"))));
        mvc.perform(post(PAGE + "/referred-person/export").param("personPesel", PESEL).with(csrf())
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(jsonPath("$.modules.reintegration.referrals[0].referral").value(id))
                .andExpect(content().string(not(containsString(PESEL))));

        mvc.perform(post(PAGE + "/referred-person/erase").param("personPesel", PESEL).with(csrf())
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-error\"")))
                .andExpect(content().string(not(containsString(PESEL))));
        assertThat(jdbc.sql("select count(*) from reintegration_referral").query(Integer.class).single()).isEqualTo(1);
        mvc.perform(post(PAGE + "/referred-person/erase").param("personPesel", PESEL).param("confirm", "true")
                        .with(csrf()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dane usunięte")))
                .andExpect(content().string(containsString("Skierowania osoby do reintegracji")))
                .andExpect(content().string(not(containsString(PESEL))));
        assertThat(jdbc.sql("select count(*) from reintegration_referral").query(Integer.class).single()).isZero();
    }

    @Test
    void aStaffMembersRequestFindsWhatTheirAccountWroteAndErasureForgetsTheAuthor() throws Exception {
        UserView staff = users.create("ops.pracownik", Role.PARTNER);
        long id = fixtures.referral(fixtures.keyOfPesel(PESEL), 1001, 2001, RegionDate.today().minusMonths(2), "RECEIVED",
                null, staff.id());
        fixtures.change(id, "SENT", "RECEIVED", null, RegionDate.today().minusMonths(2), staff.id());
        jdbc.sql("insert into reintegration_read (referral_id, user_id, channel) values (:id, :user, 'PAGE')")
                .param("id", id).param("user", staff.id()).update();

        mvc.perform(get("/api/v1/personal-data").param("email", "ops.pracownik@example.org").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modules.reintegration.referralsSent").value(1))
                .andExpect(jsonPath("$.modules.reintegration.changesOfState").value(1));
        mvc.perform(delete("/api/v1/personal-data").param("email", "ops.pracownik@example.org").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.erased[?(@.what == 'reintegrationfollowups.personalData.authoredReferrals')].count")
                        .value(1));

        assertThat(jdbc.sql("select count(*) from reintegration_referral where id = :id and created_by is null")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from reintegration_referral_change where changed_by is not null")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select user_id from reintegration_read").query(Long.class).list())
                .as("the read log keeps who read it").containsExactly(staff.id());
    }
}
