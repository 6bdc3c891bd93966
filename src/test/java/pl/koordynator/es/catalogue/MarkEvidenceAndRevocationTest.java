package pl.koordynator.es.catalogue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.catalogue.MarkFixtures.application;

/**
 * The PDF evidence of the declared criteria (taken by its content, read by the applicant, its OWES
 * and the board only) and the reason of a revocation (required, kept, shown to the board and the
 * PES, never on the public pages).
 */
class MarkEvidenceAndRevocationTest extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    MarkFixtures fixtures;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    OrganisationView pes;
    UserView pesUser;
    UserView rops;
    long offer;

    @BeforeEach
    void aPublishedOfferOfAPesRegisteredAYearAgo() {
        pes = fixtures.pes("Spółdzielnia Socjalna Dowodowa", 12, null);
        pesUser = users.create("pes-" + System.nanoTime(), Role.PES, pes.id());
        rops = users.create("rops-" + System.nanoTime(), Role.ADMIN);
        offer = fixtures.offer(pes, "Sprzątanie biur – Sopot", "PUBLISHED");
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private RequestPostProcessor as(UserView account) {
        return user(users.principal(account));
    }

    private long applied(UserView account, long offerId) throws Exception {
        String body = mvc.perform(post("/api/v1/catalogue/marks").with(as(account))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(application(offerId, MarkApplicationKind.NEW))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private ResultActions attach(UserView account, long application, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/catalogue/marks/applications/" + application + "/evidence")
                .file(new MockMultipartFile("evidence", name, "application/pdf", content)).with(as(account)));
    }

    private String storedEvidence(long application) {
        return jdbc.sql("select coalesce(evidence_filename, '') from catalogue_mark_application where id = :id")
                .param("id", application).query(String.class).single();
    }

    @Test
    void aPdfAttachedByThePesIsDownloadedByTheBoardAndTheApplicantButNotByAnotherPes() throws Exception {
        long application = applied(pesUser, offer);
        attach(pesUser, application, "statut spółdzielni.pdf", PDF).andExpect(status().isOk())
                .andExpect(jsonPath("$.evidenceFilename").value("statut spółdzielni.pdf"));

        for (UserView reader : new UserView[] {rops, pesUser}) {
            mvc.perform(get("/api/v1/catalogue/marks/applications/" + application + "/evidence").with(as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, startsWith("attachment;")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(content().bytes(PDF));
        }
        mvc.perform(get("/kapitula/" + application).with(as(rops))).andExpect(status().isOk())
                .andExpect(content().string(containsString("statut spółdzielni.pdf")))
                .andExpect(content().string(containsString("/kapitula/" + application + "/dowod")));
        mvc.perform(get("/kapitula/" + application + "/dowod").with(as(rops))).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, startsWith("attachment;")))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/znak/" + application + "/dowod").with(as(pesUser))).andExpect(status().isOk())
                .andExpect(content().bytes(PDF));

        OrganisationView other = fixtures.pes("Spółdzielnia Socjalna Ciekawska", 12, null);
        UserView otherUser = users.create("other-" + System.nanoTime(), Role.PES, other.id());
        mvc.perform(get("/api/v1/catalogue/marks/applications/" + application + "/evidence").with(as(otherUser)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/znak/" + application + "/dowod").with(as(otherUser))).andExpect(status().isNotFound());
        mvc.perform(get("/kapitula/" + application + "/dowod").with(as(otherUser))).andExpect(status().isForbidden());
        attach(otherUser, application, "podmiana.pdf", PDF).andExpect(status().isForbidden());
        assertThat(storedEvidence(application)).isEqualTo("statut spółdzielni.pdf");
    }

    @Test
    void anOwesAppliesWithEvidenceInOneMultipartRequestAndOnlyTheServingOwesReadsIt() throws Exception {
        OrganisationView owes = registry.owes("OWES Kaszuby", MarkFixtures.GDANSK);
        UserView owesUser = users.create("owes-" + System.nanoTime(), Role.OWES, owes.id());
        OrganisationView served = fixtures.pes("Spółdzielnia Socjalna Obsługiwana", 12, owes.id());
        long servedOffer = fixtures.offer(served, "Catering", "PUBLISHED");
        String body = mvc.perform(multipart("/api/v1/catalogue/marks")
                .file(new MockMultipartFile("application", "", MediaType.APPLICATION_JSON_VALUE,
                        json.writeValueAsBytes(application(servedOffer, MarkApplicationKind.NEW))))
                .file(new MockMultipartFile("evidence", "sprawozdanie.pdf", "application/pdf", PDF))
                .with(as(owesUser))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.evidenceFilename").value("sprawozdanie.pdf")).andReturn().getResponse()
                .getContentAsString();
        long application = json.readTree(body).get("id").asLong();
        mvc.perform(get("/api/v1/catalogue/marks/applications/" + application + "/evidence").with(as(owesUser)))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));

        OrganisationView otherOwes = registry.owes("OWES Kociewie", MarkFixtures.GDANSK);
        UserView otherOwesUser = users.create("owes2-" + System.nanoTime(), Role.OWES, otherOwes.id());
        mvc.perform(get("/api/v1/catalogue/marks/applications/" + application + "/evidence").with(as(otherOwesUser)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPngNamedPdfIsRefusedNamingTheFieldInTheApiAndBesideTheFieldOfTheForm() throws Exception {
        long application = applied(pesUser, offer);
        attach(pesUser, application, "dowody.pdf", PNG).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("evidence"))
                .andExpect(jsonPath("$.errors[0].message", containsString("PDF")));
        assertThat(storedEvidence(application)).isEmpty();
        mvc.perform(multipart("/api/v1/catalogue/marks/applications/" + application + "/evidence").with(as(pesUser)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("evidence"));

        long second = fixtures.offer(pes, "Mycie okien", "PUBLISHED");
        var form = multipart("/znak").file(new MockMultipartFile("evidence", "dowody.pdf", "application/pdf", PNG))
                .with(csrf()).with(as(pesUser)).param("offerId", String.valueOf(second)).param("kind", "NEW")
                .param("socialAims", "Zatrudniamy osoby z niepełnosprawnościami.").param("ownRevenue", "40 000")
                .param("totalRevenue", "100 000").param("revenueYear", String.valueOf(LocalDate.now(clock).getYear() - 1))
                .param("revenueEvidence", "Sprawozdanie finansowe").param("rec1Name", "Anna Polecająca")
                .param("rec1Organisation", "Urząd Gminy Pruszcz").param("rec1Text", "Polecamy.")
                .param("rec2Name", "Jan Zadowolony").param("rec2Organisation", "Szkoła nr 3")
                .param("rec2Text", "Solidnie.");
        mvc.perform(form).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"evidence-error\"")))
                .andExpect(content().string(containsString("Dowody muszą być plikiem PDF.")));
        assertThat(jdbc.sql("select count(*) from catalogue_mark_application").query(Long.class).single()).isEqualTo(1);

        mvc.perform(multipart("/znak").file(new MockMultipartFile("evidence", "dowody.pdf", "application/pdf", PDF))
                .with(csrf()).with(as(pesUser)).param("offerId", String.valueOf(second)).param("kind", "NEW")
                .param("socialAims", "Zatrudniamy osoby z niepełnosprawnościami.").param("ownRevenue", "40 000")
                .param("totalRevenue", "100 000").param("revenueYear", String.valueOf(LocalDate.now(clock).getYear() - 1))
                .param("revenueEvidence", "Sprawozdanie finansowe").param("rec1Name", "Anna Polecająca")
                .param("rec1Organisation", "Urząd Gminy Pruszcz").param("rec1Text", "Polecamy.")
                .param("rec2Name", "Jan Zadowolony").param("rec2Organisation", "Szkoła nr 3")
                .param("rec2Text", "Solidnie.")).andExpect(redirectedUrlPattern("/znak/*"));
        assertThat(jdbc.sql("select evidence_filename from catalogue_mark_application where offer_id = :offer")
                .param("offer", second).query(String.class).single()).isEqualTo("dowody.pdf");
    }

    @Test
    void aRevocationNeedsAReasonWhichTheBoardAndThePesReadButVisitorsDoNot() throws Exception {
        long application = applied(pesUser, offer);
        mvc.perform(post("/api/v1/catalogue/marks/applications/" + application + "/votes").with(as(rops))
                .contentType(MediaType.APPLICATION_JSON).content("{\"choice\":\"FOR\"}")).andExpect(status().isOk());
        String granted = mvc.perform(post("/api/v1/catalogue/marks/applications/" + application + "/decision")
                .with(as(rops)).contentType(MediaType.APPLICATION_JSON).content("{\"grant\":true}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long licence = json.readTree(granted).get("licenceId").asLong();
        String revocation = "/api/v1/catalogue/marks/licences/" + licence + "/revocation";

        mvc.perform(post(revocation).with(as(rops)).header(HttpHeaders.ACCEPT_LANGUAGE, "pl")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Podaj powód odebrania znaku."));
        mvc.perform(post("/kapitula/" + application + "/licencja/" + licence + "/odebranie").with(csrf()).with(as(rops)))
                .andExpect(flash().attribute("stepError", "catalogue.mark.revoke.reason.required"));
        assertThat(jdbc.sql("select count(*) from catalogue_mark_licence where revoked_on is not null")
                .query(Long.class).single()).isZero();

        String reason = "Oferta niezgodna z regulaminem znaku";
        mvc.perform(post(revocation).with(as(rops)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"" + reason + "\"}")).andExpect(status().isNoContent());
        assertThat(jdbc.sql("select revocation_reason from catalogue_mark_licence where id = :id").param("id", licence)
                .query(String.class).single()).isEqualTo(reason);

        mvc.perform(get("/api/v1/catalogue/marks/applications/" + application).with(as(pesUser)))
                .andExpect(jsonPath("$.revocationReason").value(reason))
                .andExpect(jsonPath("$.revokedOn").value(LocalDate.now(clock).toString()));
        mvc.perform(get("/znak/" + application).with(as(pesUser))).andExpect(content().string(containsString(reason)));
        mvc.perform(get("/kapitula/" + application).with(as(rops))).andExpect(content().string(containsString(reason)))
                .andExpect(content().string(not(containsString("id=\"revoke-form\""))));
        mvc.perform(get("/katalog/znak")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(reason))));
        mvc.perform(get("/api/v1/catalogue/marks")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(reason))));
    }
}
