package pl.koordynator.es.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.catalogue.domain.PhotoProcessorTest;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

/**
 * Photos of offers through the API, the served files and the edit page's forms: what a PES
 * uploads is what a buyer sees, minus the metadata; what is not a picture, a sixth photo or a
 * photo without its alternative text is refused naming the field; an unpublished offer's photo
 * is seen by nobody outside.
 */
class CataloguePhotosTest extends IntegrationTest {

    @Autowired
    private RegistryFixtures registry;

    private OrganisationView pes;
    private UserView writer;
    private long offer;

    @BeforeEach
    void offerOfAPes() {
        pes = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Fotka", "2261011"));
        writer = users.create("pes-" + System.nanoTime(), Role.PES, pes.id());
        offer = offer(pes, "DRAFT");
    }

    @Test
    void aPhotoWithGpsExifIsServedWithoutIt() throws Exception {
        byte[] upload = PhotoProcessorTest.withExif(PhotoProcessorTest.jpeg(PhotoProcessorTest.picture(1600, 1000, false)),
                PhotoProcessorTest.exifWithGpsAndOrientation(1));
        assertThat(PhotoProcessorTest.indexOf(upload, "Exif".getBytes(StandardCharsets.US_ASCII))).isPositive();

        String location = mvc.perform(upload(offer, "zdjecie.jpg", "image/jpeg", upload, "Pierogi na talerzu")
                        .with(as(writer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alt").value("Pierogi na talerzu"))
                .andExpect(jsonPath("$.position").value(1))
                .andReturn().getResponse().getHeader("Location");
        long photo = jdbc.sql("select id from catalogue_offer_photo").query(Long.class).single();
        assertThat(location).endsWith("/katalog/zdjecia/" + photo + "/large");
        publish(offer);

        for (String version : new String[] {"large", "thumb"}) {
            byte[] served = mvc.perform(get("/katalog/zdjecia/" + photo + "/" + version))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "image/jpeg"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Cache-Control", containsString("public")))
                    .andExpect(header().exists("ETag"))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(PhotoProcessorTest.indexOf(served, "Exif".getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(served));
            assertThat(image.getWidth()).isEqualTo(version.equals("large") ? 1200 : 400);
        }
        String etag = mvc.perform(get("/katalog/zdjecia/" + photo + "/large")).andReturn().getResponse()
                .getHeader("ETag");
        mvc.perform(get("/katalog/zdjecia/" + photo + "/large").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void aPdfNamedJpgIsRefusedNamingPhoto() throws Exception {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        mvc.perform(upload(offer, "zdjecie.jpg", "image/jpeg", pdf, "Zdjęcie").with(as(writer)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("photo"))
                .andExpect(jsonPath("$.errors[0].message").value("Plik nie jest obrazem JPEG, PNG ani WebP."));
        assertThat(photos()).isZero();
    }

    @Test
    void aFileOver5MegabytesIsRefusedNamingPhoto() throws Exception {
        byte[] big = new byte[6 * 1024 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;

        mvc.perform(upload(offer, "duze.jpg", "image/jpeg", big, "Zdjęcie").with(as(writer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("5 MB")));
        assertThat(photos()).isZero();
    }

    @Test
    void aSixthPhotoIsRefused() throws Exception {
        byte[] png = PhotoProcessorTest.png(PhotoProcessorTest.picture(60, 40, false));
        for (int i = 1; i <= 5; i++) {
            mvc.perform(upload(offer, "p" + i + ".png", "image/png", png, "Zdjęcie " + i).with(as(writer)))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.position").value(i));
        }

        mvc.perform(upload(offer, "p6.png", "image/png", png, "Zdjęcie 6").with(as(writer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("najwyżej 5")));
        assertThat(photos()).isEqualTo(5);
    }

    @Test
    void aPhotoWithoutAlternativeTextIsRefusedNamingAlt() throws Exception {
        byte[] png = PhotoProcessorTest.png(PhotoProcessorTest.picture(60, 40, false));

        mvc.perform(upload(offer, "p.png", "image/png", png, "   ").with(as(writer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("alt"));
        mvc.perform(upload(offer, "p.png", "image/png", png, "x".repeat(301)).with(as(writer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("alt"));
        assertThat(photos()).isZero();
    }

    @Test
    void anUnpublishedOffersPhotoIsNotFoundForAVisitorButShownToItsWriter() throws Exception {
        long photo = uploaded(offer);

        mvc.perform(get("/katalog/zdjecia/" + photo + "/thumb")).andExpect(status().isNotFound());
        mvc.perform(get("/katalog/zdjecia/" + photo + "/thumb").with(user(users.principal(
                users.create("other-" + System.nanoTime(), Role.PES)))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/katalog/zdjecia/" + photo + "/thumb").with(as(writer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("private")));
    }

    @Test
    void anotherPesCannotAddOrRemovePhotos() throws Exception {
        long photo = uploaded(offer);
        OrganisationView other = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Inna", "2261011"));
        UserView stranger = users.create("stranger-" + System.nanoTime(), Role.PES, other.id());
        byte[] png = PhotoProcessorTest.png(PhotoProcessorTest.picture(60, 40, false));

        int added = mvc.perform(upload(offer, "p.png", "image/png", png, "Obce").with(as(stranger)))
                .andReturn().getResponse().getStatus();
        int removed = mvc.perform(delete("/api/v1/catalogue/offers/" + offer + "/photos/" + photo).with(as(stranger)))
                .andReturn().getResponse().getStatus();

        assertThat(added).isIn(403, 404);
        assertThat(removed).isIn(403, 404);
        assertThat(photos()).isEqualTo(1);
    }

    @Test
    void addingOrRemovingAPhotoOfAPublishedOfferSendsItBackToReview() throws Exception {
        long photo = uploaded(offer);
        publish(offer);

        mvc.perform(delete("/api/v1/catalogue/offers/" + offer + "/photos/" + photo).with(as(writer)))
                .andExpect(status().isNoContent());

        assertThat(offerStatus(offer)).isEqualTo("IN_REVIEW");
        assertThat(photos()).isZero();
        mvc.perform(get("/katalog/zdjecia/" + photo + "/large")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'OfferPhoto'").query(Long.class)
                .single()).isEqualTo(2);

        uploaded(offer);
        publish(offer);
        uploaded(offer);
        assertThat(offerStatus(offer)).isEqualTo("IN_REVIEW");
    }

    @Test
    void thePageFormsComeBackToTheEditPageWithTheProblemBesideTheField() throws Exception {
        byte[] png = PhotoProcessorTest.png(PhotoProcessorTest.picture(60, 40, false));
        String editPage = "/oferty/" + offer + "/edytuj#zdjecia";

        mvc.perform(multipart("/oferty/" + offer + "/zdjecia")
                        .file(new MockMultipartFile("photo", "p.png", "image/png", png)).param("alt", "")
                        .with(as(writer)).with(csrf()))
                .andExpect(redirectedUrl(editPage))
                .andExpect(flash().attribute("photoErrors",
                        Map.of("alt", "Opisz zdjęcie dla osób, które go nie widzą (tekst alternatywny).")));
        mvc.perform(multipart("/oferty/" + offer + "/zdjecia")
                        .file(new MockMultipartFile("photo", "faktura.jpg", "image/jpeg", "%PDF-1.4".getBytes()))
                        .param("alt", "Faktura").with(as(writer)).with(csrf()))
                .andExpect(flash().attribute("photoErrors", Map.of("photo", "Plik nie jest obrazem JPEG, PNG ani WebP.")))
                .andExpect(flash().attribute("photoAlt", "Faktura"));
        assertThat(photos()).isZero();

        mvc.perform(multipart("/oferty/" + offer + "/zdjecia")
                        .file(new MockMultipartFile("photo", "p.png", "image/png", png)).param("alt", "Pierwsze")
                        .with(as(writer)).with(csrf()))
                .andExpect(redirectedUrl(editPage)).andExpect(flash().attribute("photoMessage", "catalogue.photos.added"));
        mvc.perform(multipart("/oferty/" + offer + "/zdjecia")
                        .file(new MockMultipartFile("photo", "p.png", "image/png", png)).param("alt", "Drugie")
                        .with(as(writer)).with(csrf()))
                .andExpect(redirectedUrl(editPage));
        long second = jdbc.sql("select id from catalogue_offer_photo where alt_text = 'Drugie'").query(Long.class).single();

        mvc.perform(post("/oferty/" + offer + "/zdjecia/" + second + "/wyzej").with(as(writer)).with(csrf()))
                .andExpect(redirectedUrl(editPage));
        assertThat(jdbc.sql("select alt_text from catalogue_offer_photo order by position").query(String.class).list())
                .containsExactly("Drugie", "Pierwsze");

        mvc.perform(post("/oferty/" + offer + "/zdjecia/" + second + "/usun").with(as(writer)).with(csrf()))
                .andExpect(redirectedUrl(editPage)).andExpect(flash().attribute("photoMessage", "catalogue.photos.deleted"));
        assertThat(jdbc.sql("select alt_text from catalogue_offer_photo").query(String.class).list())
                .containsExactly("Pierwsze");
    }

    private long uploaded(long offerId) throws Exception {
        byte[] png = PhotoProcessorTest.png(PhotoProcessorTest.picture(80, 60, false));
        mvc.perform(upload(offerId, "p.png", "image/png", png, "Zdjęcie oferty").with(as(writer)))
                .andExpect(status().isCreated());
        return jdbc.sql("select max(id) from catalogue_offer_photo").query(Long.class).single();
    }

    private static MockMultipartHttpServletRequestBuilder upload(long offerId, String name, String type, byte[] content,
            String alt) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/api/v1/catalogue/offers/" + offerId + "/photos")
                .file(new MockMultipartFile("photo", name, type, content)).param("alt", alt)
                .header("Accept-Language", "pl");
    }

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    /** An offer as the PES's form would leave it; its review is catcore's to test. */
    private long offer(OrganisationView organisation, String status) {
        return jdbc.sql("""
                insert into catalogue_offer (organisation_id, organisation_name, organisation_kind, organisation_gmina_teryt,
                    organisation_powiat_teryt, kind, name, category_code, top_category_code, description, price_on_request,
                    area_scope, status)
                values (:organisation, :name, 'SOCIAL_COOPERATIVE', '2261011', '2261', 'PRODUCT', 'Pierogi domowe',
                    'CATERING_BAKERY', 'CATERING', 'Pierogi z kapustą i grzybami.', true, 'REGION', :status)
                returning id""")
                .param("organisation", organisation.id()).param("name", organisation.name()).param("status", status)
                .query(Long.class).single();
    }

    private void publish(long offerId) {
        jdbc.sql("update catalogue_offer set status = 'PUBLISHED', published_at = now() where id = :id")
                .param("id", offerId).update();
    }

    private String offerStatus(long offerId) {
        return jdbc.sql("select status from catalogue_offer where id = :id").param("id", offerId)
                .query(String.class).single();
    }

    private long photos() {
        return jdbc.sql("select count(*) from catalogue_offer_photo").query(Long.class).single();
    }
}
