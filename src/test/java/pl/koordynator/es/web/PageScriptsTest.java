package pl.koordynator.es.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each page loads only the scripts it uses (issue 17): htmx (16 KiB compressed) only where an element
 * has data-hx-* attributes, Leaflet only with the map's script, Chart.js only where a chart is drawn.
 * Read from the templates, so a page that starts or stops using htmx fails here before anyone sees it.
 */
class PageScriptsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final String LOADS_HTMX = "~{fragments/scripts :: htmx}";
    private static final Pattern COMMENTS = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern HTMX_ATTRIBUTE = Pattern.compile("[\\s,'\"](data-)?hx-[a-z-]+\\s*=");
    private static final Pattern INCLUDED = Pattern.compile("~\\{([a-z0-9/-]+) ::");

    /** Template name (as in ~{name :: fragment}) to its text without comments. */
    private static Map<String, String> templates() {
        Map<String, String> templates = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String name = TEMPLATES.relativize(file).toString().replace('\\', '/').replaceAll("\\.html$", "");
                templates.put(name, COMMENTS.matcher(Files.readString(file)).replaceAll(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }

    private static boolean usesHtmx(String name, Map<String, String> templates) {
        String text = templates.get(name);
        if (text == null) {
            return false;
        }
        if (HTMX_ATTRIBUTE.matcher(text).find()) {
            return true;
        }
        Matcher included = INCLUDED.matcher(text);
        while (included.find()) {
            if (!included.group(1).equals(name) && usesHtmx(included.group(1), templates)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPage(String text) {
        return text.contains("layout :: page(");
    }

    @Test
    void aPageLoadsHtmxExactlyWhenItOrAFragmentItIncludesUsesHtmxAttributes() {
        Map<String, String> templates = templates();
        List<String> wrong = new ArrayList<>();
        int pagesWithHtmx = 0;
        for (var template : templates.entrySet()) {
            if (!isPage(template.getValue())) {
                continue;
            }
            boolean uses = usesHtmx(template.getKey(), templates);
            boolean loads = template.getValue().contains(LOADS_HTMX);
            pagesWithHtmx += loads ? 1 : 0;
            if (uses && !loads) {
                wrong.add(template.getKey() + " uses data-hx-* but does not end its main with <script th:replace=\""
                        + LOADS_HTMX + "\">");
            } else if (loads && !uses) {
                wrong.add(template.getKey() + " loads htmx but uses no data-hx-* attribute");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(pagesWithHtmx).as("pages that use htmx").isGreaterThanOrEqualTo(5);
    }

    @Test
    void htmxIsLoadedOnlyThroughItsFragmentAndNeverByAFragmentAnsweredToHtmx() {
        Map<String, String> templates = templates();
        for (var template : templates.entrySet()) {
            String text = template.getValue();
            if (!template.getKey().equals("fragments/scripts")) {
                assertThat(text).as(template.getKey()).doesNotContain("htmx.min.js");
            }
            if (!isPage(text)) {
                assertThat(text).as(template.getKey()).doesNotContain(LOADS_HTMX);
            }
        }
        assertThat(templates.get("layout")).doesNotContain("htmx.min.js", LOADS_HTMX);
    }

    @Test
    void leafletOnlyWithTheMapsScriptAndChartJsOnlyWhereAChartIsDrawn() {
        Map<String, String> templates = templates();
        List<String> leaflet = new ArrayList<>();
        List<String> chart = new ArrayList<>();
        for (var template : templates.entrySet()) {
            String text = template.getValue();
            boolean loadsLeaflet = text.contains("/webjars/leaflet/");
            assertThat(loadsLeaflet).as(template.getKey() + " loads Leaflet exactly with /js/map.js, /js/programme.js, "
                    + "/js/catalogue-map.js, /js/localplans-coverage.js or /js/reintegration-cooperation.js")
                    .isEqualTo(text.contains("/js/map.js") || text.contains("/js/programme.js")
                            || text.contains("/js/catalogue-map.js") || text.contains("/js/localplans-coverage.js")
                            || text.contains("/js/reintegration-cooperation.js"));
            boolean loadsChart = text.contains("/webjars/chart.js/");
            assertThat(loadsChart).as(template.getKey() + " loads Chart.js exactly where it has a <canvas>")
                    .isEqualTo(text.contains("<canvas"));
            if (loadsLeaflet) {
                leaflet.add(template.getKey());
            }
            if (loadsChart) {
                chart.add(template.getKey());
            }
        }
        assertThat(leaflet).containsExactlyInAnyOrder("map/map", "programme/indicator", "catalogue/public/map",
                "localplans/coverage", "reintegration/cooperation");
        assertThat(chart).containsExactlyInAnyOrder("map/profile", "reporting/summary", "programme/indicator");
    }
}
