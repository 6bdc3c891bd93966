package pl.koordynator.es.localplans;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.privacy.PersonalDataFinding;
import pl.koordynator.es.privacy.domain.PersonalDataService;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a JST's employee did on a plan (a document uploaded, an indicator's value entered, a yearly note
 * written) is found, exported and erased by their e-mail address on the personal data page; the
 * document, value and note stay, as they are the JST's.
 */
class LocalPlansPersonalDataTest extends IntegrationTest {

    @Autowired
    LocalPlansFixtures fixtures;

    @Autowired
    LocalPlans plans;

    @Autowired
    LocalPlanMonitoring monitoring;

    @Autowired
    PersonalDataService privacy;

    @Test
    void theUserNamesOfWhatAPersonWroteOnAPlanAreFoundExportedAndErased() {
        OrganisationView jst = fixtures.jst("Gmina Miasta Gdańska (pd)", LocalPlansFixtures.GDANSK);
        OrganisationView owes = fixtures.owes("OWES Trójmiasto (pd)", LocalPlansFixtures.GDANSK);
        UserView employee = fixtures.partner(jst);
        int year = RegionDate.today().getYear();
        LocalPlanView plan = fixtures.plan(LocalPlansFixtures.withPeriod(
                LocalPlansFixtures.adopted(LocalPlansFixtures.input(LocalPlansFixtures.GDANSK, jst.id(), owes.id()),
                        "XX/200/" + year), java.time.LocalDate.of(year - 1, 1, 1), java.time.LocalDate.of(year + 4, 12, 31)));
        long indicator = plan.indicators().get(0).id();

        fixtures.as(employee, () -> {
            plans.addDocument(plan.id(), "Uchwała przyjmująca plan", "uchwala.pdf", LocalPlansFixtures.pdf());
            monitoring.enterValue(plan.id(), indicator, year, new BigDecimal("12"));
            monitoring.saveNote(plan.id(), year, "Plan realizowany zgodnie z harmonogramem.", null);
        });

        UserView admin = fixtures.admin();
        List<PersonalDataFinding> found = fixtures.as(admin, () -> privacy.find(employee.email()));
        assertThat(found).filteredOn(f -> f.module().equals("localplans"))
                .extracting(PersonalDataFinding::what, PersonalDataFinding::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("localplans.personalData.documents", 1L),
                        org.assertj.core.groups.Tuple.tuple("localplans.personalData.values", 1L),
                        org.assertj.core.groups.Tuple.tuple("localplans.personalData.notes", 1L));
        Map<String, Object> export = fixtures.as(admin, () -> privacy.export(employee.email()));
        assertThat(export.toString()).contains("Uchwała przyjmująca plan", "Miejsca pracy w PES " + year);

        fixtures.as(admin, () -> privacy.erase(employee.email()));

        assertThat(jdbc.sql("select uploaded_by from localplans_document where plan_id = :id").param("id", plan.id())
                .query(String.class).single()).isEqualTo("[usunięto]");
        assertThat(jdbc.sql("select entered_by from localplans_indicator_value where indicator_id = :id")
                .param("id", indicator).query(String.class).single()).isEqualTo("[usunięto]");
        assertThat(jdbc.sql("select written_by from localplans_yearly_note where plan_id = :id").param("id", plan.id())
                .query(String.class).single()).isEqualTo("[usunięto]");
        // the JST's records stay
        assertThat(fixtures.as(admin, () -> monitoring.monitoring(plan.id(), year)).note().text())
                .isEqualTo("Plan realizowany zgodnie z harmonogramem.");
        assertThat(fixtures.as(admin, () -> privacy.find(employee.email())))
                .noneMatch(f -> f.module().equals("localplans"));
    }
}
