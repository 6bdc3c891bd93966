package pl.koordynator.es.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.OfferSearch;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.testing.IntegrationTest;

/**
 * The demo catalogue loads once, quickly, with 120 offers of the demo PES, each with one to three
 * drawn pictures served without metadata, 15 valid marks (three ending within 30 days), and offers
 * a buyer finds by typing without Polish letters.
 */
class CatalogueDemoDataTest extends IntegrationTest {

    @Autowired
    DemoDataSets demoDataSets;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Organisations organisations;
    @Autowired
    PhotoProcessor photos;
    @Autowired
    NamedParameterJdbcTemplate batch;
    @Autowired
    PlatformSettings platform;
    @Autowired
    Clock clock;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    CatalogueOffers offers;

    @AfterEach
    void forgetTheDemoClaim() {
        jdbc.sql("delete from demo_data_set where module = 'catalogue'").update();
    }

    @Test
    void loads120OffersWithPicturesAndFifteenMarksOnceAndQuickly() throws IOException {
        for (int i = 0; i < 12; i++) {
            registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Demo " + i + " (DEMO)", "2261011"));
        }
        CatalogueDemoData demo = new CatalogueDemoData(new Installation(true, true), demoDataSets, organisations,
                photos, jdbc, batch, platform, clock, transaction);

        long started = System.nanoTime();
        demo.initialize();
        long millis = (System.nanoTime() - started) / 1_000_000;
        demo.initialize();

        assertThat(millis).as("the demo catalogue's load time").isLessThan(20_000);
        assertThat(count("select count(*) from catalogue_offer")).isEqualTo(120);
        assertThat(count("select count(*) from catalogue_offer where status = 'PUBLISHED'")).isBetween(100L, 110L);
        assertThat(count("select count(*) from catalogue_offer where status in ('IN_REVIEW', 'RETURNED', 'DRAFT')"))
                .isPositive();
        assertThat(count("select count(distinct top_category_code) from catalogue_offer")).isEqualTo(10);
        assertThat(count("""
                select count(*) from catalogue_offer o where not exists
                    (select 1 from catalogue_offer_photo p where p.offer_id = o.id)""")).isZero();
        assertThat(count("select max(c) from (select count(*) c from catalogue_offer_photo group by offer_id) x"))
                .isBetween(2L, 3L);
        assertThat(count("select count(*) from catalogue_offer_photo where alt_text = ''")).isZero();
        byte[] large = jdbc.sql("select large from catalogue_offer_photo limit 1").query(byte[].class).single();
        assertThat(large[0] & 0xFF).isEqualTo(0xFF);
        assertThat(new String(large, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        assertThat(count("select count(distinct sha256) from catalogue_offer_photo")).as("pictures shared").isEqualTo(30);
        byte[] thumbnail = jdbc.sql("select thumbnail from catalogue_offer_photo limit 1").query(byte[].class).single();
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail)).getWidth()).isEqualTo(PhotoProcessor.THUMBNAIL);
        assertThat(ImageIO.read(new ByteArrayInputStream(large)).getWidth()).isEqualTo(CatalogueDemoData.LARGE_WIDTH);

        LocalDate today = LocalDate.now(clock.withZone(platform.timeZone()));
        assertThat(jdbc.sql("""
                select count(*) from catalogue_mark_licence l join catalogue_offer o on o.id = l.offer_id
                where l.revoked_on is null and l.valid_until >= :today and o.status = 'PUBLISHED'""")
                .param("today", today).query(Long.class).single()).isEqualTo(15);
        assertThat(jdbc.sql("select count(*) from catalogue_mark_licence where valid_until <= :soon")
                .param("soon", today.plusDays(30)).query(Long.class).single()).isEqualTo(3);
        assertThat(count("select count(*) from catalogue_inquiry")).isEqualTo(6);
        assertThat(count("select count(*) from catalogue_offer_views")).isPositive();

        assertThat(count("select count(*) from catalogue_offer where name = 'Sprzątanie biur – Gdańsk'")).isPositive();
        assertThat(offers.search(OfferSearch.text("sprzatanie gdansk")).offers().items())
                .anySatisfy(offer -> assertThat(offer.name()).isEqualTo("Sprzątanie biur – Gdańsk"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
