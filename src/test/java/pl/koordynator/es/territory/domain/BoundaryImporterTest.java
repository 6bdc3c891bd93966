package pl.koordynator.es.territory.domain;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.territory.TerritoryFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class BoundaryImporterTest extends IntegrationTest {

    private static final String SQUARE = """
            {"type":"Polygon","coordinates":[[[17.0,54.0],[17.1,54.0],[17.1,54.1],[17.0,54.0]]]}""";
    private static final String OPEN_RING = """
            {"type":"Polygon","coordinates":[[[17.0,54.0],[17.1,54.0],[17.1,54.1],[17.2,54.2]]]}""";

    @Autowired
    BoundaryImporter importer;

    @BeforeEach
    void signInAsAdmin() {
        users.signIn(users.create("geo-admin-" + System.nanoTime(), Role.ADMIN));
    }

    @AfterEach
    void restoreTheOfficialBoundaries() {
        importer.importAtStartup(TerritoryFiles.read("pomorskie-gminy.geojson"));
        users.signOut();
    }

    @Test
    void gminaBoundariesMatchEveryGmina() {
        BoundaryImportResult result = importer.importFile(TerritoryFiles.read("pomorskie-gminy.geojson"));

        assertThat(result.matched()).isEqualTo(123);
        assertThat(result.unknown()).isZero();
        assertThat(result.missing()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'TerritoryBoundaries'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void powiatBoundariesMatchEveryPowiatThroughTheApi() throws Exception {
        mvc.perform(multipart("/api/v1/territory/boundaries")
                        .file(new MockMultipartFile("file", "powiaty.geojson", "application/geo+json",
                                TerritoryFiles.read("pomorskie-powiaty.geojson")))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matched").value(20))
                .andExpect(jsonPath("$.unknown").value(0))
                .andExpect(jsonPath("$.missing").value(0))
                .andExpect(jsonPath("$.unknownCodes").isEmpty());
    }

    @Test
    void codesOfNoUnitAreCountedAsUnknownAndUnitsWithoutFeatureAsMissing() {
        BoundaryImportResult result = importer.importFile(collection(
                feature("JPT_KOD_JE", "2201012", SQUARE), feature("teryt", "2299999", SQUARE)));

        assertThat(result.matched()).isEqualTo(1);
        assertThat(result.unknownCodes()).containsExactly("2299999");
        assertThat(result.missing()).isEqualTo(122);
        assertThat(boundary("2201012")).contains("54.1");
    }

    @Test
    void anInvalidGeometryRejectsTheWholeFile() throws Exception {
        String before = boundary("2201012");
        byte[] file = collection(feature("teryt", "2201012", SQUARE), feature("teryt", "2201022", OPEN_RING));

        assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(ImportRejectedException.class);
        mvc.perform(multipart("/api/v1/territory/boundaries").file(new MockMultipartFile("file", "x.geojson", null, file))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2201022")));

        assertThat(boundary("2201012")).isEqualTo(before);
    }

    @Test
    void geometryRulesAreChecked() {
        for (String geometry : new String[] {
                "{\"type\":\"Point\",\"coordinates\":[17.0,54.0]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[17.0,54.0],[17.1,54.0],[17.0,54.0]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[17.0,54.0],[\"a\",54.0],[17.1,54.1],[17.0,54.0]]]}",
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[17.0,54.0],[190.0,54.0],[17.1,54.1],[17.0,54.0]]]]}",
                "null"}) {
            assertThatThrownBy(() -> importer.importFile(collection(feature("teryt", "2201012", geometry))))
                    .as(geometry).isInstanceOf(ImportRejectedException.class);
        }
    }

    @Test
    void aFileThatIsNotGeoJsonIsRejected() throws Exception {
        mvc.perform(multipart("/api/v1/territory/boundaries")
                        .file(new MockMultipartFile("file", "x.geojson", null, "to nie jest JSON".getBytes()))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/territory/boundaries")
                        .file(new MockMultipartFile("file", "x.geojson", null, "{\"type\":\"Feature\"}".getBytes()))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("FeatureCollection")));
    }

    @Test
    void boundariesAreServedAsAFeatureCollection() throws Exception {
        mvc.perform(get("/api/v1/territory/boundaries").param("level", "powiat"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features.length()").value(20))
                .andExpect(jsonPath("$.features[0].properties.teryt").value("2201"))
                .andExpect(jsonPath("$.features[0].properties.name").value("bytowski"))
                .andExpect(jsonPath("$.features[0].geometry.type").exists());
        mvc.perform(get("/api/v1/territory/boundaries").param("level", "kraj"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
    }

    private String boundary(String teryt) {
        return jdbc.sql("select boundary::text from territorial_unit where teryt = :teryt").param("teryt", teryt)
                .query(String.class).single();
    }

    private static String feature(String codeProperty, String code, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"" + codeProperty + "\":\"" + code + "\"},\"geometry\":"
                + geometry + "}";
    }

    private static byte[] collection(String... features) {
        return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
