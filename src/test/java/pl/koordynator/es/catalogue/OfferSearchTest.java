package pl.koordynator.es.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.koordynator.es.catalogue.CatalogueFixtures.GDANSK;
import static pl.koordynator.es.catalogue.CatalogueFixtures.GDANSK_POWIAT;
import static pl.koordynator.es.catalogue.CatalogueFixtures.KARTUZY;
import static pl.koordynator.es.catalogue.CatalogueFixtures.KARTUZY_POWIAT;
import static pl.koordynator.es.catalogue.CatalogueFixtures.input;
import static pl.koordynator.es.catalogue.CatalogueFixtures.withAreas;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.testing.IntegrationTest;

/**
 * A buyer finds offers the way they type: without Polish letters and with a slip of the finger,
 * the best matches first, and each facet says how many offers a click on it will show.
 */
class OfferSearchTest extends IntegrationTest {

    @Autowired
    CatalogueFixtures fixtures;

    @Autowired
    CatalogueOffers offers;

    private static OfferSearch query(String q) {
        return OfferSearch.text(q);
    }

    private List<String> names(OfferSearch search) {
        return offers.search(search).offers().items().stream().map(OfferSummary::name).toList();
    }

    @Test
    void wordsWithoutPolishLettersAndWithOneTypoFindTheOffer() {
        var pes = fixtures.pes("Spółdzielnia Socjalna Czysty Dom", GDANSK, "Gdańsk");
        fixtures.published(pes, input(pes.id(), "Sprzątanie biur – Gdańsk", "Codzienne sprzątanie pomieszczeń.",
                "CLEANING_OFFICES"));
        fixtures.published(pes, input(pes.id(), "Catering na konferencje", "Obiady i przerwy kawowe.",
                "CATERING_EVENTS"));

        assertThat(names(query("sprzatanie gdansk"))).containsExactly("Sprzątanie biur – Gdańsk");
        assertThat(names(query("sprzatanei gdansk"))).containsExactly("Sprzątanie biur – Gdańsk");
        assertThat(names(query("SPRZĄTANIE"))).containsExactly("Sprzątanie biur – Gdańsk");
        assertThat(names(query("pralnia"))).isEmpty();
    }

    @Test
    void aMatchInTheNameRanksAboveAMatchInTheDescription() {
        var pes = fixtures.pes("Spółdzielnia Socjalna Ogród", GDANSK, "Gdańsk");
        fixtures.published(pes, input(pes.id(), "Pielęgnacja zieleni miejskiej",
                "Koszenie trawników, przycinanie żywopłotów, a zimą także odśnieżanie chodników.", "GREEN_MAINTENANCE"));
        fixtures.published(pes, input(pes.id(), "Odśnieżanie parkingów", "Sprzęt i ludzie przez całą zimę.",
                "GREEN_WINTER"));

        assertThat(names(query("odsniezanie"))).containsExactly("Odśnieżanie parkingów",
                "Pielęgnacja zieleni miejskiej");
    }

    @Test
    void theDescriptionIsMatchedExactlyAndTheNameAndPlacesWithATypo() {
        var pes = fixtures.pes("Spółdzielnia Socjalna Pralnia", GDANSK, "Gdańsk");
        fixtures.published(pes, input(pes.id(), "Pranie i prasowanie", "Odbieramy i dowozimy pościel hotelową.",
                "CLEANING_LAUNDRY"));

        assertThat(names(query("posciel"))).containsExactly("Pranie i prasowanie");
        assertThat(names(query("prasowanei"))).containsExactly("Pranie i prasowanie");
        assertThat(names(query("gdansk"))).containsExactly("Pranie i prasowanie");
        // a typo of a word of a long description would make word similarity match almost any long text
        assertThat(names(query("hotelowaa"))).isEmpty();
    }

    @Test
    void eachFacetCountsTheResultsOfChoosingIt() {
        var gdansk = fixtures.pes("Spółdzielnia Socjalna Gdańska", GDANSK, "Gdańsk");
        var kartuzy = fixtures.pes("Koło Gospodyń Wiejskich w Kartuzach", Kind.RURAL_HOUSEWIVES_CIRCLE, KARTUZY,
                "Kartuzy", true);
        fixtures.published(gdansk, input(gdansk.id(), "Catering na konferencje", "Obiady.", "CATERING_EVENTS"));
        fixtures.published(gdansk, input(gdansk.id(), "Sprzątanie biur", "Codziennie.", "CLEANING_OFFICES"));
        OfferView region = fixtures.published(kartuzy, withAreas(input(kartuzy.id(), "Pierogi kaszubskie",
                "Wyroby regionalne na spotkania.", "CATERING_BAKERY"), AreaScope.REGION));
        fixtures.published(kartuzy, withAreas(input(kartuzy.id(), "Warsztaty haftu kaszubskiego",
                "Zajęcia dla grup.", "EDUCATION_WORKSHOPS"), AreaScope.GMINAS, KARTUZY));
        fixtures.mark(region, today());

        OfferSearchResult all = offers.search(OfferSearch.all());
        assertThat(all.offers().total()).isEqualTo(4);
        Function<OfferSearch, Long> total = search -> offers.search(search).offers().total();
        for (FacetCount facet : all.categories()) {
            assertThat(total.apply(new OfferSearch(null, facet.value(), null, null, null, null, null, null, null,
                    null))).as("category %s", facet.value()).isEqualTo(facet.count());
        }
        for (FacetCount facet : all.powiats()) {
            assertThat(total.apply(new OfferSearch(null, null, null, facet.value(), null, null, null, null, null,
                    null))).as("powiat %s", facet.value()).isEqualTo(facet.count());
        }
        for (FacetCount facet : all.gminas()) {
            assertThat(total.apply(new OfferSearch(null, null, facet.value(), null, null, null, null, null, null,
                    null))).as("gmina %s", facet.value()).isEqualTo(facet.count());
        }
        for (FacetCount facet : all.pesKinds()) {
            assertThat(total.apply(new OfferSearch(null, null, null, null, Kind.valueOf(facet.value()), null, null,
                    null, null, null))).as("kind %s", facet.value()).isEqualTo(facet.count());
        }
        for (FacetCount facet : all.socialEnterprise()) {
            assertThat(total.apply(new OfferSearch(null, null, null, null, null, Boolean.valueOf(facet.value()),
                    null, null, null, null))).as("PS %s", facet.value()).isEqualTo(facet.count());
        }
        for (FacetCount facet : all.marked()) {
            assertThat(total.apply(new OfferSearch(null, null, null, null, null, null, Boolean.valueOf(facet.value()),
                    null, null, null))).as("marked %s", facet.value()).isEqualTo(facet.count());
        }
        assertThat(all.categories()).extracting(FacetCount::value, FacetCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CATERING", 2L),
                        org.assertj.core.groups.Tuple.tuple("CLEANING", 1L),
                        org.assertj.core.groups.Tuple.tuple("EDUCATION", 1L));
        // the regional offer serves Gdańsk too; the Kartuzy workshop does not
        assertThat(all.powiats()).filteredOn(f -> f.value().equals(GDANSK_POWIAT)).singleElement()
                .extracting(FacetCount::count).isEqualTo(3L);
        assertThat(all.powiats()).filteredOn(f -> f.value().equals(KARTUZY_POWIAT)).singleElement()
                .extracting(FacetCount::count).isEqualTo(2L);
        assertThat(all.marked()).filteredOn(f -> f.value().equals("true")).singleElement()
                .extracting(FacetCount::count).isEqualTo(1L);
        assertThat(all.socialEnterprise()).filteredOn(f -> f.value().equals("true")).singleElement()
                .extracting(FacetCount::count).isEqualTo(2L);

        // within a category, the other facets count only its offers, and the category facet keeps its siblings
        OfferSearchResult catering = offers.search(new OfferSearch(null, "CATERING", null, null, null, null, null,
                null, null, null));
        assertThat(catering.offers().total()).isEqualTo(2);
        assertThat(catering.categories()).hasSize(3);
        assertThat(catering.pesKinds()).extracting(FacetCount::count).containsOnly(1L);
    }

    @Test
    void aMarkThatExpiredYesterdayIsGoneFromTheFacetAndTheBadge() {
        var pes = fixtures.pes("Spółdzielnia Socjalna Znak", GDANSK, "Gdańsk");
        OfferView valid = fixtures.published(pes, input(pes.id(), "Torby z recyklingu", "Szyte ręcznie.",
                "CRAFTS_TEXTILES"));
        OfferView expired = fixtures.published(pes, input(pes.id(), "Kubki ceramiczne", "Malowane ręcznie.",
                "CRAFTS_CERAMICS"));
        fixtures.mark(valid, today());
        fixtures.mark(expired, today().minusDays(1));

        OfferSearchResult result = offers.search(OfferSearch.all());
        assertThat(result.marked()).filteredOn(f -> f.value().equals("true")).singleElement()
                .extracting(FacetCount::count).isEqualTo(1L);
        assertThat(names(new OfferSearch(null, null, null, null, null, null, true, null, null, null)))
                .containsExactly("Torby z recyklingu");
        assertThat(offers.offer(expired.id()).marked()).isFalse();
        assertThat(offers.offer(valid.id()).marked()).isTrue();
        assertThat(offers.offer(valid.id()).markValidUntil()).isEqualTo(today());
    }

    @Test
    void onlyPublishedOffersAreFoundAndSortingAndPagingWork() {
        var pes = fixtures.pes("Spółdzielnia Socjalna Druk", GDANSK, "Gdańsk");
        fixtures.published(pes, input(pes.id(), "Ulotki i plakaty", "Druk cyfrowy.", "PRINTING_OFFSET"));
        fixtures.published(pes, input(pes.id(), "Broszury", "Druk i oprawa.", "PRINTING_BINDING"));
        fixtures.as(pes.user(), () -> offers.create(input(pes.id(), "Wizytówki", "Szkic, jeszcze nie wysłany.",
                "PRINTING_OFFSET")));

        assertThat(names(new OfferSearch(null, null, null, null, null, null, null, OfferSort.NAME, null, null)))
                .containsExactly("Broszury", "Ulotki i plakaty");
        assertThat(names(new OfferSearch(null, null, null, null, null, null, null, OfferSort.NAME, 1, 1)))
                .containsExactly("Ulotki i plakaty");
        assertThat(names(new OfferSearch(null, null, null, null, null, null, null, OfferSort.NEWEST, null, null)))
                .containsExactly("Broszury", "Ulotki i plakaty");
        assertThatThrownBy(() -> offers.search(new OfferSearch(null, "NO_SUCH", null, null, null, null, null, null,
                null, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theApiAnswersTheSearchWithItsFacetsToAnyone() throws Exception {
        var pes = fixtures.pes("Spółdzielnia Socjalna API", GDANSK, "Gdańsk");
        fixtures.published(pes, input(pes.id(), "Sprzątanie biur – Gdańsk", "Codziennie.", "CLEANING_OFFICES"));

        mvc.perform(get("/api/v1/catalogue/offers").param("q", "sprzatanie gdansk"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.offers.content[0].name").value("Sprzątanie biur – Gdańsk"))
                .andExpect(jsonPath("$.offers.totalElements").value(1))
                .andExpect(jsonPath("$.facets.categories[0].value").value("CLEANING"))
                .andExpect(jsonPath("$.facets.categories[0].count").value(1));
        mvc.perform(get("/api/v1/catalogue/offers").param("gminaTeryt", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("gminaTeryt"));
        mvc.perform(get("/api/v1/catalogue/categories"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("CATERING"))
                .andExpect(jsonPath("$[1].parentCode").value("CATERING"));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Warsaw"));
    }
}
