package pl.koordynator.es.statistics.domain;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static pl.koordynator.es.statistics.domain.ParserFixtures.context;
import static pl.koordynator.es.statistics.domain.ParserFixtures.file;
import static pl.koordynator.es.statistics.domain.ParserFixtures.number;
import static pl.koordynator.es.statistics.domain.ParserFixtures.problems;
import static pl.koordynator.es.statistics.domain.ParserFixtures.values;

class BdlLayoutParserTest {

    static ParsedImport read(String csv, String indicator) {
        return StatisticsReader.read(csv.getBytes(StandardCharsets.UTF_8), context(), indicator);
    }

    @Test
    void keepsTheWholeUrbanRuralGminaPowiatsAndTheVoivodeshipAndSkipsTheRest() {
        ParsedImport parsed = StatisticsReader.read(file("bdl-population.csv"), context(), null);

        assertThat(parsed.layout()).isEqualTo(ImportLayout.BDL);
        assertThat(parsed.problems()).isEmpty();
        assertThat(values(parsed)).containsOnly(
                entry("POPULATION 2023 22", number("2357320")),
                entry("POPULATION 2024 22", number("2356002")),
                entry("POPULATION 2023 2201", number("78512")),
                entry("POPULATION 2024 2201", number("78301")),
                entry("POPULATION 2023 2201023", number("24710")),
                entry("POPULATION 2024 2201023", number("24655")),
                entry("POPULATION 2023 2201012", number("3104")),
                entry("POPULATION 2023 2261", number("486271")),
                entry("POPULATION 2024 2261", number("486345")),
                entry("POPULATION 2023 2261011", number("486271")),
                entry("POPULATION 2024 2261011", number("486345")));
        // Bytów's town and rural area; POLSKA and Bydgoszcz; the NUTS subregion; Borzytuchom's "-"
        assertThat(parsed.skippedCounts()).isEqualTo(new ImportReport.Skipped(2, 2, 1, 1));
        assertThat(parsed.units()).isEqualTo(6);
    }

    @Test
    void aWindows1250CopyReadsTheSame() {
        ParsedImport utf8 = StatisticsReader.read(file("bdl-population.csv"), context(), null);
        ParsedImport windows = StatisticsReader.read(file("bdl-population-cp1250.csv"), context(), null);

        assertThat(windows.problems()).isEmpty();
        assertThat(values(windows)).isEqualTo(values(utf8));
        assertThat(windows.skippedCounts()).isEqualTo(utf8.skippedCounts());
    }

    @Test
    void labelsSpreadOverSeveralHeaderRowsWithAttributeColumnsIgnored() {
        ParsedImport parsed = StatisticsReader.read(file("bdl-unemployed-header-rows.csv"), context(), null);

        assertThat(parsed.problems()).isEmpty();
        assertThat(values(parsed)).containsOnly(
                entry("UNEMPLOYED 2023 2261011", number("6402")),
                entry("UNEMPLOYED 2024 2261011", number("6120")),
                entry("UNEMPLOYED 2023 2201023", number("1012")));
        assertThat(parsed.skippedCounts()).isEqualTo(new ImportReport.Skipped(1, 0, 0, 1));
    }

    @Test
    void columnsThatNameNoIndicatorTakeTheOneChosenInTheForm() {
        ParsedImport parsed = StatisticsReader.read(file("bdl-unlabelled.csv"), context(), "UNEMPLOYED_PER_100");

        assertThat(parsed.problems()).isEmpty();
        assertThat(values(parsed)).containsOnly(
                entry("UNEMPLOYED_PER_100 2023 2261011", number("1.8")),
                entry("UNEMPLOYED_PER_100 2024 2261011", number("1.7")),
                entry("UNEMPLOYED_PER_100 2023 2201023", number("5.2")),
                entry("UNEMPLOYED_PER_100 2024 2201023", number("4.9")),
                entry("UNEMPLOYED_PER_100 2023 2201012", number("9.4")));
    }

    @Test
    void withoutAChosenIndicatorEachUnrecognisedColumnIsOneProblem() {
        ParsedImport parsed = StatisticsReader.read(file("bdl-unlabelled.csv"), context(), null);

        assertThat(problems(parsed)).containsExactly(
                "1|ogółem 2023 [%]|statistics.problem.column.indicator|",
                "1|ogółem 2024 [%]|statistics.problem.column.indicator|");
        assertThat(parsed.problems()).extracting(ImportProblem::columnNumber).containsExactly(3, 4);
    }

    @Test
    void aCodeWrittenInTheLabelWinsAndPolishNamesMatchWithoutAccentsOrCase() {
        ParsedImport parsed = read("""
                Kod;Nazwa;SOCIAL_ASSISTANCE_PER_1000 2023;BENEFICJENCI POMOCY SPOLECZNEJ NA 1000 MIESZKANCOW 2024 [-]
                042214361011;Gdańsk (1);"31,5";"30,2"
                """, "POPULATION");

        assertThat(parsed.problems()).isEmpty();
        assertThat(values(parsed)).containsOnly(entry("SOCIAL_ASSISTANCE_PER_1000 2023 2261011", number("31.5")),
                entry("SOCIAL_ASSISTANCE_PER_1000 2024 2261011", number("30.2")));
    }

    @Test
    void badColumnsAndCellsAreProblemsNamingRowAndColumn() {
        ParsedImport parsed = read("""
                Kod;Nazwa;ludność ogółem;ludność ogółem 2023;ludność 2023;ludność 2024;PES_ACTIVE 2025;ludność 1985
                042214361011;Gdańsk (1);1;2;3;abc;5;6
                Gdańsk;Gdańsk (1);1;2;3;4;5;6
                042214362011;Nieznana (1);1;2;3;4;5;6
                """, null);

        assertThat(problems(parsed)).containsExactly(
                "1|ludność ogółem|statistics.problem.column.year|",
                "1|ludność 2023|statistics.problem.column.duplicate|POPULATION,2023,4",
                "1|PES_ACTIVE 2025|statistics.problem.year.live|2025,PES_ACTIVE,2025,1990",
                "1|ludność 1985|statistics.problem.year.range|1985,POPULATION,2025,1990",
                "2|ludność 2024|statistics.problem.value.format|abc",
                "3|Kod|statistics.problem.bdl.unitId|Gdańsk",
                "4|Kod|statistics.problem.bdl.unknownUnit|042214362011,2262011,Nieznana (1)");
    }

    @Test
    void theOtherBdlExportWithOneValuePerRowIsReadToo() {
        ParsedImport parsed = read("""
                "Kod";"Nazwa";"Ogółem";"Rok";"Wartosc";"Jednostka miary";"Atrybut";
                000000000000;"POLSKA";"ogółem";"2023";5,0;"%";"";
                042214361011;"Gdańsk (1)";"ogółem";"2023";1,8;"%";"";
                042214361011;"Gdańsk (1)";"ogółem";"2024";1,7;"%";"";
                042213101023;"Bytów (3)";"ogółem";"2024";-;"%";"";
                """, "UNEMPLOYED_PER_100");

        assertThat(parsed.problems()).isEmpty();
        assertThat(values(parsed)).containsOnly(entry("UNEMPLOYED_PER_100 2023 2261011", number("1.8")),
                entry("UNEMPLOYED_PER_100 2024 2261011", number("1.7")));
        assertThat(parsed.skippedCounts()).isEqualTo(new ImportReport.Skipped(0, 1, 0, 1));
    }

    @Test
    void theSameUnitTwiceIsAProblemAtTheSecondRow() {
        ParsedImport parsed = read("""
                Kod;Nazwa;ludność 2023
                042214361011;Gdańsk (1);486271
                042214361011;Gdańsk (1);486272
                """, null);

        assertThat(problems(parsed)).containsExactly("3|ludność 2023|statistics.problem.duplicate|2261011,POPULATION,2023,2");
    }
}
