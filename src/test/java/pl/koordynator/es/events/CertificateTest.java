package pl.koordynator.es.events;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Certificates of attendance as a PDF reader sees them: one A4 page per attendee, Polish text extractable. */
class CertificateTest extends IntegrationTest {

    private static final String TITLE = "Szkolenie: żółta ścieżka zamówień społecznych";

    @Autowired
    ParticipantFixtures fixtures;

    OrganisationView north;
    UserView staff;
    long event;
    long anna;
    long bartek;
    long cezary;

    @BeforeEach
    void trainingOfToday() {
        north = fixtures.owes("Ośrodek Wsparcia Ekonomii Społecznej Północ");
        staff = fixtures.staff(north);
        event = fixtures.event(north, TITLE, ParticipantFixtures.day(0, 9), 6, null);
        anna = fixtures.register(event, "Anna Łęcka-Żurawska", "anna@example.org", RegistrationStatus.CONFIRMED);
        bartek = fixtures.register(event, "Bartłomiej Źdźbło", "bartek@example.org", RegistrationStatus.CONFIRMED);
        cezary = fixtures.register(event, "Cezary Nieobecny", "cezary@example.org", RegistrationStatus.CONFIRMED);
        fixtures.attended(anna);
        fixtures.attended(bartek);
    }

    @Test
    void allCertificatesComeInOneFileWithAPagePerAttendee() throws Exception {
        byte[] pdf = mvc.perform(get("/events/" + event + "/certificates.pdf").with(fixtures.as(staff)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDRectangle a4 = PDRectangle.A4;
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(a4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertThat(first).contains("Zaświadczenie o udziale", "Anna Łęcka-Żurawska", "żółta ścieżka zamówień",
                    "Warsztaty", "godz. 09:00–15:00 (6 godz.)", "Ośrodek Wsparcia Ekonomii Społecznej Północ",
                    "Gdańsk, dnia");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Bartłomiej Źdźbło").doesNotContain("Anna");
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("Cezary");
            // a picture of the first page for people to look at, as the browser tests leave theirs
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImageWithDPI(0, 80);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(image, "png", java.nio.file.Path.of("target", "screenshots",
                    "certificate.png").toFile());
            assertThat(image.getWidth()).isLessThan(image.getHeight());
        }
    }

    @Test
    void oneAttendeeGetsTheirOwnCertificate() throws Exception {
        byte[] pdf = mvc.perform(get("/events/" + event + "/participants/" + bartek + "/certificate.pdf")
                        .with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Bartłomiej Źdźbło", TITLE.substring(0, 20));
        }
    }

    @Test
    void aPersonNotMarkedPresentGetsNoCertificate() throws Exception {
        mvc.perform(get("/events/" + event + "/participants/" + cezary + "/certificate.pdf").with(fixtures.as(staff)))
                .andExpect(redirectedUrl("/events/" + event + "/participants"))
                .andExpect(flash().attribute("error", "participants.certificate.notAttended"));
    }

    @Test
    void withNobodyPresentThereIsNoFileButAClearMessage() throws Exception {
        long empty = fixtures.event(north, "Spotkanie bez obecnych", ParticipantFixtures.day(0, 9), 2, null);
        fixtures.register(empty, "Jan Kos", "jan@example.org", RegistrationStatus.CONFIRMED);
        mvc.perform(get("/events/" + empty + "/certificates.pdf").with(fixtures.as(staff)))
                .andExpect(redirectedUrl("/events/" + empty + "/participants"))
                .andExpect(flash().attribute("error", "participants.certificate.none"));
    }
}
