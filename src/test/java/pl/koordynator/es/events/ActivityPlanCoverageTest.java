package pl.koordynator.es.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.events.domain.CoverageGmina;
import pl.koordynator.es.events.domain.CoverageReport;
import pl.koordynator.es.territory.GminaType;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/** How the coverage view adds up events and the activities other modules report, without a database. */
class ActivityPlanCoverageTest {

    private static final LocalDate FROM = LocalDate.of(2025, 11, 26);
    private static final LocalDate TO = LocalDate.of(2026, 11, 25);

    private static Unit gmina(String teryt, String name) {
        return new Unit(teryt, name, Level.GMINA, GminaType.RURAL, teryt.substring(0, 4), false);
    }

    private final List<Unit> gminas = List.of(gmina("2201012", "Borzytuchom"), gmina("2201023", "Bytów"),
            gmina("2201032", "Czarna Dąbrówka"), gmina("2261011", "Gdańsk"));
    private final Map<String, String> powiats = Map.of("2201", "bytowski", "2261", "Gdańsk");

    @Test
    void aGminaWithSupportReportedByAnotherModuleButNoEventIsCovered() {
        List<LocalDate[]> asked = new ArrayList<>();
        GminaActivity support = (from, to) -> {
            asked.add(new LocalDate[] {from, to});
            return Map.of("2201032", 3L, "2261011", 1L);
        };
        GminaActivity networks = (from, to) -> Map.of("2261011", 2L);

        CoverageReport report = CoverageReport.compute(FROM, TO, gminas, powiats, Map.of("2201023", 2L),
                List.of(support, networks));

        assertThat(asked).singleElement().satisfies(days -> assertThat(days).containsExactly(FROM, TO));
        assertThat(report.total()).isEqualTo(4);
        assertThat(report.withoutActivity()).isEqualTo(1);
        assertThat(report.gminas()).extracting(CoverageGmina::name, CoverageGmina::events,
                CoverageGmina::otherActivities).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Borzytuchom", 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("Bytów", 2L, 0L),
                        org.assertj.core.groups.Tuple.tuple("Czarna Dąbrówka", 0L, 3L),
                        org.assertj.core.groups.Tuple.tuple("Gdańsk", 0L, 3L));
        assertThat(report.byPowiat()).extracting(CoverageReport.PowiatCoverage::name,
                CoverageReport.PowiatCoverage::withoutActivity).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bytowski", 1L),
                        org.assertj.core.groups.Tuple.tuple("Gdańsk", 0L));
    }

    @Test
    void withoutAnyOtherSourceOnlyEventsCount() {
        CoverageReport report = CoverageReport.compute(FROM, TO, gminas, powiats, Map.of(), List.of());

        assertThat(report.withoutActivity()).isEqualTo(4);
        assertThat(report.gminas()).allSatisfy(g -> assertThat(g.covered()).isFalse());
    }
}
