package pl.koordynator.es.map;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.map.domain.ResourceAggregates;
import pl.koordynator.es.registry.ImportFiles;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.registry.domain.OrganisationImportService;
import pl.koordynator.es.registry.domain.OrganisationImportService.Mode;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the map serves its gmina layer, and what keeping the register counts costs. Not part
 * of {@code ./mvnw verify} (surefire runs only *Test classes); run {@code bench/map-geojson/run.sh}.
 */
class MapGeoJsonBenchmark extends IntegrationTest {

    static final int ORGANISATIONS = Integer.getInteger("bench.rows", 20_000);
    static final int REQUESTS = 50;

    @Autowired
    OrganisationImportService imports;

    @Autowired
    ResourceAggregates aggregates;

    @Autowired
    pl.koordynator.es.registry.domain.OrganisationService organisations;

    @Autowired
    Territory territory;

    @Test
    void servesTheGminaLayer() throws Exception {
        users.signIn(users.create("bench-" + System.nanoTime(), Role.ADMIN));
        long start = System.nanoTime();
        try {
            assertThat(imports.run(register(), "bench.csv", false, Mode.ALL, null).imported()).isEqualTo(ORGANISATIONS);
        } finally {
            users.signOut();
        }
        System.out.printf("BENCH import of %d organisations incl. one map recount: %.1f s%n", ORGANISATIONS,
                (System.nanoTime() - start) / 1e9);

        List<Double> edits = new ArrayList<>();
        users.signIn(users.create("bench-editor-" + System.nanoTime(), Role.ADMIN));
        try {
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                organisations.create(RegistryFixtures.pes("Fundacja Benchmarkowa " + i, "2261011"));
                edits.add((System.nanoTime() - t) / 1e6);
            }
        } finally {
            users.signOut();
        }
        System.out.printf("BENCH adding one organisation (incl. recount of its gmina) at %d: median %.1f ms%n",
                ORGANISATIONS, median(edits));

        List<Double> recounts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            aggregates.refresh();
            recounts.add((System.nanoTime() - t) / 1e6);
        }

        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(baseUrl() + "/api/v1/map/gmina?indicator=PES_ACTIVE");
        List<Double> full = new ArrayList<>();
        List<Double> revalidated = new ArrayList<>();
        int size = 0;
        String etag = null;
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            full.add((System.nanoTime() - t) / 1e6);
            assertThat(response.statusCode()).isEqualTo(200);
            size = response.body().length;
            etag = response.headers().firstValue("ETag").orElseThrow();
        }
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            revalidated.add((System.nanoTime() - t) / 1e6);
            assertThat(response.statusCode()).isEqualTo(304);
        }
        System.out.printf("BENCH %d organisations: gmina GeoJSON %d bytes, median %.1f ms (first %.1f ms); "
                + "304 revalidation median %.1f ms; recount of the register for the map median %.1f ms%n",
                ORGANISATIONS, size, median(full.subList(5, full.size())), full.get(0),
                median(revalidated), median(recounts));
    }

    private byte[] register() {
        List<String> gminas = territory.units(Level.GMINA, null).stream().map(Unit::teryt).toList();
        StringBuilder csv = new StringBuilder("Nazwa;Rodzaj;NIP;Gmina;Zatrudnieni\n");
        for (int i = 0; i < ORGANISATIONS; i++) {
            csv.append("Spółdzielnia Socjalna nr ").append(i).append(";Spółdzielnia socjalna;")
                    .append(ImportFiles.nip(i)).append(';').append(gminas.get(i % gminas.size())).append(';')
                    .append(i % 20).append('\n');
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
