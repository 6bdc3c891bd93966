package pl.koordynator.es.catalogue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import pl.koordynator.es.testing.RegionDate;

/**
 * The public catalogue as a visitor uses it without JavaScript: search without Polish letters and
 * with a typo, facets whose counts match the offers and whose links keep the other filters,
 * paging, an offer's page, the inquiry (refused without a solved challenge, delivered with one)
 * and the widget, the only page another site may frame.
 */
class CataloguePublicPagesTest extends IntegrationTest {

    @Autowired
    CataloguePublicFixtures fixtures;

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String search(String words) throws Exception {
        return mvc.perform(get("/katalog").param("q", words)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aSearchWithoutPolishLettersAndWithATypoFindsTheOffer() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Porządek", Kind.SOCIAL_COOPERATIVE,
                CataloguePublicFixtures.GDANSK, "porzadek@example.pl");
        fixtures.published(pes, "Sprzątanie biur – Gdańsk", "CLEANING_OFFICES", "Codzienne sprzątanie biur i urzędów.");
        fixtures.published(pes, "Pielęgnacja ogrodów", "GREEN_MAINTENANCE", "Koszenie trawników.");

        assertThat(search("sprzatanie gdansk")).contains("Sprzątanie biur – Gdańsk")
                .doesNotContain("Pielęgnacja ogrodów").contains("Znaleziono ofert: 1");
        // without Polish letters and with one letter missing
        assertThat(search("sprzatnie gdansk")).contains("Sprzątanie biur – Gdańsk")
                .doesNotContain("Pielęgnacja ogrodów");
        assertThat(page("/katalog?q=hydraulik")).contains("id=\"no-results\"").contains("Sprawdź pisownię");
    }

    @Test
    void facetsCountTheOffersAndTheirLinksKeepTheOtherFilters() throws Exception {
        OrganisationView cooperative = fixtures.pes("Spółdzielnia Socjalna Smak", Kind.SOCIAL_COOPERATIVE,
                CataloguePublicFixtures.GDANSK, "smak@example.pl");
        OrganisationView foundation = fixtures.pes("Fundacja Dobry Obiad", Kind.NGO, CataloguePublicFixtures.SOPOT,
                "obiad@example.pl");
        fixtures.published(cooperative, "Catering na konferencje", "CATERING_EVENTS", "Przerwy kawowe i obiady.");
        fixtures.published(cooperative, "Obiady dla szkół", "CATERING_MEALS", "Obiady dla szkół.");
        fixtures.published(foundation, "Catering wegetariański", "CATERING_EVENTS", "Obiady bezmięsne.");
        fixtures.published(foundation, "Sprzątanie klatek schodowych", "CLEANING_OFFICES", "Sprzątanie.");

        String all = page("/katalog");
        assertThat(all).contains("Znaleziono ofert: 4");
        assertThat(facet(all, "CATERING")).contains("(3)");
        assertThat(facet(all, "CLEANING")).contains("(1)");
        assertThat(facet(all, "SOCIAL_COOPERATIVE")).contains("(2)");
        assertThat(facet(all, "NGO")).contains("(2)");

        // the category chosen, the kind facet counts within it and its links keep the category and the words
        String catering = page("/katalog?q=catering&category=CATERING");
        assertThat(catering).contains("Catering na konferencje", "Catering wegetariański")
                .doesNotContain("Sprzątanie klatek schodowych");
        assertThat(facet(catering, "NGO")).contains("(1)").contains("q=catering").contains("category=CATERING")
                .contains("kind=NGO");
        // the chosen value is marked and its link removes it, keeping the words
        assertThat(facet(catering, "CATERING")).contains("aria-current=\"true\"").contains("q=catering")
                .doesNotContain("category=");
        // the search form keeps the chosen facets too
        assertThat(catering).contains("<input type=\"hidden\" name=\"category\" value=\"CATERING\">");

        String ngoCatering = page("/katalog?q=catering&category=CATERING&kind=NGO");
        assertThat(ngoCatering).contains("Catering wegetariański").doesNotContain("Catering na konferencje")
                .contains("Znaleziono ofert: 1");
    }

    @Test
    void anExpiredMarkLeavesTheFacetAndTheBadge() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Znak", Kind.SOCIAL_COOPERATIVE,
                CataloguePublicFixtures.GDANSK, "znak@example.pl");
        OfferView valid = fixtures.published(pes, "Upominki z ceramiki", "CRAFTS_CERAMICS", "Kubki.");
        OfferView expired = fixtures.published(pes, "Torby z recyklingu", "CRAFTS_TEXTILES", "Torby.");
        fixtures.mark(valid, RegionDate.today().plusMonths(3));
        fixtures.mark(expired, RegionDate.today().minusDays(1));

        String all = page("/katalog");
        assertThat(facet(all, "true", "marked")).contains("(1)");
        assertThat(page("/katalog?marked=true")).contains("Upominki z ceramiki").doesNotContain("Torby z recyklingu");
        // the badge on the result card only where the mark is valid
        assertThat(page("/katalog?marked=false")).contains("Torby z recyklingu").doesNotContain("badge text-bg-success");
        assertThat(page("/katalog?marked=true")).contains("badge text-bg-success");
        assertThat(page("/katalog/oferty/" + expired.id())).doesNotContain("id=\"mark\"");
        assertThat(page("/katalog/oferty/" + valid.id())).contains("id=\"mark\"").contains("ZP/TEST/" + valid.id());
    }

    @Test
    void pagesOfTwentyKeepTheSearch() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Druk", Kind.SOCIAL_COOPERATIVE,
                CataloguePublicFixtures.GDANSK, "druk@example.pl");
        for (int i = 1; i <= 23; i++) {
            fixtures.published(pes, "Druk ulotek %02d".formatted(i), "PRINTING_OFFSET", "Ulotki.");
        }
        String first = page("/katalog?q=druk&sort=NAME");
        assertThat(first).contains("Znaleziono ofert: 23").contains("Druk ulotek 01").contains("Druk ulotek 20")
                .doesNotContain("Druk ulotek 21").contains("/katalog?q=druk&amp;sort=NAME&amp;page=1");
        String second = page("/katalog?q=druk&sort=NAME&page=1");
        assertThat(second).contains("Druk ulotek 21", "Druk ulotek 23").doesNotContain("Druk ulotek 20");
    }

    @Test
    void anOfferPageShowsTheProviderItsOtherOffersAndCountsAView() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Zieleń", Kind.SOCIAL_COOPERATIVE,
                CataloguePublicFixtures.GDANSK, "zielen@example.pl");
        OfferView offer = fixtures.published(pes, "Koszenie trawników", "GREEN_MAINTENANCE",
                "Koszenie trawników i skwerów.\nWywóz skoszonej trawy.", AreaScope.GMINAS,
                List.of(CataloguePublicFixtures.GDANSK, CataloguePublicFixtures.SOPOT));
        fixtures.published(pes, "Nasadzenia drzew", "GREEN_PLANTING", "Sadzimy drzewa.");

        String html = page("/katalog/oferty/" + offer.id());
        assertThat(html).contains("<h1 class=\"text-break\">Koszenie trawników</h1>")
                .contains("Wywóz skoszonej trawy.").contains("Gdańsk, Sopot").contains("120 zł za osobę")
                .contains("href=\"/organisations/" + pes.id() + "\"").contains("Nasadzenia drzew")
                .contains("altcha-widget");
        assertThat(jdbc.sql("select coalesce(sum(views), 0) from catalogue_offer_views where offer_id = :id")
                .param("id", offer.id()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/katalog/oferty/999999")).andExpect(status().isNotFound());
    }

    @Test
    void anInquiryWithoutASolvedChallengeIsRefusedAndNothingIsSent() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Obiad", Kind.SOCIAL_COOPERATIVE,
                CataloguePublicFixtures.GDANSK, "obiad-pes@example.pl");
        OfferView offer = fixtures.published(pes, "Obiady domowe", "CATERING_MEALS", "Obiady.");

        String html = mvc.perform(post("/katalog/oferty/{id}/zapytanie", offer.id()).with(csrf())
                        .param("name", "Jan Kupiec").param("email", "jan@gmina.example.pl")
                        .param("message", "Prosimy o wycene 50 obiadow.").param("consent", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"inquiry-errors\"").contains("id=\"altcha-error\"")
                .doesNotContain("id=\"inquiry-sent\"")
                // what the buyer typed stays in the form
                .contains("Prosimy o wycene 50 obiadow.");
        assertThat(jdbc.sql("select count(*) from catalogue_inquiry").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from notification").query(Long.class).single()).isZero();

        // a missing e-mail address is named beside its field, in Polish
        String noEmail = mvc.perform(post("/katalog/oferty/{id}/zapytanie", offer.id()).with(csrf())
                        .param("name", "Jan Kupiec").param("message", "Oferta?").param("consent", "true")
                        .param("altcha", challenges.solved()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noEmail).contains("id=\"email-error\"");
        assertThat(jdbc.sql("select count(*) from catalogue_inquiry").query(Long.class).single()).isZero();
    }

    @Test
    void anInquiryWithASolvedChallengeReachesThePesAndACopyTheBuyer() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Pralnia", Kind.SOCIAL_COOPERATIVE,
                CataloguePublicFixtures.GDANSK, "pralnia@example.pl");
        OfferView offer = fixtures.published(pes, "Pranie obrusów", "CLEANING_LAUNDRY", "Pranie i maglowanie.");

        mvc.perform(post("/katalog/oferty/{id}/zapytanie", offer.id()).with(csrf())
                        .param("name", "Ewa Zamawiająca").param("email", "ewa@urzad.example.pl")
                        .param("organisation", "Urząd Gminy").param("message", "Ile kosztuje pranie 40 obrusów?")
                        .param("consent", "true").param("altcha", challenges.solved()))
                .andExpect(redirectedUrl("/katalog/oferty/" + offer.id() + "?wyslano=1"));

        MailServer.Mail toPes = MailServer.awaitMail(mail -> mail.to().contains("pralnia@example.pl"));
        assertThat(toPes.text()).contains("Ile kosztuje pranie 40 obrusów?");
        MailServer.awaitMail(mail -> mail.to().contains("ewa@urzad.example.pl"));
        assertThat(page("/katalog/oferty/" + offer.id() + "?wyslano=1")).contains("id=\"inquiry-sent\"")
                .contains("Spółdzielnia Socjalna Pralnia").doesNotContain("altcha-widget");
    }

    @Test
    void onlyTheWidgetMayBeFramedByOtherSites() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Widżet", Kind.SOCIAL_COOPERATIVE,
                CataloguePublicFixtures.GDANSK, "widzet@example.pl");
        OfferView offer = fixtures.published(pes, "Catering dla urzędów", "CATERING_EVENTS", "Obiady.");

        MvcResult widget = mvc.perform(get("/katalog/widzet?gmina=" + CataloguePublicFixtures.GDANSK))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("frame-ancestors *"),
                        not(containsString("frame-ancestors 'none'")), containsString("script-src 'self'"))))
                .andExpect(header().doesNotExist("X-Frame-Options"))
                .andReturn();
        assertThat(widget.getResponse().getContentAsString()).contains("Catering dla urzędów")
                .contains("target=\"_blank\" rel=\"noopener\"").doesNotContain("navbar").doesNotContain("<form");

        for (String path : List.of("/katalog", "/katalog/oferty/" + offer.id(), "/katalog/widzet/instrukcja",
                "/katalog/widzet/instrukcja?gmina=" + CataloguePublicFixtures.GDANSK, "/katalog/mapa", "/")) {
            mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
    }

    @Test
    void theWidgetScriptAndItsInstructions() throws Exception {
        mvc.perform(get("/katalog/widzet.js")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("javascript")))
                .andExpect(content().string(containsString("/katalog/widzet")));
        String instructions = page("/katalog/widzet/instrukcja?gmina=" + CataloguePublicFixtures.GDANSK
                + "&category=CATERING&limit=8");
        assertThat(instructions)
                .contains("/katalog/widzet?gmina=2261011&amp;category=CATERING&amp;limit=8")
                .contains("data-gmina=&quot;2261011&quot; data-category=&quot;CATERING&quot; data-limit=&quot;8&quot;")
                .contains("id=\"widget-preview\"");
    }

    /** The link of one facet value, from its opening tag to its end. */
    private static String facet(String html, String value) {
        return facet(html, value, null);
    }

    private static String facet(String html, String value, String group) {
        int start = group == null ? 0 : html.indexOf("id=\"facet-" + group + "\"");
        assertThat(start).as("facet group %s", group).isGreaterThanOrEqualTo(0);
        int at = html.indexOf("data-facet-value=\"" + value + "\"", start);
        assertThat(at).as("facet value %s", value).isGreaterThan(0);
        return html.substring(html.lastIndexOf("<a ", at), html.indexOf("</a>", at));
    }
}
