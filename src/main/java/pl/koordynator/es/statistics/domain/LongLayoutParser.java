package pl.koordynator.es.statistics.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.statistics.domain.StatisticsFile.Row;

/**
 * The long layout: a header naming the columns teryt, code (kod), year (rok) and value (wartość)
 * in any order, other columns ignored, then one value per row. The unit is a TERYT code of the
 * region (gmina 7, powiat 4, voivodeship 2 digits) or a 12-digit BDL id, which follows the BDL
 * rules (parts of urban-rural gminas and units outside the region are skipped and counted). With
 * semicolons the decimal separator may be a comma or a point; with commas it is a point.
 */
final class LongLayoutParser {

    private LongLayoutParser() {
    }

    static ParsedImport parse(StatisticsFile file, ImportContext context) {
        List<Row> rows = file.rows();
        Row header = rows.get(0);
        int teryt = column(header, StatisticsFile.TERYT);
        int code = column(header, StatisticsFile.CODE);
        int year = column(header, StatisticsFile.YEAR);
        int value = column(header, StatisticsFile.VALUE);
        boolean commaDecimal = file.separator() == ';';
        ParsedImport parsed = new ParsedImport(ImportLayout.LONG);
        for (Row row : rows.subList(1, rows.size())) {
            Cells cells = new Cells(header, row, parsed);
            UnitCodes.Resolved unit = unit(cells, teryt, context);
            IndicatorDefinition indicator = indicator(cells, code, context);
            Integer y = year(cells, year, indicator, context);
            BigDecimal number = number(cells, value, commaDecimal);
            if (cells.bad || unit == null || parsed.skipped(unit.kind())) {
                continue;
            }
            if (number == null) {
                parsed.noData();
                continue;
            }
            parsed.add(row.number(), header.cell(teryt), indicator.code(), y, unit.teryt(), number);
        }
        return parsed;
    }

    /** The cells of one row with the problems they have, added to the import as they are found. */
    private static final class Cells {
        final Row header;
        final Row row;
        final ParsedImport parsed;
        boolean bad;

        Cells(Row header, Row row, ParsedImport parsed) {
            this.header = header;
            this.row = row;
            this.parsed = parsed;
        }

        String get(int column) {
            return row.cell(column);
        }

        void problem(int column, String key, Object... args) {
            parsed.problem(ImportProblem.cell(row.number(), header.cell(column), key, args));
            bad = true;
        }
    }

    private static UnitCodes.Resolved unit(Cells cells, int column, ImportContext context) {
        String cell = cells.get(column);
        if (cell.isBlank()) {
            cells.problem(column, "statistics.problem.teryt.missing");
            return null;
        }
        UnitCodes.Resolved unit = UnitCodes.resolve(cell, context);
        switch (unit.kind()) {
            case MALFORMED -> cells.problem(column, "statistics.problem.teryt.format", cell);
            case UNKNOWN -> {
                if (unit.teryt().length() == 7 && (unit.teryt().endsWith("4") || unit.teryt().endsWith("5"))) {
                    cells.problem(column, "statistics.problem.teryt.part", unit.teryt());
                } else {
                    cells.problem(column, "statistics.problem.teryt.notInRegion", unit.teryt(), context.region());
                }
            }
            default -> {
                return unit;
            }
        }
        return null;
    }

    private static IndicatorDefinition indicator(Cells cells, int column, ImportContext context) {
        String cell = cells.get(column).toUpperCase(Locale.ROOT);
        if (cell.isBlank()) {
            cells.problem(column, "statistics.problem.code.missing");
            return null;
        }
        IndicatorDefinition indicator = context.indicator(cell).orElse(null);
        if (indicator == null) {
            cells.problem(column, "statistics.problem.code.unknown", cells.get(column));
        }
        return indicator;
    }

    private static Integer year(Cells cells, int column, IndicatorDefinition indicator, ImportContext context) {
        String cell = cells.get(column);
        if (cell.isBlank()) {
            cells.problem(column, "statistics.problem.year.missing");
            return null;
        }
        if (!cell.matches("\\d{4}")) {
            cells.problem(column, "statistics.problem.year.format", cell);
            return null;
        }
        int year = Integer.parseInt(cell);
        String problem = context.yearProblem(indicator, year);
        if (problem != null) {
            cells.problem(column, problem, year, indicator == null ? "" : indicator.code(), context.currentYear(),
                    ImportContext.FIRST_YEAR);
            return null;
        }
        return year;
    }

    private static BigDecimal number(Cells cells, int column, boolean commaDecimal) {
        String cell = cells.get(column);
        try {
            return StatisticNumbers.parse(cell, commaDecimal);
        } catch (IllegalArgumentException notANumber) {
            cells.problem(column, commaDecimal ? "statistics.problem.value.format"
                    : "statistics.problem.value.formatPoint", cell);
            return null;
        }
    }

    private static int column(Row header, Set<String> names) {
        for (int i = 0; i < header.cells().size(); i++) {
            if (names.contains(StatisticsFile.headerName(header.cell(i)))) {
                return i;
            }
        }
        throw new IllegalStateException("the layout was recognised by these columns");
    }
}
