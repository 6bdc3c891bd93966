package pl.koordynator.es.needs;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.needs.domain.NeedView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.koordynator.es.needs.NeedsFixtures.CZARNA_DABROWKA;
import static pl.koordynator.es.needs.NeedsFixtures.GDANSK;
import static pl.koordynator.es.needs.NeedsFixtures.GDYNIA;
import static pl.koordynator.es.needs.NeedsFixtures.input;

/** What the map asks of the module: published needs only, counted per gmina and listed newest first. */
class ReportedNeedsFacadeTest extends IntegrationTest {

    @Autowired
    ReportedNeeds reportedNeeds;

    @Autowired
    NeedsFixtures fixtures;

    @Test
    void countsOnlyPublishedNeedsPerGmina() {
        UserView pes = fixtures.pesUser("Spółdzielnia Licząca", GDANSK);
        fixtures.published(pes, input(GDANSK, "Pierwsza potrzeba Gdańska"));
        fixtures.published(pes, input(GDANSK, "Druga potrzeba Gdańska"));
        fixtures.published(pes, input(GDYNIA, "Potrzeba Gdyni"));
        fixtures.submitted(pes, input(GDANSK, "Oczekująca potrzeba Gdańska"));
        fixtures.submitted(pes, input(CZARNA_DABROWKA, "Oczekująca potrzeba wsi"));
        fixtures.rejected(pes, input(GDYNIA, "Odrzucona potrzeba Gdyni"), "Nie dotyczy gminy.");

        assertThat(reportedNeeds.publishedCountByGmina()).containsOnly(
                org.assertj.core.api.Assertions.entry(GDANSK, 2L), org.assertj.core.api.Assertions.entry(GDYNIA, 1L));
    }

    @Test
    void listsAGminasPublishedNeedsNewestFirstWithTheReportingOrganisation() {
        UserView pes = fixtures.pesUser("Spółdzielnia Socjalna Gdańsk", GDANSK);
        NeedView older = fixtures.published(pes, input(GDANSK, "Starsza potrzeba"));
        NeedView newer = fixtures.published(pes, input(GDANSK, "Nowsza potrzeba"));
        jdbc.sql("update reported_need set decided_at = decided_at - interval '3 days' where id = :id")
                .param("id", newer.id()).update();
        jdbc.sql("update reported_need set decided_at = decided_at - interval '5 days' where id = :id")
                .param("id", older.id()).update();
        fixtures.submitted(pes, input(GDANSK, "Oczekująca potrzeba"));
        fixtures.published(pes, input(GDYNIA, "Potrzeba innej gminy"));

        List<PublishedNeed> published = reportedNeeds.published(GDANSK);

        assertThat(published).extracting(PublishedNeed::title).containsExactly("Nowsza potrzeba", "Starsza potrzeba");
        PublishedNeed first = published.get(0);
        assertThat(first.id()).isEqualTo(newer.id());
        assertThat(first.category()).isEqualTo(NeedCategory.REINTEGRATION);
        assertThat(first.gminaTeryt()).isEqualTo(GDANSK);
        assertThat(first.organisationName()).isEqualTo("Spółdzielnia Socjalna Gdańsk");
        assertThat(first.publishedAt()).isNotNull();
        assertThat(reportedNeeds.published(CZARNA_DABROWKA)).isEmpty();
    }
}
