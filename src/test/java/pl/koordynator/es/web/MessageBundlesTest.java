package pl.koordynator.es.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text has both languages: a key missing in one bundle would show its raw name to someone. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "i18n/territory", "i18n/registry", "i18n/registryimport", "i18n/map", "i18n/needs",
            "i18n/statistics", "i18n/notifications", "i18n/reporting", "i18n/events", "i18n/activityplan", "i18n/support",
            "i18n/participants", "i18n/privacy", "i18n/publicservices", "i18n/procurementimport", "i18n/clausemeasures",
            "i18n/matching", "i18n/publicservicespages", "i18n/localplans", "i18n/localplanspages", "i18n/localplanssections",
            "i18n/localplansdiagnosis", "i18n/localplanscoverage", "i18n/localplansmonitoring",
            "i18n/reintegration", "i18n/reintegrationpages", "i18n/reintegrationcapacity", "i18n/reintegrationaggregates",
            "i18n/reintegrationfollowups", "i18n/reintegrationreads"})
    void englishAndPolishBundlesHaveTheSameKeys(String basename) throws IOException {
        Properties english = load(basename + ".properties");
        Properties polish = load(basename + "_pl.properties");

        assertThat(polish.stringPropertyNames()).as("keys of %s_pl", basename)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        polish.stringPropertyNames().forEach(key ->
                assertThat(polish.getProperty(key)).as("%s in %s_pl", key, basename).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
