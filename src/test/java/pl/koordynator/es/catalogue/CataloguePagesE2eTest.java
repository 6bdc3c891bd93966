package pl.koordynator.es.catalogue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The signed-in catalogue pages in Debian's Chromium, at 1280 px and on a 360 px phone: a PES
 * writes an offer through the form and sends it for review, its OWES publishes it from the review
 * queue, the PES adds a photo on the edit page (a refused upload first), ROPS looks at all offers and the counts of inquiries; every page checked with axe-core
 * (WCAG 2.1 AA) and, on the phone, without sideways scrolling. Screenshots in
 * target/screenshots/catalogue-pages-*.png.
 */
class CataloguePagesE2eTest extends BrowserTest {

    @Autowired
    RegistryFixtures registry;

    @Test
    void aPesOfferFromTheFormToTheCatalogueOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void aPesOfferFromTheFormToTheCatalogueOnA360PxPhone() {
        tour(360, 740, "360");
    }

    /** A picture as a phone's gallery would send it. */
    private static byte[] png() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x2471A3));
        graphics.fillRect(0, 0, 640, 480);
        graphics.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tour(int width, int height, String suffix) {
        OrganisationView owesOrganisation = registry.owes("OWES Trójmiasto", CataloguePagesTest.GDANSK);
        registry.subregion("Metropolitalny", owesOrganisation.id(), "2261");
        OrganisationView pes = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Czyste Biuro",
                CataloguePagesTest.GDANSK));
        UserView pesUser = users.create("pes-e2e-" + System.nanoTime(), Role.PES, pes.id());
        UserView owes = users.create("owes-e2e-" + System.nanoTime(), Role.OWES, owesOrganisation.id());
        UserView rops = users.create("rops-e2e-" + System.nanoTime(), Role.ADMIN);
        String name = "Sprzątanie biur – Gdańsk " + suffix;

        try (BrowserContext pesContext = browsers.newContext(width, height);
                BrowserContext owesContext = browsers.newContext(width, height);
                BrowserContext ropsContext = browsers.newContext(width, height)) {
            Page page = pesContext.newPage();
            Browsers.signIn(page, baseUrl(), pesUser.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/oferty", "Oferty produktów i usług", "catalogue-pages-offers-" + suffix);
            page.locator("#new-offer").click();
            // saved without a name: the problem is named beside the field and in the summary
            page.locator("#save-draft").click();
            assertThat(page.locator("#name-error")).isVisible();
            Browsers.check(page, "catalogue-pages-form-errors-" + suffix);
            page.locator("#name").fill(name);
            page.locator("#categoryCode").selectOption("CLEANING_OFFICES");
            page.locator("#cpvCode").fill("90911200-8");
            page.locator("#description").fill("Codzienne sprzątanie biur i klatek schodowych.");
            page.locator("#priceAmount").fill("12,50");
            page.locator("#priceUnit").fill("za m²");
            page.locator("label[for=areaScope3]").click();
            page.locator("#save-submit").click();
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                    new Page.GetByRoleOptions().setLevel(1))).hasText(name);
            assertThat(page.locator(".alert-success")).containsText("wysłana do akceptacji");
            Browsers.check(page, "catalogue-pages-offer-" + suffix);
            String offerUrl = page.url();

            Page reviewer = owesContext.newPage();
            Browsers.signIn(reviewer, baseUrl(), owes.username(), TestUsers.PASSWORD);
            Browsers.visit(reviewer, baseUrl(), "/oferty/do-akceptacji", "Oferty do akceptacji",
                    "catalogue-pages-review-" + suffix);
            reviewer.locator("#review-table a").first().click();
            assertThat(reviewer.locator("#review")).isVisible();
            Browsers.check(reviewer, "catalogue-pages-review-offer-" + suffix);
            reviewer.locator("#publish-offer").click();
            assertThat(reviewer.locator(".alert-success")).containsText("opublikowana");

            page.navigate(offerUrl);
            assertThat(page.locator("#main .badge.text-bg-success").first()).hasText("opublikowana");
            page.locator("#edit-offer").click();
            assertThat(page.locator("#published-warning")).isVisible();
            Browsers.check(page, "catalogue-pages-edit-published-" + suffix);
            // the photo section: a refused upload names the field, then a photo with its buttons
            page.locator("#photo").setInputFiles(new FilePayload("biuro.png", "image/png", png()));
            page.locator("#zdjecia button[type=submit]").last().click();
            assertThat(page.locator("#alt-error")).isVisible();
            Browsers.check(page, "catalogue-pages-edit-photo-error-" + suffix);
            page.locator("#photo").setInputFiles(new FilePayload("biuro.png", "image/png", png()));
            page.locator("#alt").fill("Sprzątaczka przy biurku w jasnym biurze");
            page.locator("#zdjecia button[type=submit]").last().click();
            assertThat(page.locator("#zdjecia img[alt='Sprzątaczka przy biurku w jasnym biurze']")).isVisible();
            Browsers.check(page, "catalogue-pages-edit-photo-" + suffix);
            Browsers.visit(page, baseUrl(), "/zapytania", "Zapytania ofertowe", "catalogue-pages-inquiries-" + suffix);

            Page admin = ropsContext.newPage();
            Browsers.signIn(admin, baseUrl(), rops.username(), TestUsers.PASSWORD);
            Browsers.visit(admin, baseUrl(), "/oferty", "Oferty produktów i usług", "catalogue-pages-rops-offers-" + suffix);
            assertThat(admin.locator("#offers-table")).containsText(name);
            Browsers.visit(admin, baseUrl(), "/oferty/nowa", "Nowa oferta", "catalogue-pages-rops-form-" + suffix);
            Browsers.visit(admin, baseUrl(), "/zapytania/statystyki", "Zapytania ofertowe – statystyki",
                    "catalogue-pages-counts-" + suffix);
        }
    }
}
