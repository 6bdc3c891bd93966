package pl.koordynator.es.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The measures every module offers: one bean per module named after it, unique codes, texts in both languages. */
class ProgrammeMeasuresCatalogueTest extends IntegrationTest {

    @Autowired
    List<ProgrammeMeasures> beans;

    @Test
    void everyModuleOffersItsMeasuresUnderItsOwnNameWithTextsInBothLanguages() throws IOException {
        Properties polish = new Properties();
        Properties english = new Properties();
        for (String bundle : bundles()) {
            polish.putAll(load(bundle + "_pl.properties"));
            english.putAll(load(bundle + ".properties"));
        }
        Set<String> modules = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (ProgrammeMeasures bean : beans) {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(bean);
            if (type.getSimpleName().startsWith("Test")) {
                continue; // the tests' own hand-set measure
            }
            String module = type.getPackageName().replaceFirst("^pl\\.koordynator\\.es\\.", "").replaceFirst("\\..*", "");
            modules.add(module);
            assertThat(type.getPackageName()).isEqualTo("pl.koordynator.es." + module + ".domain");
            assertThat(type.getSimpleName()).isEqualToIgnoringCase(module + "ProgrammeMeasures");
            assertThat(bean.measures()).as(type.getSimpleName()).isNotEmpty();
            for (Measure measure : bean.measures()) {
                assertThat(measure.code()).startsWith(module + ".");
                assertThat(codes.add(measure.code())).as("%s is offered once", measure.code()).isTrue();
                for (String key : List.of(measure.nameKey(), measure.unitKey())) {
                    assertThat(polish.getProperty(key)).as("%s in Polish", key).isNotBlank();
                    assertThat(english.getProperty(key)).as("%s in English", key).isNotBlank();
                }
            }
        }
        assertThat(modules).contains("support", "registry", "events", "needs", "reporting");
        assertThat(codes).contains("support.pes-supported", "registry.pes-new", "registry.ps-granted",
                "registry.ps-active", "registry.jobs", "registry.jobs-at-risk", "registry.reintegration-places",
                "events.held", "events.held.training", "events.participants", "events.participants.training",
                "events.campaign-reach", "events.pes-business-ties", "events.reintegration-cooperation",
                "needs.published", "reporting.PES_SUPPORTED", "localplans.jst-adopted", "localplans.in-preparation",
                "localplans.top20-covered-share");
    }

    /** The message bundles the application reads (spring.messages.basename), so a module may name its measures in its own. */
    private static List<String> bundles() throws IOException {
        Properties application = load("application.properties");
        return List.of(application.getProperty("spring.messages.basename").split(",")).stream().map(String::strip).toList();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProgrammeMeasuresCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
