package pl.koordynator.es.map;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MapApiTest extends IntegrationTest {

    static final String BORZYTUCHOM = "2201012";
    static final String BYTOW = "2201023";
    static final String GDANSK = "2261011";
    static final int LAST_YEAR = LocalDate.now().getYear() - 1;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    pl.koordynator.es.map.domain.ResourceAggregates aggregates;

    @Test
    void liveRegisterCountsAgreeWithTheRegisterUnitByUnitAndFollowEveryChangeOnTheNextRequest() throws Exception {
        OrganisationView first = fixtures.create(withJobs(RegistryFixtures.pes("Spółdzielnia Socjalna Pierwsza",
                BORZYTUCHOM), 8, 3));
        fixtures.create(withJobs(RegistryFixtures.pes("Spółdzielnia Socjalna Druga", BORZYTUCHOM), 5, 5));
        fixtures.create(RegistryFixtures.pes("Spółdzielnia Socjalna Bytowska", BYTOW));
        fixtures.create(partner("Urząd Gminy Borzytuchom", BORZYTUCHOM));

        mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_ACTIVE"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features", hasSize(123)))
                .andExpect(jsonPath("$.indicator.code").value("PES_ACTIVE"))
                .andExpect(jsonPath("$.indicator.live").value(true))
                .andExpect(jsonPath("$.indicator.year").value(LocalDate.now().getYear()))
                .andExpect(value(BORZYTUCHOM, 2)).andExpect(rank(BORZYTUCHOM, 1))
                .andExpect(value(BYTOW, 1)).andExpect(rank(BYTOW, 2))
                .andExpect(value(GDANSK, 0)).andExpect(rank(GDANSK, 3))
                .andExpect(jsonPath("$.features[0].geometry.type", notNullValue()));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_JOBS"))
                .andExpect(value(BORZYTUCHOM, 13));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_JOBS_AT_RISK"))
                .andExpect(value(BORZYTUCHOM, 8));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_ACTIVE_SOCIAL_COOPERATIVE"))
                .andExpect(value(BYTOW, 1));
        mvc.perform(get("/api/v1/map/powiat").param("indicator", "PES_ACTIVE"))
                .andExpect(jsonPath("$.features", hasSize(20)))
                .andExpect(value("2201", 3)).andExpect(value("2261", 0));
        long owes = fixtures.owes("OWES Słupsk", "2263011").id();
        fixtures.subregion("Subregion słupski", owes, "2201", "2263");
        mvc.perform(get("/api/v1/map/totals").param("indicator", "PES_ACTIVE"))
                .andExpect(jsonPath("$.region").value(3))
                .andExpect(jsonPath("$.subregions[0].name").value("Subregion słupski"))
                .andExpect(jsonPath("$.subregions[0].value").value(3));

        mvc.perform(delete("/api/v1/organisations/" + first.id()).with(users.as(Role.ADMIN)))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_ACTIVE"))
                .andExpect(value(BORZYTUCHOM, 1)).andExpect(value(BYTOW, 1)).andExpect(rank(BORZYTUCHOM, 1));
        OrganisationView gdansk = fixtures.create(RegistryFixtures.pes("Fundacja Gdańska", GDANSK));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_ACTIVE")).andExpect(value(GDANSK, 1));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_JOBS")).andExpect(value(BORZYTUCHOM, 5));

        // a move counts in the gmina it went to and no longer in the one it left
        mvc.perform(put("/api/v1/organisations/" + gdansk.id()).with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "Fundacja Gdańska", "kind": "SOCIAL_COOPERATIVE", "gminaTeryt": "%s",
                                 "street": "ul. Długa 1", "postalCode": "80-001", "town": "Bytów",
                                 "email": "biuro@example.org", "employees": 10, "employeesAtRisk": 5, "version": 0}"""
                                .formatted(BYTOW)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_ACTIVE"))
                .andExpect(value(GDANSK, 0)).andExpect(value(BYTOW, 2));
    }

    @Test
    void socialEnterprisesAndReintegrationPlacesComeFromTheRegister() throws Exception {
        OrganisationInput cis = withKind(RegistryFixtures.pes("Centrum Integracji Społecznej w Bytowie", BYTOW), Kind.CIS);
        fixtures.create(withPlaces(cis, 40));
        fixtures.create(socialEnterprise(RegistryFixtures.pes("Spółdzielnia Socjalna Przedsiębiorcza", BYTOW),
                LocalDate.now().minusYears(1), null));
        fixtures.create(socialEnterprise(RegistryFixtures.pes("Spółdzielnia Socjalna Wygasła", BYTOW),
                LocalDate.now().minusYears(3), LocalDate.now().minusDays(1)));

        mvc.perform(get("/api/v1/map/gmina").param("indicator", "REINTEGRATION_PLACES")).andExpect(value(BYTOW, 40));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "SOCIAL_ENTERPRISES")).andExpect(value(BYTOW, 1));
    }

    @Test
    void aSocialEnterpriseStatusThatLapsesWithTheDateIsRecountedByTheDailyRun() throws Exception {
        OrganisationView enterprise = fixtures.create(socialEnterprise(RegistryFixtures.pes(
                "Spółdzielnia Socjalna Sezonowa", BYTOW), LocalDate.now().minusYears(2), LocalDate.now().plusDays(1)));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "SOCIAL_ENTERPRISES")).andExpect(value(BYTOW, 1));
        // two days later, as far as the register can tell: no event, only the date moved on
        jdbc.sql("update organisation set social_enterprise_until = current_date - 1 where id = :id")
                .param("id", enterprise.id()).update();
        aggregates.refreshDaily();
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "SOCIAL_ENTERPRISES")).andExpect(value(BYTOW, 0));
    }

    @Test
    void importedStatisticsAppearUnitByUnitAndAddUpToPowiatsBySumOrPopulationWeightedMean() throws Exception {
        importStatistics("""
                teryt;code;year;value
                2201012;POPULATION;%1$d;3000
                2201023;POPULATION;%1$d;1000
                2201012;UNEMPLOYED;%1$d;100
                2201023;UNEMPLOYED;%1$d;50
                2201012;UNEMPLOYED_PER_100;%1$d;4,0
                2201023;UNEMPLOYED_PER_100;%1$d;8,0
                2261011;UNEMPLOYED_PER_100;%1$d;2,5
                2261011;POPULATION;%1$d;486000
                2261;UNEMPLOYED;%1$d;7000
                """.formatted(LAST_YEAR));

        mvc.perform(get("/api/v1/map/gmina").param("indicator", "UNEMPLOYED").param("year", "" + LAST_YEAR))
                .andExpect(jsonPath("$.indicator.live").value(false))
                .andExpect(value(BORZYTUCHOM, 100)).andExpect(value(BYTOW, 50))
                .andExpect(noValue("2201032"));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "UNEMPLOYED_PER_100"))
                .andExpect(jsonPath("$.indicator.year").value(LAST_YEAR))
                .andExpect(value(BYTOW, 8.0)).andExpect(rank(BYTOW, 1)).andExpect(rank(GDANSK, 3));
        // a powiat with an imported value of its own shows it; one with gminas missing shows none
        mvc.perform(get("/api/v1/map/powiat").param("indicator", "UNEMPLOYED").param("year", "" + LAST_YEAR))
                .andExpect(value("2261", 7000))
                .andExpect(noValue("2201"));
        // Gdańsk is the only gmina of its powiat, so its weighted mean is its own value
        mvc.perform(get("/api/v1/map/powiat").param("indicator", "UNEMPLOYED_PER_100").param("year", "" + LAST_YEAR))
                .andExpect(value("2261", 2.5));
    }

    @Test
    void aGusBdlExportLandsOnTheMapUnitByUnitWithTheWholeUrbanRuralGminaAndThePowiatAsExported() throws Exception {
        byte[] bdl = getClass().getResourceAsStream("/statistics/bdl-population.csv").readAllBytes();
        mvc.perform(multipart("/api/v1/statistics/import")
                        .file(new MockMultipartFile("file", "bdl.csv", "text/csv", bdl)).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/map/gmina").param("indicator", "POPULATION").param("year", "2024"))
                .andExpect(value(BYTOW, 24655));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "POPULATION").param("year", "2023"))
                .andExpect(value(BYTOW, 24710));
        mvc.perform(get("/api/v1/map/powiat").param("indicator", "POPULATION").param("year", "2024"))
                .andExpect(value("2201", 78301));
    }

    @Test
    void pesPerTenThousandDividesTodaysRegisterByTheLatestPopulation() throws Exception {
        importStatistics("teryt;code;year;value\n2201012;POPULATION;%d;2500\n2201023;POPULATION;%d;16000\n"
                .formatted(LAST_YEAR, LAST_YEAR));
        fixtures.create(RegistryFixtures.pes("Stowarzyszenie Borzytuchomskie", BORZYTUCHOM));

        mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_PER_10K"))
                .andExpect(jsonPath("$.indicator.populationYear").value(LAST_YEAR))
                .andExpect(value(BORZYTUCHOM, 4)).andExpect(value(BYTOW, 0))
                .andExpect(noValue("2261011"));
    }

    @Test
    void publishedNeedsCountPerGminaAndAppearOnItsProfileOnceRopsPublishesThem() throws Exception {
        String need = """
                {"category": "REINTEGRATION", "gminaTeryt": "2201032",
                 "title": "Brak miejsc reintegracji w gminie Czarna Dąbrówka",
                 "description": "Najbliższe CIS działa 25 km od gminy, bez dojazdu komunikacją publiczną."}""";
        String created = mvc.perform(post("/api/v1/needs").with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(need))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "NEEDS_REPORTED")).andExpect(value("2201032", 0));

        mvc.perform(post("/api/v1/needs/" + id + "/publish").with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "NEEDS_REPORTED"))
                .andExpect(value("2201032", 1)).andExpect(rank("2201032", 1));
        mvc.perform(get("/api/v1/map/powiat").param("indicator", "NEEDS_REPORTED")).andExpect(value("2201", 1));
        mvc.perform(get("/map/gmina/2201032"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Brak miejsc reintegracji w gminie Czarna Dąbrówka")));
    }

    @Test
    void aStatisticAdminDefinesIsOnTheMapWithItsValuesAndCanWeighInThePriorityIndex() throws Exception {
        mvc.perform(post("/api/v1/statistics/indicators").with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code": "FOOD_BANK_USERS", "namePl": "Korzystający z banku żywności",
                                 "nameEn": "Food bank users", "unitPl": "osoby", "unitEn": "persons",
                                 "source": "Bank Żywności w Gdańsku", "category": "NEED", "aggregation": "SUM"}"""))
                .andExpect(status().is2xxSuccessful());
        importStatistics("teryt;code;year;value\n%s;FOOD_BANK_USERS;%d;120\n%s;FOOD_BANK_USERS;%d;80\n"
                .formatted(BYTOW, LAST_YEAR, GDANSK, LAST_YEAR));

        mvc.perform(get("/api/v1/map/indicators"))
                .andExpect(jsonPath("$[?(@.code == 'FOOD_BANK_USERS')].name").value(hasItem("Korzystający z banku żywności")));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "FOOD_BANK_USERS"))
                .andExpect(jsonPath("$.indicator.year").value(LAST_YEAR))
                .andExpect(value(BYTOW, 120)).andExpect(rank(BYTOW, 1)).andExpect(value(GDANSK, 80));
        mvc.perform(put("/api/v1/map/priority/weights").with(users.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"FOOD_BANK_USERS\": 1}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/map/priority"))
                .andExpect(jsonPath("$.components[0].code").value("FOOD_BANK_USERS"))
                .andExpect(jsonPath("$.scores[0].teryt").value(BYTOW));
    }

    @Test
    void anUnchangedLayerAnswers304ToItsETagAndAChangedOneAFreshDocument() throws Exception {
        MvcResult first = mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_ACTIVE"))
                .andExpect(status().isOk()).andExpect(header().exists("ETag")).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_ACTIVE").header("If-None-Match", etag))
                .andExpect(status().isNotModified());

        fixtures.create(RegistryFixtures.pes("Spółdzielnia Socjalna Nowa", GDANSK));
        MvcResult second = mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_ACTIVE")
                        .header("If-None-Match", etag))
                .andExpect(status().isOk()).andExpect(value(GDANSK, 1)).andReturn();
        assertThat(second.getResponse().getHeader("ETag")).isNotEqualTo(etag);
    }

    @Test
    void unknownIndicatorLevelOrYearIsA400ProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "NO_SUCH_THING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("indicator"));
        mvc.perform(get("/api/v1/map/gmina"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("indicator"));
        mvc.perform(get("/api/v1/map/wojewodztwo").param("indicator", "PES_ACTIVE"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_ACTIVE").param("year", "1800"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_ACTIVE").param("year", "dwa"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/map/priority").param("level", "kraj"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
    }

    @Test
    void theCatalogueListsEveryProgrammeCodeWithUnitSourceAndYears() throws Exception {
        importStatistics("teryt;code;year;value\n2201012;POPULATION;%d;2500\n".formatted(LAST_YEAR));
        mvc.perform(get("/api/v1/map/indicators"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.hasItems("PES_ACTIVE", "PES_PER_10K",
                        "SOCIAL_ENTERPRISES", "REINTEGRATION_PLACES", "PES_JOBS", "PES_JOBS_AT_RISK", "POPULATION",
                        "UNEMPLOYED", "UNEMPLOYED_PER_100", "SOCIAL_ASSISTANCE_PER_1000", "NEEDS_REPORTED",
                        "PES_ACTIVE_CIS")))
                .andExpect(jsonPath("$[?(@.code == 'POPULATION')].years[0]").value(hasItem(LAST_YEAR)))
                .andExpect(jsonPath("$[?(@.code == 'PES_ACTIVE')].live").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.code == 'PES_ACTIVE')].source").value(hasItem(notNullValue())));
    }

    @Test
    void withoutImportedBoundariesEveryUnitIsStillThereWithANullGeometry() throws Exception {
        String saved = jdbc.sql("select boundary::text from territorial_unit where teryt = :t").param("t", GDANSK)
                .query(String.class).single();
        try {
            jdbc.sql("update territorial_unit set boundary = null where teryt = :t").param("t", GDANSK).update();
            mvc.perform(get("/api/v1/map/gmina").param("indicator", "PES_ACTIVE"))
                    .andExpect(jsonPath("$.features", hasSize(123)))
                    .andExpect(jsonPath("$.features[?(@.properties.teryt == '2261011')].geometry")
                            .value(hasItem((Object) null)));
        } finally {
            jdbc.sql("update territorial_unit set boundary = cast(:b as jsonb) where teryt = :t").param("t", GDANSK)
                    .param("b", saved).update();
        }
    }

    void importStatistics(String csv) throws Exception {
        StatisticsUpload.importCsv(mvc, users, csv);
    }

    static org.springframework.test.web.servlet.ResultMatcher value(String teryt, double expected) {
        return jsonPath("$.features[?(@.properties.teryt == '" + teryt + "')].properties.value")
                .value(hasItem(numberCloseTo(expected)));
    }

    /** The unit is there, with a null value (no data), not left out. */
    static org.springframework.test.web.servlet.ResultMatcher noValue(String teryt) {
        return jsonPath("$.features[?(@.properties.teryt == '" + teryt + "' && @.properties.value == null)]",
                hasSize(1));
    }

    /** JSON numbers arrive as Integer or Double; both compare by value. */
    static org.hamcrest.Matcher<Object> numberCloseTo(double expected) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number number && Math.abs(number.doubleValue() - expected) < 1e-4;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a number close to " + expected);
            }
        };
    }

    static org.springframework.test.web.servlet.ResultMatcher rank(String teryt, int expected) {
        return jsonPath("$.features[?(@.properties.teryt == '" + teryt + "')].properties.rank").value(hasItem(expected));
    }

    static OrganisationInput withJobs(OrganisationInput in, int employees, int atRisk) {
        return with(in, in.kind(), employees, atRisk, null, null, null, null);
    }

    static OrganisationInput withPlaces(OrganisationInput in, int places) {
        return with(in, in.kind(), in.employees(), in.employeesAtRisk(), places, null, null, null);
    }

    static OrganisationInput withKind(OrganisationInput in, Kind kind) {
        return with(in, kind, in.employees(), in.employeesAtRisk(), null, null, null, null);
    }

    static OrganisationInput partner(String name, String gmina) {
        return with(RegistryFixtures.pes(name, gmina), Kind.JST, null, null, null, null, null, null);
    }

    static OrganisationInput socialEnterprise(OrganisationInput in, LocalDate since, LocalDate until) {
        return with(in, in.kind(), in.employees(), in.employeesAtRisk(), null, "PS.1.2024", since, until);
    }

    static OrganisationInput with(OrganisationInput in, Kind kind, Integer employees, Integer atRisk, Integer places,
            String decision, LocalDate since, LocalDate until) {
        return new OrganisationInput(in.name(), in.shortName(), kind, in.nip(), in.regon(), in.krs(), in.gminaTeryt(),
                in.street(), in.postalCode(), in.town(), in.email(), in.phone(), in.website(), in.description(),
                in.fieldsOfActivity(), employees, atRisk, places, decision, since, until, in.owesId(), in.status(),
                in.version());
    }
}
