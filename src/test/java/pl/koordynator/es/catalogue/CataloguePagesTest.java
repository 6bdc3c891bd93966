package pl.koordynator.es.catalogue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The signed-in catalogue pages: the offer form names each bad field in Polish and saves nothing,
 * an OWES edits and reviews only the offers of the PES it serves, a return needs a comment the PES
 * then sees, the dashboard cards count what waits, the PES records what came of an inquiry while
 * ROPS sees only counts, and the organisation card lists the published offers.
 */
class CataloguePagesTest extends IntegrationTest {

    static final String GDANSK = "2261011";
    static final String CZARNA_DABROWKA = "2201032";

    @Autowired
    RegistryFixtures registry;

    @Autowired
    CatalogueOffers offers;

    @Autowired
    CatalogueInquiries inquiries;

    @Autowired
    MessageSource messages;

    OrganisationView pes;
    UserView pesUser;
    UserView owes;
    UserView otherOwes;
    UserView rops;

    @BeforeEach
    void aPesServedByAnOwesAndAnotherOwes() {
        OrganisationView trojmiasto = registry.owes("OWES Trójmiasto", GDANSK);
        registry.subregion("Metropolitalny", trojmiasto.id(), "2261");
        OrganisationView slupsk = registry.owes("OWES Słupsk", CZARNA_DABROWKA);
        registry.subregion("Słupski", slupsk.id(), "2201");
        pes = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Czyste Biuro", GDANSK));
        pesUser = users.create("pes-offers-" + System.nanoTime(), Role.PES, pes.id());
        owes = users.create("owes-offers-" + System.nanoTime(), Role.OWES, trojmiasto.id());
        otherOwes = users.create("owes-other-" + System.nanoTime(), Role.OWES, slupsk.id());
        rops = users.create("rops-offers-" + System.nanoTime(), Role.ADMIN);
    }

    @Test
    void theFormNamesEveryBadFieldInPolishAndSavesNothing() throws Exception {
        String html = page(offerForm(post("/oferty"), "", "GMINAS").param("priceOnRequest", "true")
                .param("cpvCode", "5552-1").with(as(pesUser)));

        assertThat(fieldError(html, "name")).isEqualTo(polish("catalogue.offer.name.required"));
        assertThat(fieldError(html, "cpvCode")).isEqualTo(polish("catalogue.offer.cpv.invalid"));
        assertThat(fieldError(html, "gminas")).isEqualTo(polish("catalogue.offer.areas.required"));
        assertThat(html).contains("Popraw pola formularza");
        assertThat(count()).isZero();
    }

    @Test
    void aPriceThatIsNotANumberIsNamedAndNothingIsSaved() throws Exception {
        String html = page(offerForm(post("/oferty"), "Sprzątanie biur", "REGION")
                .param("priceAmount", "czterdzieści").with(as(pesUser)));

        assertThat(fieldError(html, "priceAmount")).isEqualTo(polish("catalogue.pages.error.price"));
        assertThat(count()).isZero();
    }

    @Test
    void aPesWritesAndSubmitsAnOfferAndItsOwesPublishesIt() throws Exception {
        MvcResult created = mvc.perform(offerForm(post("/oferty"), "Sprzątanie biur – Gdańsk")
                .param("action", "submit").with(as(pesUser))).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/oferty/");
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().substring("/oferty/".length()));
        assertThat(status(id)).isEqualTo("IN_REVIEW");
        assertThat(page(get("/oferty").with(as(pesUser)))).contains("Sprzątanie biur – Gdańsk").contains("do akceptacji");

        assertThat(page(get("/oferty/do-akceptacji").with(as(otherOwes)))).doesNotContain("Sprzątanie biur");
        assertThat(mvc.perform(post("/oferty/do-akceptacji/" + id + "/opublikuj").with(csrf()).with(as(otherOwes)))
                .andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(status(id)).isEqualTo("IN_REVIEW");

        assertThat(page(get("/oferty/do-akceptacji").with(as(owes)))).contains("Sprzątanie biur – Gdańsk");
        mvc.perform(post("/oferty/do-akceptacji/" + id + "/opublikuj").with(csrf()).with(as(owes)));
        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(page(get("/oferty/" + id + "/edytuj").with(as(pesUser)))).contains("id=\"published-warning\"");
    }

    @Test
    void theEditPageShowsAnUploadedPhotoWithItsButtonsAndAnUploadErrorBesideTheField() throws Exception {
        long id = draft("Pranie i maglowanie");
        MvcResult added = mvc.perform(multipart("/oferty/" + id + "/zdjecia")
                .file(new MockMultipartFile("photo", "pralnia.png", "image/png", png()))
                .param("alt", "Pościel złożona na półkach pralni").with(csrf()).with(as(pesUser))).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/oferty/" + id + "/edytuj#zdjecia");
        long photo = jdbc.sql("select id from catalogue_offer_photo where offer_id = :id").param("id", id)
                .query(Long.class).single();

        String section = between(page(withFlash(get("/oferty/" + id + "/edytuj"), added)
                .with(as(pesUser))), "id=\"zdjecia\"", "</section>");
        assertThat(section).contains(polish("catalogue.photos.added"))
                .contains("src=\"/katalog/zdjecia/" + photo + "/thumb\"")
                .contains("alt=\"Pościel złożona na półkach pralni\"")
                .contains("action=\"/oferty/" + id + "/zdjecia/" + photo + "/usun\"")
                .contains("aria-label=\"" + polish("catalogue.photos.deleteNamed", 1) + "\"");
        // the first photo cannot move further forward; the second can
        assertThat(section).doesNotContain("/zdjecia/" + photo + "/wyzej");
        mvc.perform(multipart("/oferty/" + id + "/zdjecia").file(new MockMultipartFile("photo", "b.png", "image/png", png()))
                .param("alt", "Magiel").with(csrf()).with(as(pesUser)));
        long second = jdbc.sql("select max(id) from catalogue_offer_photo where offer_id = :id").param("id", id)
                .query(Long.class).single();
        assertThat(between(page(get("/oferty/" + id + "/edytuj").with(as(pesUser))), "id=\"zdjecia\"", "</section>"))
                .contains("action=\"/oferty/" + id + "/zdjecia/" + second + "/wyzej\"")
                .contains("aria-label=\"" + polish("catalogue.photos.moveUpNamed", 2) + "\"");

        MvcResult refused = mvc.perform(multipart("/oferty/" + id + "/zdjecia")
                .file(new MockMultipartFile("photo", "faktura.jpg", "image/jpeg", "%PDF-1.4 faktura".getBytes()))
                .param("alt", "Faktura").with(csrf()).with(as(pesUser))).andReturn();
        String form = page(withFlash(get("/oferty/" + id + "/edytuj"), refused).with(as(pesUser)));
        assertThat(fieldError(form, "photo")).isEqualTo(polish("catalogue.photos.notImage"));
        assertThat(form).contains("aria-describedby=\"photo-help photo-error\"").contains("value=\"Faktura\"");
        assertThat(jdbc.sql("select count(*) from catalogue_offer_photo where offer_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anOwesCannotEditTheOfferOfAPesOfAnotherSubregion() throws Exception {
        long id = draft("Mycie okien");

        int refused = mvc.perform(offerForm(post("/oferty/" + id), "Mycie okien i elewacji").param("version", "0")
                .with(as(otherOwes))).andReturn().getResponse().getStatus();
        assertThat(refused).isIn(403, 404);
        assertThat(name(id)).isEqualTo("Mycie okien");

        mvc.perform(offerForm(post("/oferty/" + id), "Mycie okien i elewacji").param("version", String.valueOf(version(id)))
                .with(as(owes)));
        assertThat(name(id)).isEqualTo("Mycie okien i elewacji");
    }

    @Test
    void aReturnNeedsACommentWhichThePesThenSees() throws Exception {
        long id = draft("Catering na konferencje");
        users.signIn(pesUser);
        offers.submit(id);
        users.signOut();

        MvcResult refused = mvc.perform(post("/oferty/do-akceptacji/" + id + "/zwroc").param("comment", " ")
                .with(csrf()).with(as(rops))).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/oferty/" + id + "#review");
        assertThat(refused.getFlashMap().get("stepError")).isNotNull();
        assertThat(status(id)).isEqualTo("IN_REVIEW");

        mvc.perform(post("/oferty/do-akceptacji/" + id + "/zwroc").param("comment", "Dodaj cenę za osobę.")
                .with(csrf()).with(as(rops)));
        assertThat(status(id)).isEqualTo("RETURNED");
        assertThat(between(page(get("/oferty/" + id).with(as(pesUser))), "id=\"review-comment\"", "</div>"))
                .contains("Dodaj cenę za osobę.");
        String list = page(get("/oferty").with(as(pesUser)));
        assertThat(list).contains("zwrócona do poprawy");
        assertThat(between(list, "id=\"offer-" + id + "-comment\"", "</p>")).contains("Uwagi:")
                .contains("Dodaj cenę za osobę.");

        String longComment = "Proszę uzupełnić cenę za osobę, minimalne zamówienie i obszar, a w opisie podać, "
                + "czy menu obejmuje dania wegetariańskie i bezglutenowe oraz jak wygląda dowóz na miejsce.";
        users.signIn(pesUser);
        offers.submit(id);
        users.signOut();
        mvc.perform(post("/oferty/do-akceptacji/" + id + "/zwroc").param("comment", longComment)
                .with(csrf()).with(as(rops)));
        String shortened = between(page(get("/oferty").with(as(pesUser))), "id=\"offer-" + id + "-comment\"", "</p>");
        assertThat(shortened).contains(longComment.substring(0, 100)).doesNotContain(longComment).contains("...");
    }

    @Test
    void theCardsCountOffersToReviewInquiriesToAnswerAndViews() throws Exception {
        long id = draft("Sprzątanie klatek schodowych");
        users.signIn(pesUser);
        offers.submit(id);
        users.signOut();

        assertThat(cardCount(page(get("/panel").with(as(rops))), "rops-offers-to-review")).isEqualTo("1");
        assertThat(cardCount(page(get("/panel").with(as(owes))), "owes-offers-to-review")).isEqualTo("1");
        assertThat(cardCount(page(get("/panel").with(as(otherOwes))), "owes-offers-to-review")).isEqualTo("0");

        users.signIn(rops);
        offers.publish(id);
        inquiries.send(id, new InquiryInput("Jan Kupujący", "jan.kupujacy@example.org", "Gmina Gdańsk",
                "Prosimy o wycenę sprzątania 300 m².", true, null));
        users.signOut();
        offers.recordView(id);
        offers.recordView(id);

        String panel = page(get("/panel").with(as(pesUser)));
        assertThat(cardCount(panel, "pes-inquiries-to-answer")).isEqualTo("1");
        assertThat(cardCount(panel, "pes-offer-views")).isEqualTo("2");
    }

    @Test
    void thePesRecordsWhatCameOfAnInquiryAndRopsSeesOnlyCounts() throws Exception {
        long id = draft("Obiady dla szkół");
        users.signIn(rops);
        offers.submit(id);
        offers.publish(id);
        InquirySent sent = inquiries.send(id, new InquiryInput("Anna Zamawiająca", "anna.zamawiajaca@example.org",
                "Szkoła Podstawowa nr 1", "Ile kosztuje obiad dla 120 dzieci?", true, null));
        users.signOut();

        assertThat(page(get("/zapytania").with(as(pesUser)))).contains("Anna Zamawiająca")
                .contains("anna.zamawiajaca@example.org").contains("Ile kosztuje obiad dla 120 dzieci?");
        mvc.perform(post("/zapytania/" + sent.id() + "/wynik").param("outcome", "WON").with(csrf()).with(as(pesUser)));
        assertThat(jdbc.sql("select outcome from catalogue_inquiry where id = :id").param("id", sent.id())
                .query(String.class).single()).isEqualTo("WON");

        String counts = page(get("/zapytania/statystyki").with(as(rops)));
        assertThat(between(counts, "id=\"total-won\"", "</dd>")).contains(">1");
        assertThat(counts).contains("Spółdzielnia Socjalna Czyste Biuro").doesNotContain("Anna Zamawiająca")
                .doesNotContain("anna.zamawiajaca@example.org").doesNotContain("120 dzieci");
        MockHttpServletResponse csv = mvc.perform(get("/zapytania/statystyki/eksport.csv").with(as(rops)))
                .andReturn().getResponse();
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Spółdzielnia Socjalna Czyste Biuro")
                .doesNotContain("anna.zamawiajaca@example.org");
    }

    @Test
    void theOrganisationCardListsPublishedOffersOnlyToVisitors() throws Exception {
        long published = draft("Pranie firan");
        draft("Szkic, którego nikt nie widzi");
        users.signIn(rops);
        offers.submit(published);
        offers.publish(published);
        users.signOut();

        String visitor = between(page(get("/organisations/" + pes.id())), "id=\"activity-catalogue-offers\"", "</section>");
        assertThat(visitor).contains("Pranie firan").contains("/katalog/oferty/" + published)
                .doesNotContain("Szkic, którego").doesNotContain("także szkice");
        String own = between(page(get("/organisations/" + pes.id()).with(as(pesUser))),
                "id=\"activity-catalogue-offers\"", "</section>");
        assertThat(own).contains("także szkice").contains("/oferty?organisation=" + pes.id());
    }

    private long draft(String name) {
        users.signIn(pesUser);
        try {
            return offers.create(new OfferInput(pes.id(), OfferKind.SERVICE, name, "CLEANING_OFFICES", null,
                    "Opis oferty.", null, null, true, null, AreaScope.REGION, List.of(), null, null, null, null, null))
                    .id();
        } finally {
            users.signOut();
        }
    }

    /** The form as a browser sends it: price on request, the whole region. */
    private static MockHttpServletRequestBuilder offerForm(MockHttpServletRequestBuilder request, String name) {
        return offerForm(request, name, "REGION").param("priceOnRequest", "true");
    }

    private static MockHttpServletRequestBuilder offerForm(MockHttpServletRequestBuilder request, String name,
            String areaScope) {
        return request.with(csrf()).param("kind", "SERVICE").param("name", name)
                .param("categoryCode", "CLEANING_OFFICES").param("description", "Sprzątamy biura codziennie.")
                .param("areaScope", areaScope);
    }

    private String status(long id) {
        return jdbc.sql("select status from catalogue_offer where id = :id").param("id", id).query(String.class).single();
    }

    private String name(long id) {
        return jdbc.sql("select name from catalogue_offer where id = :id").param("id", id).query(String.class).single();
    }

    private long version(long id) {
        return jdbc.sql("select version from catalogue_offer where id = :id").param("id", id).query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from catalogue_offer").query(Long.class).single();
    }

    private String polish(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag("pl"));
    }

    /**
     * The page after a redirect, with the redirect's flash attributes as the page reads them: the
     * flash lives in the JDBC-backed session, which MockMvc does not carry from one request to the next.
     */
    private static MockHttpServletRequestBuilder withFlash(MockHttpServletRequestBuilder request, MvcResult redirect) {
        redirect.getFlashMap().forEach(request::requestAttr);
        return request;
    }

    /** A small PNG, as a phone's gallery would send. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0x2471A3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String fieldError(String html, String field) {
        String error = between(html, "id=\"" + field + "-error\"", "</div>");
        return error.substring(error.indexOf('>') + 1).strip();
    }

    private static String cardCount(String html, String card) {
        String section = between(html, "data-card=\"" + card + "\"", "</h2>");
        String count = between(section, "card-count", "</span>");
        return count.substring(count.indexOf('>') + 1).strip();
    }

    private RequestPostProcessor as(UserView account) {
        return user(users.principal(account));
    }

    private String page(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }
}
