package pl.koordynator.es.catalogue.domain;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.Events;
import pl.koordynator.es.events.PlannedEvent;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Demo news and campaigns: eight news items about the social economy in Pomorskie (one scheduled
 * for the coming days, so ROPS sees how scheduling looks), each with a picture drawn here with
 * Java2D and processed like any upload, and two social campaigns: one finished with its results
 * and the demo calendar's campaign event, one running. All fictional. Written straight to the
 * module's tables, as a first start has nobody signed in to pass the services' checks.
 */
@Component
class CatalogueNewsDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(CatalogueNewsDemoData.class);

    private record Item(String title, String lead, String body, String categories, int daysAgo, Color colour) {
    }

    private static final List<Item> NEWS = List.of(
            new Item("Targi Ekonomii Społecznej w Gdańsku: 40 wystawców z całego regionu",
                    "Spółdzielnie socjalne, warsztaty terapii zajęciowej i koła gospodyń wiejskich pokazały swoje produkty i usługi na Targu Węglowym.",
                    "Przez dwa dni odwiedzający mogli skosztować wypieków, kupić ceramikę i rękodzieło oraz porozmawiać o usługach cateringowych i porządkowych.\n\nTargi odwiedzili także przedstawiciele samorządów, którzy pytali o możliwość zlecania usług podmiotom ekonomii społecznej.",
                    "{REGION,PRODUCTS}", 3, new Color(24, 98, 150)),
            new Item("Nabór wniosków na wsparcie rozwoju przedsiębiorstw społecznych",
                    "Ośrodki wsparcia ekonomii społecznej przyjmują wnioski o dotacje na nowe miejsca pracy w przedsiębiorstwach społecznych.",
                    "Dotacja może objąć utworzenie miejsca pracy dla osoby zagrożonej wykluczeniem społecznym oraz wsparcie pomostowe przez pierwsze miesiące zatrudnienia.\n\nSzczegóły naboru i wzory dokumentów są dostępne w ośrodkach wsparcia ekonomii społecznej w każdym subregionie.",
                    "{FUNDING}", 8, new Color(46, 125, 50)),
            new Item("Klauzule społeczne w zamówieniach gmin – szkolenie dla samorządów",
                    "Jak zastrzec zamówienie dla spółdzielni socjalnych i jak opisać kryteria społeczne? Zapraszamy pracowników urzędów na bezpłatne szkolenie.",
                    "Szkolenie poprowadzą praktycy zamówień publicznych. Omówimy art. 94–96 ustawy Prawo zamówień publicznych oraz przykłady z gmin województwa pomorskiego.\n\nLiczba miejsc jest ograniczona; zapisy przez kalendarz wydarzeń.",
                    "{TRAINING,LAW}", 12, new Color(123, 31, 162)),
            new Item("Spółdzielnia socjalna z Kartuz prowadzi stołówkę szkolną już trzeci rok",
                    "Dobre praktyki: współpraca gminy i spółdzielni socjalnej zapewnia uczniom ciepłe posiłki i daje pracę sześciu osobom.",
                    "Gmina powierzyła spółdzielni prowadzenie stołówki w trybie zamówienia zastrzeżonego. Posiłki przygotowywane są z produktów lokalnych dostawców.\n\nSpółdzielnia zatrudnia osoby, które wcześniej długo pozostawały bez pracy; dwie z nich ukończyły kurs kucharza.",
                    "{GOOD_PRACTICE,REGION}", 18, new Color(230, 81, 0)),
            new Item("Katalog produktów i usług PES – nowe oferty w kategorii zieleń miejska",
                    "W katalogu pojawiły się oferty pielęgnacji terenów zielonych i utrzymania parków od podmiotów z powiatów słupskiego i lęborskiego.",
                    "Oferty można wyszukać w katalogu według gminy, którą obsługuje wykonawca. Zapytanie do podmiotu wysyła się bezpośrednio z jego strony oferty.\n\nZachęcamy jednostki samorządu do korzystania z katalogu przy planowaniu zamówień.",
                    "{PRODUCTS}", 25, new Color(56, 142, 60)),
            new Item("Ustawa o ekonomii społecznej – co zmienia się dla spółdzielni socjalnych",
                    "Przypominamy najważniejsze obowiązki przedsiębiorstw społecznych, w tym coroczne sprawozdanie do wojewody do 31 marca.",
                    "Status przedsiębiorstwa społecznego nadaje wojewoda w drodze decyzji. Przedsiębiorstwo zatrudnia co najmniej 30% osób zagrożonych wykluczeniem społecznym.\n\nDoradcy ośrodków wsparcia pomagają przygotować sprawozdanie i wniosek o status.",
                    "{LAW}", 33, new Color(69, 90, 100)),
            new Item("Kampania „Kupuj społecznie” dotarła do blisko 50 tysięcy mieszkańców",
                    "Podsumowanie kampanii promującej zakupy u podmiotów ekonomii społecznej: stoiska w centrach handlowych, audycje radiowe i media społecznościowe.",
                    "Kampania przekroczyła zakładany zasięg. Rozdano kilkanaście tysięcy ulotek z mapą punktów sprzedaży produktów PES.\n\nWyniki kampanii i jej wskaźniki są opublikowane na stronie kampanii.",
                    "{CAMPAIGNS}", 40, new Color(198, 40, 40)),
            new Item("Pomorskie Forum Ekonomii Społecznej – zapowiedź",
                    "Zapraszamy na coroczne forum podmiotów ekonomii społecznej, samorządów i biznesu. Program i zapisy wkrótce.",
                    "Forum będzie okazją do wymiany doświadczeń i zawarcia partnerstw. Przewidujemy panele o zamówieniach społecznie odpowiedzialnych i o turystyce społecznej.\n\nSzczegóły opublikujemy w kalendarzu wydarzeń.",
                    "{REGION,TRAINING}", -3, new Color(0, 121, 107)));

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final JdbcClient jdbc;
    private final PlatformSettings platform;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final PhotoProcessor photos;
    private final Events events;

    CatalogueNewsDemoData(Installation installation, DemoDataSets demoDataSets, JdbcClient jdbc,
            PlatformSettings platform, Clock clock, TransactionTemplate transaction, PhotoProcessor photos,
            Events events) {
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.jdbc = jdbc;
        this.platform = platform;
        this.clock = clock;
        this.transaction = transaction;
        this.photos = photos;
        this.events = events;
    }

    @Override
    public void initialize() {
        transaction.executeWithoutResult(status -> {
            if (!installation.demoData() || !demoDataSets.claim("catalogue-news")) {
                return;
            }
            load(LocalDate.now(clock.withZone(platform.timeZone())), platform.timeZone());
            log.info("Demo news and campaigns loaded: {} news items, 2 campaigns (fictional)", NEWS.size());
        });
    }

    void load(LocalDate today, ZoneId zone) {
        for (Item item : NEWS) {
            OffsetDateTime at = today.minusDays(item.daysAgo()).atTime(9, 30).atZone(zone).toOffsetDateTime();
            long id = jdbc.sql("""
                    insert into catalogue_news (title, lead, body, categories, status, publish_at)
                    values (:title, :lead, :body, cast(:categories as varchar(30)[]), 'PUBLISHED', :at) returning id""")
                    .param("title", item.title()).param("lead", item.lead()).param("body", item.body())
                    .param("categories", item.categories()).param("at", at).query(Long.class).single();
            PhotoProcessor.ProcessedPhoto picture = photos.process(picture(item.colour(), item.title().length()), "image");
            jdbc.sql("""
                    insert into catalogue_news_image (news_id, alt_text, content_type, width, height, thumbnail, large, sha256)
                    values (:id, :alt, :type, :width, :height, :thumbnail, :large, :sha)""")
                    .param("id", id).param("alt", "Ilustracja: " + item.title()).param("type", PhotoProcessor.CONTENT_TYPE)
                    .param("width", picture.width()).param("height", picture.height())
                    .param("thumbnail", picture.thumbnail()).param("large", picture.large())
                    .param("sha", picture.sha256()).update();
        }
        // the demo calendar's campaign event (if the events demo loaded one) belongs to the finished campaign
        List<Long> campaignEvents = events.between(today.minusDays(120), today).stream()
                .filter(event -> event.type() == EventType.CAMPAIGN).map(PlannedEvent::id).toList();
        long finished = campaign("Kupuj społecznie – kupuj u podmiotów ekonomii społecznej",
                "Pokazać mieszkańcom województwa, gdzie kupić produkty i usługi podmiotów ekonomii społecznej.\n\nZachęcić samorządy do zamówień z klauzulami społecznymi.",
                today.minusDays(45), today.minusDays(5), "{RESIDENTS,JST,BUSINESSES}", "{SOCIAL_MEDIA,RADIO,EVENTS,PRINTED_MATERIALS}",
                40_000, 15_000, 20, 48_500, 12_000, 27,
                "Kampania dotarła do 48 500 osób, o 21% więcej niż planowano. Materiałów rozdano mniej niż zakładano, bo część stoisk przeniesiono do internetu.\n\nW mediach ukazało się 27 materiałów o kampanii.");
        campaignEvents.forEach(event -> jdbc.sql(
                        "insert into catalogue_campaign_event (campaign_id, event_id) values (:c, :e)")
                .param("c", finished).param("e", event).update());
        campaign("Ekonomia społeczna w szkołach", "Pokazać młodzieży szkół ponadpodstawowych spółdzielnie socjalne jako miejsce pracy i przedsiębiorczości.",
                today.minusDays(10), today.plusDays(80), "{YOUTH,SCHOOLS}", "{EVENTS,SOCIAL_MEDIA,WEBSITE}",
                3_000, 2_000, 5, null, null, null, null);
    }

    private long campaign(String name, String goal, LocalDate starts, LocalDate ends, String audiences,
            String channels, Integer plannedReach, Integer plannedMaterials, Integer plannedMentions,
            Integer achievedReach, Integer achievedMaterials, Integer achievedMentions, String results) {
        return jdbc.sql("""
                insert into catalogue_campaign (name, goal, starts_on, ends_on, audiences, channels, planned_reach,
                    planned_materials, planned_mentions, achieved_reach, achieved_materials, achieved_mentions, results,
                    status)
                values (:name, :goal, :starts, :ends, cast(:audiences as varchar(30)[]), cast(:channels as varchar(30)[]),
                    :pr, :pm, :pn, :ar, :am, :an, :results, 'PUBLISHED') returning id""")
                .param("name", name).param("goal", goal).param("starts", starts).param("ends", ends)
                .param("audiences", audiences).param("channels", channels).param("pr", plannedReach)
                .param("pm", plannedMaterials).param("pn", plannedMentions).param("ar", achievedReach)
                .param("am", achievedMaterials).param("an", achievedMentions).param("results", results)
                .query(Long.class).single();
    }

    /** A simple generated picture: a gradient of the item's colour with a few soft circles. */
    private static byte[] picture(Color colour, int seed) {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, colour, 1200, 800, colour.brighter().brighter()));
        g.fillRect(0, 0, 1200, 800);
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 7; i++) {
            g.setColor(new Color(255, 255, 255, 40 + random.nextInt(60)));
            int size = 120 + random.nextInt(260);
            g.fillOval(random.nextInt(1100) - 60, random.nextInt(700) - 60, size, size);
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
