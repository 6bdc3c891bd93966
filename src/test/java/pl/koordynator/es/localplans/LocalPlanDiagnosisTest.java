package pl.koordynator.es.localplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.localplans.LocalPlanDiagnosisFixtures.BORZYTUCHOM;
import static pl.koordynator.es.localplans.LocalPlanDiagnosisFixtures.BYTOW;
import static pl.koordynator.es.localplans.LocalPlanDiagnosisFixtures.POWIAT_BYTOWSKI;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check: the diagnosis figures of a gmina equal what the map, registry, support and clause
 * measure APIs answer for the same gmina; a powiat plan adds up its gminas; the PDF reads.
 */
class LocalPlanDiagnosisTest extends IntegrationTest {

    @Autowired
    LocalPlanDiagnosisFixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    LocalPlanDiagnosis diagnosis;

    @Test
    void theFiguresOfAGminaEqualTheMapRegistrySupportAndClauseApisForTheSameGmina() throws Exception {
        population();
        fixtures.enter();
        long plan = fixtures.plan(BYTOW, "Gmina Bytów").id();
        JsonNode diagnosis = api("/api/v1/local-plans/" + plan + "/diagnosis", users.as(Role.PES));
        assertThat(diagnosis.path("unitTeryt").asString()).isEqualTo(BYTOW);
        assertThat(diagnosis.path("asOf").asString()).isEqualTo(RegionDate.today().toString());

        // the map: every register figure, value and year, as GET /api/v1/map/gmina?indicator= answers it
        List<String> codes = Stream.concat(Stream.of("PES_ACTIVE", "PES_PER_10K", "SOCIAL_ENTERPRISES",
                "REINTEGRATION_PLACES", "PES_JOBS", "POPULATION"),
                Kind.pesKinds().stream().map(kind -> "PES_ACTIVE_" + kind.name())).toList();
        for (String code : codes) {
            JsonNode layer = api("/api/v1/map/gmina?indicator=" + code, users.as(Role.ADMIN));
            JsonNode figure = figure(diagnosis, code);
            assertThat(decimal(figure.path("value"))).as(code).isEqualByComparingTo(mapValue(layer, BYTOW));
            assertThat(figure.path("year").asInt()).as(code).isEqualTo(layer.path("indicator").path("year").asInt());
            assertThat(figure.path("sourceApi").asString()).isEqualTo("/api/v1/map/gmina?indicator=" + code);
            assertThat(figure.path("source").asString()).isNotBlank();
        }
        assertThat(value(diagnosis, "PES_ACTIVE")).isEqualByComparingTo("4");
        assertThat(value(diagnosis, "PES_ACTIVE_SOCIAL_COOPERATIVE")).isEqualByComparingTo("2");
        assertThat(value(diagnosis, "PES_ACTIVE_CIS")).isEqualByComparingTo("1");
        assertThat(value(diagnosis, "PES_ACTIVE_NGO")).isEqualByComparingTo("1");
        assertThat(value(diagnosis, "PES_PER_10K")).isEqualByComparingTo("2.5");
        assertThat(value(diagnosis, "SOCIAL_ENTERPRISES")).isEqualByComparingTo("1");
        assertThat(value(diagnosis, "REINTEGRATION_PLACES")).isEqualByComparingTo("40");
        assertThat(figure(diagnosis, "PES_ACTIVE").path("asOf").asString()).isEqualTo(RegionDate.today().toString());

        // the registry: active PES and social enterprises of the gmina
        assertThat(value(diagnosis, "PES_ACTIVE")).isEqualByComparingTo(BigDecimal.valueOf(api(
                "/api/v1/organisations?gminaTeryt=" + BYTOW + "&pes=true&status=ACTIVE", users.as(Role.ADMIN))
                .path("totalElements").asLong()));
        assertThat(value(diagnosis, "SOCIAL_ENTERPRISES")).isEqualByComparingTo(BigDecimal.valueOf(api(
                "/api/v1/organisations?gminaTeryt=" + BYTOW + "&pes=true&socialEnterprise=true", users.as(Role.ADMIN))
                .path("totalElements").asLong()));

        // the priority index: rank, score and every component as GET /api/v1/map/priority answers them
        JsonNode ranking = api("/api/v1/map/priority?level=gmina", users.as(Role.ADMIN));
        JsonNode score = find(ranking.path("scores"), "teryt", BYTOW);
        JsonNode priority = diagnosis.path("priority");
        assertThat(priority.path("rank").asInt()).isEqualTo(score.path("rank").asInt());
        assertThat(decimal(priority.path("score"))).isEqualByComparingTo(decimal(score.path("score")));
        assertThat(value(diagnosis, "PRIORITY_RANK")).isEqualByComparingTo(BigDecimal.valueOf(score.path("rank").asInt()));
        assertThat(priority.path("units").asInt()).isEqualTo(ranking.path("scores").size());
        assertThat(priority.path("components").size()).isEqualTo(ranking.path("components").size());
        for (JsonNode part : score.path("parts")) {
            JsonNode component = find(priority.path("components"), "code", part.path("code").asString());
            assertThat(decimal(component.path("contribution"))).isEqualByComparingTo(decimal(part.path("contribution")));
            assertThat(decimal(component.path("z"))).isEqualByComparingTo(decimal(part.path("z")));
            assertThat(component.path("missing").asBoolean()).isEqualTo(part.path("missing").asBoolean());
        }

        // support of the last two years: the PES of the gmina among the support API's records
        LocalDate today = RegionDate.today();
        JsonNode records = api("/api/v1/support/records?from=" + today.minusYears(2) + "&to=" + today + "&size=100",
                users.as(Role.ADMIN));
        Set<Long> supported = new HashSet<>();
        Set<Long> owes = new HashSet<>();
        for (JsonNode record : records.path("content")) {
            if (BYTOW.equals(record.path("gminaTeryt").asString())) {
                supported.add(record.path("organisationId").asLong());
                owes.add(record.path("owesId").asLong());
            }
        }
        assertThat(value(diagnosis, "SUPPORTED_PES")).isEqualByComparingTo(BigDecimal.valueOf(supported.size()))
                .isEqualByComparingTo("1");
        assertThat(value(diagnosis, "SUPPORTING_OWES")).isEqualByComparingTo(BigDecimal.valueOf(owes.size()));
        assertThat(figure(diagnosis, "SUPPORTING_OWES").path("items").get(0).path("label").asString())
                .isEqualTo("OWES Pomorze Środkowe");
        assertThat(figure(diagnosis, "SUPPORTED_PES").path("from").asString()).isEqualTo(today.minusYears(2).toString());
        assertThat(value(diagnosis, "SUPPORT_ACTIVITIES")).isEqualByComparingTo("1");

        // published needs, networks and ties
        assertThat(value(diagnosis, "NEEDS_PUBLISHED")).isEqualByComparingTo("1");
        assertThat(figure(diagnosis, "NEEDS_PUBLISHED").path("items").get(0).path("label").asString())
                .isEqualTo("Brak miejsc reintegracji w Bytowie");
        assertThat(value(diagnosis, "NEEDS_PUBLISHED")).isEqualByComparingTo(mapValue(
                api("/api/v1/map/gmina?indicator=NEEDS_REPORTED", users.as(Role.ADMIN)), BYTOW));
        assertThat(value(diagnosis, "TIES_ACTIVE")).isEqualByComparingTo("1");
        assertThat(value(diagnosis, "PES_IN_NETWORKS")).isEqualByComparingTo("1");
        assertThat(figure(diagnosis, "NETWORKS").path("items").get(0).path("label").asString())
                .isEqualTo("Sieć Spółdzielni Socjalnych Pomorza");

        // procurements with social clauses, this year, as GET /api/v1/procurements/measures answers them
        int year = today.getYear();
        JsonNode measure = find(api("/api/v1/procurements/measures?year=" + year + "&level=GMINA",
                users.as(Role.ADMIN)).path("units"), "unitCode", BYTOW);
        assertThat(value(diagnosis, "CLAUSE_PROCUREMENTS_" + year)).isEqualByComparingTo(
                BigDecimal.valueOf(measure.path("procurements").asLong())).isEqualByComparingTo("1");
        assertThat(value(diagnosis, "CLAUSE_LOTS_WITH_CLAUSES_" + year)).isEqualByComparingTo(
                BigDecimal.valueOf(measure.path("lotsWithClauses").asLong())).isEqualByComparingTo("1");
        assertThat(value(diagnosis, "CLAUSE_VALUE_WITH_CLAUSES_" + year))
                .isEqualByComparingTo(decimal(measure.path("valueWithClauses")));
        assertThat(value(diagnosis, "CLAUSE_SHARE_" + year)).isEqualByComparingTo(decimal(measure.path("share")));
        assertThat(figure(diagnosis, "CLAUSE_PROCUREMENTS_" + (year - 2)).path("year").asInt()).isEqualTo(year - 2);
    }

    @Test
    void aPowiatPlanAddsUpItsGminas() throws Exception {
        population();
        fixtures.enter();
        long plan = fixtures.plan(POWIAT_BYTOWSKI, "Powiat Bytowski").id();
        JsonNode diagnosis = api("/api/v1/local-plans/" + plan + "/diagnosis", users.as(Role.OWES));
        for (String code : List.of("PES_ACTIVE", "PES_ACTIVE_NGO", "SOCIAL_ENTERPRISES", "REINTEGRATION_PLACES",
                "PES_JOBS")) {
            JsonNode gminas = api("/api/v1/map/gmina?indicator=" + code, users.as(Role.ADMIN));
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode feature : gminas.path("features")) {
                JsonNode properties = feature.path("properties");
                if (properties.path("teryt").asString().startsWith(POWIAT_BYTOWSKI) && properties.path("value").isNumber()) {
                    sum = sum.add(properties.path("value").decimalValue());
                }
            }
            assertThat(value(diagnosis, code)).as(code).isEqualByComparingTo(sum);
            assertThat(value(diagnosis, code)).as(code).isEqualByComparingTo(
                    mapValue(api("/api/v1/map/powiat?indicator=" + code, users.as(Role.ADMIN)), POWIAT_BYTOWSKI));
            assertThat(figure(diagnosis, code).path("sourceApi").asString()).isEqualTo("/api/v1/map/powiat?indicator=" + code);
        }
        assertThat(value(diagnosis, "PES_ACTIVE")).isEqualByComparingTo("5");
        assertThat(value(diagnosis, "PES_ACTIVE_NGO")).isEqualByComparingTo("2");
        assertThat(value(diagnosis, "SUPPORTED_PES")).isEqualByComparingTo("2");
        assertThat(value(diagnosis, "NEEDS_PUBLISHED")).isEqualByComparingTo("1");
        JsonNode score = find(api("/api/v1/map/priority?level=powiat", users.as(Role.ADMIN)).path("scores"), "teryt",
                POWIAT_BYTOWSKI);
        assertThat(diagnosis.path("priority").path("rank").asInt()).isEqualTo(score.path("rank").asInt());
        int year = RegionDate.today().getYear();
        assertThat(value(diagnosis, "CLAUSE_LOTS_WITH_CLAUSES_" + year)).isEqualByComparingTo("1");
    }

    @Test
    void thePdfIsAnA4DocumentWithTheTextAndTheFiguresInPolish() throws Exception {
        fixtures.enter();
        long plan = fixtures.plan(BYTOW, "Gmina Bytów").id();
        fixtures.diagnosisText(plan, "W gminie działa spółdzielnia socjalna.\n\nBrakuje miejsc reintegracji.");
        byte[] pdf = mvc.perform(get("/plany-lokalne/" + plan + "/diagnoza.pdf").with(users.as(Role.PARTNER)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Diagnoza", "Bytów", "spółdzielnia socjalna", "Źródło", "Aktywne PES",
                    "OWES Pomorze Środkowe", "Brak miejsc reintegracji w Bytowie");
        }
    }

    @Test
    void anUnknownPlanIs404AndTheTextShowsWithItsEditLinkOnlyForItsAuthors() throws Exception {
        mvc.perform(get("/api/v1/local-plans/999999/diagnosis").with(users.as(Role.ADMIN)))
                .andExpect(status().isNotFound());
        LocalPlanView view = fixtures.plan(BORZYTUCHOM, "Gmina Borzytuchom");
        long plan = view.id();
        fixtures.diagnosisText(plan, "Gmina wiejska z jednym stowarzyszeniem.");
        String asAdmin = mvc.perform(get("/plany-lokalne/" + plan + "/diagnoza").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(asAdmin).contains("Gmina wiejska z jednym stowarzyszeniem.", "Edytuj tekst diagnozy",
                "/plany-lokalne/" + plan + "/sekcje/diagnosis", "Pobierz PDF", "Indeks priorytetów wsparcia");
        // the plan's JST writes its sections; a PARTNER of another institution only reads
        UserView jst = users.create("lp-jst-" + System.nanoTime(), Role.PARTNER, view.jstId());
        users.signIn(jst);
        try {
            assertThat(diagnosis.diagnosis(plan).mayEditText()).isTrue();
        } finally {
            users.signOut();
        }
        UserView other = users.create("lp-other-" + System.nanoTime(), Role.PARTNER);
        users.signIn(other);
        try {
            assertThat(diagnosis.diagnosis(plan).mayEditText()).isFalse();
        } finally {
            users.signOut();
        }
        String asPes = mvc.perform(get("/plany-lokalne/" + plan + "/diagnoza").with(users.as(Role.PES)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(asPes).contains("Gmina wiejska z jednym stowarzyszeniem.").doesNotContain("Edytuj tekst diagnozy");
        mvc.perform(get("/api/v1/local-plans/" + plan + "/diagnosis").header("Accept-Language", "en")
                        .with(users.as(Role.COMMITTEE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[0].title").value("Social economy entities"))
                .andExpect(jsonPath("$.sectionText").value("Gmina wiejska z jednym stowarzyszeniem."));
    }

    private void population() throws Exception {
        int lastYear = RegionDate.today().getYear() - 1;
        String csv = "teryt;code;year;value\n%s;POPULATION;%d;16000\n%s;POPULATION;%d;2500\n"
                .formatted(BYTOW, lastYear, BORZYTUCHOM, lastYear);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/api/v1/statistics/import")
                        .file(new MockMultipartFile("file", "dane.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk());
    }

    private JsonNode api(String path, RequestPostProcessor user) throws Exception {
        return json.readTree(mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode figure(JsonNode diagnosis, String code) {
        for (JsonNode group : diagnosis.path("groups")) {
            for (JsonNode figure : group.path("figures")) {
                if (code.equals(figure.path("code").asString())) {
                    return figure;
                }
            }
        }
        throw new AssertionError("no figure " + code);
    }

    private static BigDecimal value(JsonNode diagnosis, String code) {
        return decimal(figure(diagnosis, code).path("value"));
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }

    private static BigDecimal mapValue(JsonNode layer, String teryt) {
        JsonNode unit = null;
        for (JsonNode feature : layer.path("features")) {
            if (teryt.equals(feature.path("properties").path("teryt").asString())) {
                unit = feature.path("properties");
            }
        }
        assertThat(unit).as("unit " + teryt + " on the map").isNotNull();
        return decimal(unit.path("value"));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asString())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " = " + value);
    }
}
