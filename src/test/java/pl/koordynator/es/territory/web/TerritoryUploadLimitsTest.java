package pl.koordynator.es.territory.web;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The TERC and boundary imports' own upload limits, and the features and points a GeoJSON may hold. */
class TerritoryUploadLimitsTest extends IntegrationTest {

    static final int MEGABYTE = 1024 * 1024;
    /** A feature of a code outside the region: counted, read and checked, but never written. */
    static final String FEATURE = """
            {"type":"Feature","properties":{"teryt":"2299999"},"geometry":{"type":"Polygon","coordinates":[[%s]]}}""";

    String territoryState() {
        return jdbc.sql("select count(*) || ' ' || md5(string_agg(teryt || coalesce(boundary::text, ''), ',' order by teryt))"
                + " from territorial_unit").query(String.class).single()
                + " " + jdbc.sql("select count(*) from audit_entry where entity_type in ('TerritorialUnit', 'TerritoryBoundaries')")
                .query(Long.class).single();
    }

    static byte[] filled(int size) {
        byte[] file = new byte[size];
        Arrays.fill(file, (byte) ' ');
        return file;
    }

    /** A square ring of {@code points} points (the last repeats the first). */
    static String ring(int points) {
        StringBuilder ring = new StringBuilder("[17.0,54.0]");
        for (int i = 1; i < points - 1; i++) {
            ring.append(",[17.").append(i % 9 + 1).append(",54.0]");
        }
        return ring.append(",[17.0,54.0]").toString();
    }

    static byte[] collection(int features, int pointsEach) {
        String feature = FEATURE.formatted(ring(pointsEach));
        StringBuilder file = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < features; i++) {
            file.append(i == 0 ? "" : ",").append(feature);
        }
        return file.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    ResultActions api(String path, byte[] file) throws Exception {
        return mvc.perform(multipart("/api/v1/territory/" + path).file(new MockMultipartFile("file", "plik", null, file))
                .with(users.as(Role.ADMIN)));
    }

    ResultActions page(String path, byte[] file) throws Exception {
        return mvc.perform(multipart("/admin/territory/" + path).file(new MockMultipartFile("file", "plik", null, file))
                .header("HX-Request", "true").with(csrf()).with(users.as(Role.ADMIN)));
    }

    @Test
    void aTercFileOneByteOverItsLimitIsRefusedThroughTheApiAndThePage() throws Exception {
        String before = territoryState();

        api("terc", filled(5 * MEGABYTE + 1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Plik jest za duży: najwyżej 5 MB."));
        page("terc", filled(5 * MEGABYTE + 1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Plik jest za duży: najwyżej 5 MB.")))
                .andExpect(content().string(containsString("Najwyżej 5 MB.")));
        assertThat(territoryState()).isEqualTo(before);
    }

    @Test
    void aBoundaryFileOneByteOverItsLimitIsRefusedThroughTheApiAndThePage() throws Exception {
        String before = territoryState();

        api("boundaries", filled(50 * MEGABYTE + 1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Plik jest za duży: najwyżej 50 MB."));
        page("boundaries", filled(50 * MEGABYTE + 1)).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<div class=\"alert alert-danger\" role=\"alert\" id=\"file-error\">Plik jest za duży: najwyżej 50 MB.</div>")));
        assertThat(territoryState()).isEqualTo(before);
    }

    @Test
    void aGeoJsonWithOneFeatureTooManyIsRefused() throws Exception {
        String before = territoryState();
        String message = "Plik ma za dużo obiektów \\(Feature\\): najwyżej 5.000 \\(granice wszystkich gmin Polski to około 2.500\\)\\.";

        api("boundaries", collection(5_000, 4)).andExpect(status().isOk()).andExpect(jsonPath("$.unknown").value(1));
        api("boundaries", collection(5_001, 4)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(matchesPattern(message)));
        page("boundaries", collection(5_001, 4)).andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*id=\"file-error\">" + message + "</div>.*")));
        assertThat(territoryState()).isEqualTo(before);
    }

    @Test
    void aGeoJsonWithOnePointTooManyIsRefused() throws Exception {
        String before = territoryState();
        String message = "Geometrie w pliku mają za dużo punktów: najwyżej 2.000.000. Uprość granice";

        api("boundaries", collection(2, 1_000_000)).andExpect(status().isOk()).andExpect(jsonPath("$.unknown").value(1));
        api("boundaries", collection(1, 2_000_001)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(matchesPattern(message + ".*")));
        page("boundaries", collection(1, 2_000_001)).andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*id=\"file-error\">" + message + ".*")));
        assertThat(territoryState()).isEqualTo(before);
    }
}
