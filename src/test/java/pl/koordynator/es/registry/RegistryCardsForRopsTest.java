package pl.koordynator.es.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.PanelCards;
import pl.koordynator.es.testing.PanelCards.Card;
import pl.koordynator.es.testing.PanelCards.Item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The register's cards on ROPS's dashboard: failed imports and the region's key figures. */
class RegistryCardsForRopsTest extends IntegrationTest {

    private static final String GDANSK = "2261011";

    @Autowired
    RegistryFixtures fixtures;

    @Test
    void failedImportsOfTheLast30DaysAreListedNewestFirstEachLeadingToItsReport() throws Exception {
        long old = importJob("stary.csv", "FAILED", OffsetDateTime.now().minusDays(40));
        long earlier = importJob("organizacje.csv", "FAILED", OffsetDateTime.now().minusDays(3));
        long latest = importJob("firmy.xlsx", "FAILED", OffsetDateTime.now().minusHours(2));
        importJob("dobry.csv", "DONE", OffsetDateTime.now().minusHours(1));

        Card card = PanelCards.of(mvc, users.as(Role.ADMIN)).get("rops-imports-failed");

        assertThat(card.count()).isEqualTo(2);
        assertThat(card.items()).extracting(Item::text).containsExactly("firmy.xlsx", "organizacje.csv");
        assertThat(card.items()).extracting(Item::url).containsExactly("/organisations/import/" + latest,
                "/organisations/import/" + earlier).doesNotContain("/organisations/import/" + old);
        assertThat(card.items().get(0).note()).endsWith("Import przerwał nieoczekiwany błąd; nic nie zapisano. "
                + "Spróbuj ponownie lub zgłoś to administratorowi.");
        mvc.perform(get(card.items().get(0).url()).with(users.as(Role.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void withoutFailedImportsTheCardSaysSo() throws Exception {
        importJob("dobry.csv", "DONE", OffsetDateTime.now());

        Card card = PanelCards.of(mvc, users.as(Role.ADMIN)).get("rops-imports-failed");

        assertThat(card.count()).isZero();
        assertThat(card.empty()).isEqualTo("W ostatnich 30 dniach żaden import rejestru nie zakończył się błędem.");
    }

    @Test
    void keyFiguresAreTheCountsTheRegisterSearchGives() throws Exception {
        fixtures.create(RegistryFixtures.pes("Spółdzielnia Socjalna Razem", GDANSK));
        fixtures.create(socialEnterprise("Spółdzielnia Socjalna Przedsiębiorcza"));
        OrganisationView suspended = fixtures.create(RegistryFixtures.pes("Zawieszona", GDANSK));
        jdbc.sql("update organisation set status = 'SUSPENDED' where id = :id").param("id", suspended.id()).update();
        fixtures.owes("OWES Północ", GDANSK);

        Card card = PanelCards.of(mvc, users.as(Role.ADMIN)).get("rops-regional-figures");

        long activePes = total(mvc.perform(get("/api/v1/organisations")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        long socialEnterprises = total(mvc.perform(get("/api/v1/organisations").param("socialEnterprise", "true")
                        .param("status", "ACTIVE").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(activePes).isEqualTo(2);
        assertThat(socialEnterprises).isEqualTo(1);
        assertThat(card.items()).containsExactly(new Item("Aktywne PES: 2", "/map", null),
                new Item("Przedsiębiorstwa społeczne: 1", "/organisations?ps=true&status=ACTIVE", null));
        assertThat(card.count()).isNull();
    }

    private static OrganisationInput socialEnterprise(String name) {
        OrganisationInput in = RegistryFixtures.pes(name, GDANSK);
        return new OrganisationInput(in.name(), in.shortName(), in.kind(), in.nip(), in.regon(), in.krs(),
                in.gminaTeryt(), in.street(), in.postalCode(), in.town(), in.email(), in.phone(), in.website(),
                in.description(), in.fieldsOfActivity(), in.employees(), in.employeesAtRisk(),
                in.reintegrationPlaces(), "WPS-I.8141.1.2025", LocalDate.now().minusYears(1), null, in.owesId(),
                in.status(), in.version());
    }

    private static long total(String json) {
        return ((Number) JsonPath.read(json, "$.totalElements")).longValue();
    }

    private long importJob(String fileName, String status, OffsetDateTime createdAt) {
        return jdbc.sql("""
                insert into organisation_import (created_by, file_name, file_content, dry_run, mode, status, failure,
                    created_at, finished_at)
                values ('admin', :file, '\\x00', true, 'ALL', :status,
                    case when :status = 'FAILED' then 'registryimport.job.failed' end, :at, :at)
                returning id""")
                .param("file", fileName).param("status", status).param("at", createdAt).query(Long.class).single();
    }
}
