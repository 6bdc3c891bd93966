package pl.koordynator.es.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import pl.koordynator.es.catalogue.CampaignAudience;
import pl.koordynator.es.catalogue.CampaignChannel;
import pl.koordynator.es.catalogue.CampaignInput;
import pl.koordynator.es.catalogue.CampaignView;
import pl.koordynator.es.catalogue.CatalogueNews;
import pl.koordynator.es.catalogue.NewsCategory;
import pl.koordynator.es.catalogue.NewsInput;
import pl.koordynator.es.catalogue.NewsView;
import pl.koordynator.es.catalogue.SocialCampaigns;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.ProgrammeMeasures;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

/**
 * News and social campaigns as ROPS writes them and as visitors read them: field problems named
 * in Polish, scheduled items hidden until due everywhere (pages, API, feeds, home), feeds that
 * ROME reads back, pictures re-encoded, campaign KPIs and their events.
 */
class CatalogueNewsTest extends IntegrationTest {

    private static final NumberFormat POLISH = NumberFormat.getNumberInstance(Locale.forLanguageTag("pl"));

    @Autowired
    CatalogueNews news;

    @Autowired
    SocialCampaigns campaigns;

    @Autowired
    List<ProgrammeMeasures> measures;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private void signInAsRops() {
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
    }

    private NewsView published(String title, OffsetDateTime at, NewsCategory... categories) {
        NewsView draft = news.create(new NewsInput(title, "Lead: " + title, "Pierwszy akapit.\n\nDrugi akapit <b>bez HTML</b>.",
                List.of(categories), at, null, null));
        return news.publish(draft.id());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(anonymous())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aNewsFormWithoutTitleAndWithABadDateIsShownAgainWithPolishMessagesAndNothingIsSaved() throws Exception {
        String answer = mvc.perform(post("/admin/catalogue/aktualnosci").with(csrf()).with(users.as(Role.ADMIN))
                        .param("title", " ").param("lead", "Krótko").param("body", "Treść")
                        .param("publishDate", "31.02.2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("Podaj datę w formacie dd.mm.rrrr.").contains("id=\"publishDate-error\"");
        answer = mvc.perform(post("/admin/catalogue/aktualnosci").with(csrf()).with(users.as(Role.ADMIN))
                        .param("title", " ").param("lead", "Krótko").param("body", "Treść").param("slug", "Zła Nazwa"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("id=\"title-error\"").contains("To pole jest wymagane.")
                .contains("id=\"slug-error\"").contains("tylko małe litery");
        assertThat(jdbc.sql("select count(*) from catalogue_news").query(Long.class).single()).isZero();
    }

    @Test
    void onlyRopsWritesNews() {
        users.signIn(users.create("owes-" + System.nanoTime(), Role.OWES));
        assertThatThrownBy(() -> news.create(new NewsInput("Tytuł", "Lead", "Treść", List.of(), null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aScheduledItemIsHiddenEverywhereUntilItsTimeAndThenAppears() throws Exception {
        signInAsRops();
        NewsView now = published("Targi ekonomii społecznej w Gdańsku", OffsetDateTime.now().minusHours(1), NewsCategory.REGION);
        NewsView later = published("Nabór wniosków o dotacje ogłoszony", OffsetDateTime.now().plusDays(2), NewsCategory.FUNDING);
        NewsView draft = news.create(new NewsInput("Szkic o spółdzielniach", "Lead", "Treść", List.of(), null, null, null));
        users.signOut();

        assertThat(page("/aktualnosci")).contains("Targi ekonomii społecznej w Gdańsku")
                .doesNotContain("Nabór wniosków", "Szkic o spółdzielniach")
                .contains("href=\"/aktualnosci/feed.atom\"", "type=\"application/rss+xml\"");
        assertThat(page("/")).contains("Targi ekonomii społecznej w Gdańsku").doesNotContain("Nabór wniosków");
        for (long hidden : new long[] {later.id(), draft.id()}) {
            mvc.perform(get("/aktualnosci/" + hidden).with(anonymous())).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/news/" + hidden)).andExpect(status().isNotFound());
        }
        assertThat(mvc.perform(get("/api/v1/news")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("\"totalElements\":1").contains("Targi ekonomii")
                .doesNotContain("Nabór");
        assertThat(titles(feed("/aktualnosci/feed.atom"))).containsExactly("Targi ekonomii społecznej w Gdańsku");

        // its time comes
        jdbc.sql("update catalogue_news set publish_at = now() - interval '1 minute' where id = :id")
                .param("id", later.id()).update();
        assertThat(page("/aktualnosci/" + later.id())).contains("Nabór wniosków o dotacje ogłoszony");
        assertThat(page("/")).contains("Nabór wniosków o dotacje ogłoszony");
        assertThat(page("/aktualnosci?category=FUNDING")).contains("Nabór wniosków").doesNotContain("Targi ekonomii");
        assertThat(now.paragraphs()).hasSize(2);
        assertThat(page("/aktualnosci/" + now.id())).contains("Drugi akapit &lt;b&gt;bez HTML&lt;/b&gt;.");
    }

    @Test
    void theNewsFeedsAreValidAtomAndRssWithIdsDatesAndLinks() throws Exception {
        signInAsRops();
        NewsView first = published("Dobre praktyki: catering społeczny", OffsetDateTime.now().minusDays(2),
                NewsCategory.GOOD_PRACTICE);
        published("Spółdzielnia socjalna „Ogród” & partnerzy", OffsetDateTime.now().minusDays(1), NewsCategory.REGION);
        users.signOut();

        SyndFeed atom = feed("/aktualnosci/feed.atom");
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(titles(atom)).containsExactly("Spółdzielnia socjalna „Ogród” & partnerzy",
                "Dobre praktyki: catering społeczny");
        SyndEntry entry = atom.getEntries().get(1);
        assertThat(entry.getUri()).endsWith("/aktualnosci/" + first.id());
        assertThat(entry.getLink()).endsWith("/aktualnosci/" + first.id());
        assertThat(entry.getUpdatedDate()).isNotNull();
        assertThat(entry.getCategories()).extracting(c -> c.getName()).containsExactly("Dobre praktyki");

        SyndFeed rss = feed("/aktualnosci/feed.rss");
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getEntries()).hasSize(2);
        assertThat(rss.getEntries().get(1).getLink()).endsWith("/aktualnosci/" + first.id());
        assertThat(rss.getEntries().get(1).getPublishedDate()).isNotNull();

        SyndFeed offers = feed("/katalog/feed.atom");
        assertThat(offers.getTitle()).isEqualTo("Nowe oferty katalogu ekonomii społecznej");
        assertThat(feed("/katalog/feed.rss").getFeedType()).isEqualTo("rss_2.0");
    }

    @Test
    void aPictureIsReencodedAndNeedsItsAlternativeTextWhileAFileThatIsNoImageIsRefused() throws Exception {
        signInAsRops();
        NewsView item = published("Nowa pracownia ceramiki", OffsetDateTime.now().minusHours(1));
        assertThatThrownBy(() -> news.setImage(item.id(), png(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("alt"));
        assertThatThrownBy(() -> news.setImage(item.id(), "%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII), "Opis"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("image"));
        users.signOut();

        mvc.perform(multipart("/admin/catalogue/aktualnosci/" + item.id() + "/obraz")
                        .file(new MockMultipartFile("image", "ceramika.png", "image/png", png()))
                        .param("alt", "Ceramiczne kubki na półce").with(csrf()).with(users.as(Role.ADMIN)))
                .andExpect(status().is3xxRedirection());
        byte[] served = mvc.perform(get("/aktualnosci/" + item.id() + "/obraz/large").with(anonymous()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage large = ImageIO.read(new ByteArrayInputStream(served));
        assertThat(large.getWidth()).isEqualTo(1200);
        assertThat(page("/aktualnosci/" + item.id())).contains("alt=\"Ceramiczne kubki na półce\"");
    }

    @Test
    void aCampaignLinksOnlyCampaignEventsAndItsResultsPageComparesPlannedAndAchieved() throws Exception {
        long campaignEvent = event("CAMPAIGN", "Piknik ekonomii społecznej", 850);
        long training = event("TRAINING", "Szkolenie z zamówień", null);
        signInAsRops();
        CampaignInput input = new CampaignInput("Kupuj społecznie", "Pokazać mieszkańcom produkty PES.",
                RegionDate.today().minusMonths(3), RegionDate.today().minusDays(1), List.of(CampaignAudience.RESIDENTS,
                        CampaignAudience.JST), List.of(CampaignChannel.RADIO, CampaignChannel.SOCIAL_MEDIA),
                10000, 2000, 15, 12400, 1800, 21, "Kampania przekroczyła plan zasięgu.", List.of(training), null);
        assertThatThrownBy(() -> campaigns.create(input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("eventIds"));
        CampaignInput backwards = new CampaignInput("Kupuj społecznie", "Cel", RegionDate.today(),
                RegionDate.today().minusDays(1), List.of(), List.of(), null, null, null, null, null, null, null, List.of(),
                null);
        assertThatThrownBy(() -> campaigns.create(backwards))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("endsOn"));
        CampaignView created = campaigns.create(new CampaignInput(input.name(), input.goal(), input.startsOn(),
                input.endsOn(), input.audiences(), input.channels(), 10000, 2000, 15, 12400, 1800, 21,
                input.results(), List.of(campaignEvent), null));
        users.signOut();
        mvc.perform(get("/kampanie/" + created.id()).with(anonymous())).andExpect(status().isNotFound());

        signInAsRops();
        campaigns.publish(created.id());
        users.signOut();
        String results = page("/kampanie/" + created.id());
        assertThat(results).contains("Kupuj społecznie", POLISH.format(10000), POLISH.format(12400), "124%", "90%", "140%",
                "Piknik ekonomii społecznej", "zasięg: 850 os.", "mieszkańcy, ", "samorządy (JST)", "radio");
        assertThat(page("/kampanie")).contains("Kupuj społecznie");
        assertThat(mvc.perform(get("/api/v1/catalogue/campaigns")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("\"achieved\":12400").contains("\"peopleReached\":850");

        ProgrammeMeasures own = measures.stream()
                .filter(m -> m.measures().stream().anyMatch(x -> x.code().equals("catalogue.campaign-reach"))).findFirst()
                .orElseThrow();
        assertThat(own.compute("catalogue.campaign-reach", RegionDate.today().minusYears(1), RegionDate.today()).value())
                .isEqualByComparingTo("12400");
        assertThat(own.compute("catalogue.campaign-reach", RegionDate.today(), RegionDate.today().plusYears(1)).value())
                .isEqualByComparingTo("0");
    }

    @Test
    void theCampaignFormNamesBadNumbersAndDatesInPolish() throws Exception {
        String answer = mvc.perform(post("/admin/catalogue/kampanie").with(csrf()).with(users.as(Role.ADMIN))
                        .param("name", "Kampania").param("goal", "Cel").param("startsOn", "2026-01-01")
                        .param("endsOn", "31.03.2026").param("plannedReach", "dużo"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("id=\"startsOn-error\"", "Podaj datę w formacie dd.mm.rrrr.",
                "id=\"plannedReach-error\"", "Podaj liczbę całkowitą.");
        assertThat(jdbc.sql("select count(*) from catalogue_campaign").query(Long.class).single()).isZero();
    }

    private long event(String type, String title, Integer reached) {
        return jdbc.sql("""
                insert into event (type, title, organiser_name, starts_at, ends_at, gmina_teryt, status, people_reached,
                    created_by)
                values (:type, :title, 'ROPS', now() - interval '30 days', now() - interval '30 days' + interval '3 hours',
                    '2261011', 'PUBLISHED', :reached, 'test') returning id""")
                .param("type", type).param("title", title).param("reached", reached).query(Long.class).single();
    }

    private SyndFeed feed(String path) throws Exception {
        String xml = mvc.perform(get(path).with(anonymous())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 110, 160));
        g.fillRect(0, 0, 1600, 1000);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
