package pl.koordynator.es.registry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.domain.OrganisationImportReport;
import pl.koordynator.es.registry.domain.OrganisationImportService;
import pl.koordynator.es.registry.domain.OrganisationImportService.Mode;
import pl.koordynator.es.registry.domain.OrganisationService;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 valid rows through the real import service into the embedded PostgreSQL, three times:
 * median rows per second of the dry run and of the import, then the median time of a register
 * search at that size. Not part of {@code ./mvnw verify} (surefire runs only *Test classes);
 * run it with {@code bench/registry-import/run.sh}.
 */
class OrganisationImportBenchmark extends IntegrationTest {

    static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    static final int REPEATS = 3;

    @Autowired
    OrganisationImportService imports;

    @Autowired
    OrganisationService organisations;

    @Autowired
    Territory territory;

    @Test
    void importsOneHundredThousandRows() {
        byte[] file = register();
        users.signIn(users.create("bench-" + System.nanoTime(), Role.ADMIN));
        List<Double> dryRuns = new ArrayList<>();
        List<Double> importsPerSecond = new ArrayList<>();
        try {
            for (int repeat = 1; repeat <= REPEATS; repeat++) {
                jdbc.sql("delete from organisation").update();
                jdbc.sql("delete from audit_entry").update();
                long start = System.nanoTime();
                OrganisationImportReport checked = imports.run(file, "bench.csv", true, Mode.ALL, null);
                double dry = ROWS / seconds(start);
                assertThat(checked.valid()).isEqualTo(ROWS);
                start = System.nanoTime();
                OrganisationImportReport imported = imports.run(file, "bench.csv", false, Mode.ALL, null);
                double write = ROWS / seconds(start);
                assertThat(imported.imported()).isEqualTo(ROWS);
                dryRuns.add(dry);
                importsPerSecond.add(write);
                System.out.printf("BENCH repeat %d: dry run %.0f rows/s, import %.0f rows/s%n", repeat, dry, write);
            }
            assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Organisation'")
                    .query(Long.class).single()).isEqualTo(ROWS);
            List<Double> searches = new ArrayList<>();
            for (String text : List.of("spoldzielnia", "Spółdzielnia Socjalna nr 4242", "gdansk", "fundacja")) {
                for (int i = 0; i < 10; i++) {
                    long start = System.nanoTime();
                    organisations.search(pl.koordynator.es.registry.OrganisationQuery.text(text), Paging.of(1, 25));
                    searches.add(seconds(start) * 1000);
                }
            }
            System.out.printf("BENCH %d rows: median dry run %.0f rows/s, median import %.0f rows/s, "
                    + "median search (OrganisationService.search, first page of 25) %.1f ms%n",
                    ROWS, median(dryRuns), median(importsPerSecond), median(searches));
        } finally {
            users.signOut();
        }
    }

    /** Valid, distinct rows spread over the region's gminas, kinds and fields of activity. */
    private byte[] register() {
        List<String> gminas = territory.units(Level.GMINA, null).stream().map(Unit::teryt).toList();
        List<String> kinds = List.of("Spółdzielnia socjalna", "NGO", "Fundacja", "CIS", "Koło gospodyń wiejskich");
        StringBuilder csv = new StringBuilder("Nazwa;Rodzaj;NIP;REGON;Gmina;Ulica;Kod pocztowy;Miejscowość;E-mail;"
                + "Obszary działalności;Zatrudnieni\n");
        for (int i = 0; i < ROWS; i++) {
            String kind = kinds.get(i % kinds.size()).equals("Fundacja") ? "NGO" : kinds.get(i % kinds.size());
            String name = switch (i % 3) {
                case 0 -> "Spółdzielnia Socjalna nr " + i;
                case 1 -> "Fundacja Pomorska " + i;
                default -> "Stowarzyszenie Gdańskie " + i;
            };
            csv.append(name).append(';').append(kind).append(';').append(ImportFiles.nip(i)).append(';')
                    .append(i % 2 == 0 ? ImportFiles.regon(i) : "").append(';')
                    .append(gminas.get(i % gminas.size())).append(';').append("ul. Długa ").append(i % 200 + 1)
                    .append(';').append(String.format("%02d-%03d", 80 + i % 5, i % 1000)).append(';')
                    .append("Gdańsk;biuro").append(i).append("@example.pl;")
                    .append(i % 4 == 0 ? "CATERING|CLEANING" : "Usługi opiekuńcze").append(';').append(i % 50)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
