package pl.koordynator.es.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** The statistics fixtures of src/test/resources/statistics and what the tests ask of the database. */
public final class StatisticsFiles {

    public static final String IMPORT = "/api/v1/statistics/import";

    private StatisticsFiles() {
    }

    public static byte[] file(String name) {
        try (InputStream in = StatisticsFiles.class.getResourceAsStream("/statistics/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
        return multipart(IMPORT).file(new MockMultipartFile("file", name, "text/csv", content));
    }

    /** Every stored value as "CODE year teryt" → value, ordered, to compare before and after. */
    public static Map<String, BigDecimal> stored(JdbcClient jdbc) {
        Map<String, BigDecimal> values = new TreeMap<>();
        jdbc.sql("select code, year, teryt, value from statistic_value").query(rs -> {
            values.put(rs.getString("code") + " " + rs.getInt("year") + " " + rs.getString("teryt"),
                    rs.getBigDecimal("value").stripTrailingZeros());
        });
        return values;
    }
}
