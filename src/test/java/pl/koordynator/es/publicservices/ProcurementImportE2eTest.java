package pl.koordynator.es.publicservices;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The procurement import page in Debian's Chromium, at 1280 px and on a 360 px phone: ROPS checks a
 * CSV with a bad date without saving (the report names the row and the column, nothing is stored),
 * then imports the corrected file and finds the procurement in the list; every page checked with
 * axe-core (WCAG 2.1 AA) and, on the phone, without sideways scrolling. Screenshots in
 * target/screenshots/procurement-import-*.png.
 */
class ProcurementImportE2eTest extends BrowserTest {

    private static final String HEADER = "Zamawiający (NIP lub id);Nazwa zamówienia;Tryb;Data ogłoszenia;"
            + "Wartość szacunkowa\n";

    @Autowired
    PublicServicesFixtures fixtures;

    @Test
    void ropsChecksAFileThenImportsItOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void ropsChecksAFileThenImportsItOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private long stored(String title) {
        return jdbc.sql("select count(*) from publicservices_procurement where title = :title")
                .param("title", title).query(Long.class).single();
    }

    private static FilePayload csv(String name, String text) {
        return new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private void tour(int width, int height, String suffix) {
        OrganisationView gmina = fixtures.jst("Gmina Importowa " + suffix, PublicServicesFixtures.GDANSK);
        UserView rops = fixtures.admin();
        String title = "Usługi sprzątania z importu " + suffix;

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), rops.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/zamowienia/import", "Import zamówień publicznych",
                    "procurement-import-form-" + suffix);

            page.locator("#file").setInputFiles(csv("zle.csv",
                    HEADER + gmina.id() + ";" + title + ";Tryb podstawowy;32.01.2025;1000\n"));
            page.locator("#dry-run").click();
            assertThat(page.locator("#import-report [role=alert]")).containsText("nic nie zapisano");
            assertThat(page.locator("#import-problems tbody tr")).hasCount(1);
            assertThat(page.locator("#import-problems tbody tr td").nth(0)).hasText("2");
            assertThat(page.locator("#import-problems tbody tr td").nth(1)).hasText("notice_date");
            assertThat(page.locator("#import-problems tbody tr td").nth(2)).containsText("„32.01.2025” nie jest datą");
            Browsers.check(page, "procurement-import-problems-" + suffix);
            Assertions.assertThat(stored(title)).isZero();

            page.locator("#file").setInputFiles(csv("zamowienia.csv",
                    HEADER + gmina.id() + ";" + title + ";Tryb podstawowy;31.01.2025;1 000,00\n"));
            page.locator("#import").click();
            assertThat(page.locator("#import-report [role=status]")).containsText("Zaimportowano plik.");
            assertThat(page.locator("#import-procurements")).containsText(title);
            Browsers.check(page, "procurement-import-done-" + suffix);
            Assertions.assertThat(stored(title)).isEqualTo(1);

            Browsers.visit(page, baseUrl(), "/zamowienia?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8),
                    "Zamówienia publiczne", "procurement-import-list-" + suffix);
            assertThat(page.locator("#procurements-table")).containsText(title);
            assertThat(page.locator("#procurements-table")).containsText("Gmina Importowa " + suffix);
        }
    }
}
