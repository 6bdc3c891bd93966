package pl.koordynator.es.map;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.TestUsers;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Statistics for map tests, imported as ROPS would: a long CSV through the import API. */
final class StatisticsUpload {

    private StatisticsUpload() {
    }

    static void importCsv(MockMvc mvc, TestUsers users, String csv) throws Exception {
        mvc.perform(multipart("/api/v1/statistics/import")
                        .file(new MockMultipartFile("file", "dane.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk());
    }
}
