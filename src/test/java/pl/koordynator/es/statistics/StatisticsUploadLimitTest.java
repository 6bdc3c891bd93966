package pl.koordynator.es.statistics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.statistics.StatisticsFiles.stored;
import static pl.koordynator.es.statistics.StatisticsFiles.upload;

class StatisticsUploadLimitTest extends IntegrationTest {

    static final int LIMIT = 20 * 1024 * 1024;
    static final String TOO_LARGE = "Plik jest za duży: najwyżej 20 MB.";

    /** A long-layout file of one value, padded with spaces after it to {@code size} bytes. */
    static byte[] longFileOf(int size) {
        byte[] file = new byte[size];
        byte[] start = "teryt;code;year;value\n2261011;POPULATION;2023;486000".getBytes(StandardCharsets.UTF_8);
        Arrays.fill(file, (byte) ' ');
        System.arraycopy(start, 0, file, 0, start.length);
        return file;
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedThroughTheApiAndThePageAndNothingIsStored() throws Exception {
        byte[] over = longFileOf(LIMIT + 1);

        mvc.perform(upload("dane.csv", over).with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(TOO_LARGE));
        mvc.perform(multipart("/admin/statistics/import").file(new MockMultipartFile("file", "dane.csv", "text/csv",
                        over)).with(csrf()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TOO_LARGE)))
                .andExpect(content().string(containsString("Najwyżej 20 MB.")));
        assertThat(jdbc.sql("select count(*) from statistics_import").query(Long.class).single()).isZero();
        assertThat(stored(jdbc)).isEmpty();
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws Exception {
        mvc.perform(upload("dane.csv", longFileOf(LIMIT)).param("dryRun", "true").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values").value(1));
    }
}
