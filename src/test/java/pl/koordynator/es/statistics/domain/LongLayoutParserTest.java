package pl.koordynator.es.statistics.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static pl.koordynator.es.statistics.domain.ParserFixtures.context;
import static pl.koordynator.es.statistics.domain.ParserFixtures.file;
import static pl.koordynator.es.statistics.domain.ParserFixtures.number;
import static pl.koordynator.es.statistics.domain.ParserFixtures.problems;
import static pl.koordynator.es.statistics.domain.ParserFixtures.values;

class LongLayoutParserTest {

    static ParsedImport read(String csv) {
        return StatisticsReader.read(csv.getBytes(StandardCharsets.UTF_8), context(), null);
    }

    @Test
    void readsGminaPowiatVoivodeshipAndBdlIdsWithDecimalCommasAndGroupedThousands() {
        ParsedImport parsed = StatisticsReader.read(file("long.csv"), context(), null);

        assertThat(parsed.layout()).isEqualTo(ImportLayout.LONG);
        assertThat(parsed.problems()).isEmpty();
        assertThat(values(parsed)).containsOnly(
                entry("POPULATION 2023 2261011", number("486271")),
                entry("UNEMPLOYED_PER_100 2023 2261011", number("1.8")),
                entry("POPULATION 2023 2201", number("78512")),
                entry("POPULATION 2023 22", number("2357320")),
                entry("POPULATION 2023 2201023", number("24710")),
                entry("SOCIAL_ASSISTANCE_PER_1000 2023 2201012", number("61.5")));
        assertThat(parsed.skippedCounts()).isEqualTo(new ImportReport.Skipped(1, 0, 0, 1));
        assertThat(parsed.units()).isEqualTo(5);
    }

    @Test
    void commaSeparatedFileWithPolishHeadersInAnyOrderTakesDecimalPoints() {
        ParsedImport parsed = StatisticsReader.read(file("long-comma.csv"), context(), null);

        assertThat(parsed.problems()).isEmpty();
        assertThat(values(parsed)).containsOnly(entry("POPULATION 2024 2261011", number("486345")),
                entry("UNEMPLOYED_PER_100 2024 2261011", number("1.7")));
    }

    @Test
    void aDecimalCommaInACommaSeparatedFileIsAProblemThatSaysUseAPoint() {
        ParsedImport parsed = read("teryt,code,year,value\n2261011,UNEMPLOYED_PER_100,2024,\"1,7\"\n");

        assertThat(problems(parsed)).containsExactly("2|value|statistics.problem.value.formatPoint|1,7");
    }

    @Test
    void everyBadCellIsAProblemNamingItsRowAndColumnAndNothingOfTheRowIsKept() {
        ParsedImport parsed = StatisticsReader.read(file("long-problems.csv"), context(), null);

        assertThat(problems(parsed)).containsExactly(
                "3|code|statistics.problem.code.unknown|NO_SUCH_CODE",
                "4|teryt|statistics.problem.teryt.format|22610",
                "5|teryt|statistics.problem.teryt.notInRegion|1465011,22",
                "6|teryt|statistics.problem.teryt.part|2201024",
                "7|year|statistics.problem.year.range|1989,POPULATION,2025,1990",
                "8|year|statistics.problem.year.format|20x3",
                "9|value|statistics.problem.value.format|dużo",
                "10|teryt|statistics.problem.duplicate|2261011,POPULATION,2023,2",
                "12|code|statistics.problem.code.missing|");
        assertThat(values(parsed)).containsOnlyKeys("POPULATION 2023 2261011");
    }

    @Test
    void theCurrentYearOfALiveIndicatorIsRefusedButItsEarlierYearsAreNot() {
        ParsedImport parsed = read("""
                teryt;code;year;value
                2261011;PES_ACTIVE;2025;12
                2261011;PES_ACTIVE;2024;11
                2261011;POPULATION;2025;486000
                2261011;POPULATION;2026;486000
                """);

        assertThat(problems(parsed)).containsExactly(
                "2|year|statistics.problem.year.live|2025,PES_ACTIVE,2025,1990",
                "5|year|statistics.problem.year.range|2026,POPULATION,2025,1990");
        assertThat(values(parsed)).containsOnlyKeys("PES_ACTIVE 2024 2261011", "POPULATION 2025 2261011");
    }

    @Test
    void spreadsheetDroppedLeadingZerosOfBdlIdsComeBack() {
        ParsedImport parsed = read("teryt;code;year;value\n42214361011;POPULATION;2023;486271\n");

        assertThat(values(parsed)).containsOnly(entry("POPULATION 2023 2261011", number("486271")));
    }

    @Test
    void aFileWithOnlyNoDataCellsHasNothingToSave() {
        ParsedImport parsed = read("teryt;code;year;value\n2261011;POPULATION;2023;-\n2261011;POPULATION;2024;x\n");

        assertThat(problems(parsed)).containsExactly("1|null|statistics.problem.nothing|22");
    }

    @Test
    void filesOfNeitherLayoutAreRefusedAsAWhole() {
        for (String text : List.of("", "nazwa;liczba\nGdańsk;5\n", "teryt;code;year;value\n", "PK\u0003\u0004binary")) {
            assertThatThrownBy(() -> read(text)).as(text).isInstanceOfSatisfying(InvalidInputException.class,
                    invalid -> assertThat(invalid.problems()).extracting(InvalidInputException.FieldProblem::field)
                            .containsExactly("file"));
        }
    }
}
