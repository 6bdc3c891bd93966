package pl.koordynator.es.statistics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.statistics.domain.StatisticsFile.Row;

/**
 * The CSV export of GUS Bank Danych Lokalnych. The first row starts with {@code Kod;Nazwa};
 * further header rows (first cell empty) may follow. Each later column is one variable in one
 * year: its label is its cells of all header rows joined with spaces (a quoted header cell may
 * itself hold {@code ;}-joined parts: "ludność ogółem;2023;[osoba]"), its year the last 19xx or
 * 20xx number of the label, its indicator a code written in the label, else an indicator whose
 * BDL alias or Polish name the label is, else the indicator chosen in the form. Empty columns and
 * "atrybut" columns are ignored.
 * <p>
 * BDL's other export, one value per row with the columns Rok and Wartosc (and the variable's
 * dimensions before them), is read too: the dimensions name the indicator.
 * <p>
 * Data rows start with the unit's 12-digit id; see {@link UnitCodes#bdl} for which are kept.
 * Values have a decimal comma and may group thousands with spaces; "-", "x", "." and empty cells
 * are no data.
 */
final class BdlLayoutParser {

    private static final Pattern WORD_CHARACTER = Pattern.compile("[A-Za-z0-9_]");

    /** A value column of the wide export whose indicator and year are known. */
    private record Column(int index, String label, String code, int year) {
    }

    private BdlLayoutParser() {
    }

    /** {@code chosen} is the indicator picked in the form for columns that name none (may be null). */
    static ParsedImport parse(StatisticsFile file, ImportContext context, String chosen) {
        List<Row> rows = file.rows();
        int headerRows = 1;
        while (headerRows < rows.size() && rows.get(headerRows).cell(0).isBlank()) {
            headerRows++;
        }
        List<Row> header = rows.subList(0, headerRows);
        List<Row> data = rows.subList(headerRows, rows.size());
        ParsedImport parsed = new ParsedImport(ImportLayout.BDL);
        List<String> names = rows.get(0).cells().stream().map(StatisticsFile::headerName).toList();
        if (names.contains("rok") && names.contains("wartosc")) {
            vertical(rows.get(0), data, names, context, chosen, parsed);
        } else {
            wide(header, data, context, chosen, parsed);
        }
        return parsed;
    }

    private static void wide(List<Row> header, List<Row> data, ImportContext context, String chosen,
            ParsedImport parsed) {
        int width = header.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        List<Column> columns = new ArrayList<>();
        Map<List<Object>, Integer> columnOf = new HashMap<>();
        int headerRow = header.get(0).number();
        for (int index = 2; index < width; index++) {
            final int i = index;
            String label = Labels.collapse(header.stream().map(row -> row.cell(i).replace(';', ' '))
                    .collect(Collectors.joining(" ")));
            if (label.isEmpty() || Labels.normalise(label).contains("atrybut")) {
                continue;
            }
            int number = index + 1;
            int problems = parsed.problems().size();
            String code = indicator(label, context, chosen, headerRow, number, parsed);
            Integer year = Labels.year(label);
            if (year == null) {
                parsed.problem(ImportProblem.column(headerRow, number, label, "statistics.problem.column.year"));
            }
            if (parsed.problems().size() > problems) {
                continue;
            }
            IndicatorDefinition indicator = context.indicator(code).orElseThrow();
            String yearProblem = context.yearProblem(indicator, year);
            if (yearProblem != null) {
                parsed.problem(ImportProblem.column(headerRow, number, label, yearProblem, year, code,
                        context.currentYear(), ImportContext.FIRST_YEAR));
                continue;
            }
            Integer earlier = columnOf.putIfAbsent(List.of(code, year), number);
            if (earlier != null) {
                parsed.problem(ImportProblem.column(headerRow, number, label, "statistics.problem.column.duplicate",
                        code, year, earlier));
                continue;
            }
            columns.add(new Column(index, label, code, year));
        }
        if (columns.isEmpty() && parsed.problems().isEmpty()) {
            parsed.problem(ImportProblem.cell(headerRow, null, "statistics.problem.noColumns"));
        }
        for (Row row : data) {
            UnitCodes.Resolved unit = unit(row, context, parsed);
            if (unit == null) {
                continue;
            }
            for (Column column : columns) {
                BigDecimal value = value(row, column.index(), column.label(), parsed);
                if (value != null) {
                    parsed.add(row.number(), column.label(), column.code(), column.year(), unit.teryt(), value);
                }
            }
        }
    }

    /** One value per row: Kod, Nazwa, the variable's dimensions, Rok, Wartosc, Jednostka miary, Atrybut. */
    private static void vertical(Row header, List<Row> data, List<String> names, ImportContext context,
            String chosen, ParsedImport parsed) {
        int yearColumn = names.indexOf("rok");
        int valueColumn = names.indexOf("wartosc");
        int lastDimension = Math.min(yearColumn, valueColumn);
        Map<String, String> codeOfLabel = new HashMap<>();
        Set<String> unresolved = new HashSet<>();
        for (Row row : data) {
            UnitCodes.Resolved unit = unit(row, context, parsed);
            if (unit == null) {
                continue;
            }
            int end = Math.max(2, Math.min(lastDimension, row.cells().size()));
            String label = Labels.collapse(String.join(" ", row.cells().subList(Math.min(2, end), end)));
            String code = codeOfLabel.get(label);
            if (code == null && !unresolved.contains(label)) {
                int problems = parsed.problems().size();
                code = indicator(label, context, chosen, row.number(), lastDimension, parsed);
                if (parsed.problems().size() > problems) {
                    unresolved.add(label);
                } else {
                    codeOfLabel.put(label, code);
                }
            }
            if (code == null) {
                continue;
            }
            String yearCell = row.cell(yearColumn);
            if (!yearCell.matches("\\d{4}")) {
                parsed.problem(ImportProblem.cell(row.number(), header.cell(yearColumn),
                        "statistics.problem.year.format", yearCell));
                continue;
            }
            int year = Integer.parseInt(yearCell);
            String yearProblem = context.yearProblem(context.indicator(code).orElseThrow(), year);
            if (yearProblem != null) {
                parsed.problem(ImportProblem.cell(row.number(), header.cell(yearColumn), yearProblem, year, code,
                        context.currentYear(), ImportContext.FIRST_YEAR));
                continue;
            }
            BigDecimal value = value(row, valueColumn, header.cell(valueColumn), parsed);
            if (value != null) {
                parsed.add(row.number(), header.cell(valueColumn), code, year, unit.teryt(), value);
            }
        }
    }

    /**
     * The indicator a label names: a code written in it as a whole word, else an indicator whose
     * BDL alias or Polish name it is, else the one chosen in the form; else a problem, and null.
     */
    private static String indicator(String label, ImportContext context, String chosen, int row, int number,
            ParsedImport parsed) {
        List<String> written = context.indicators().keySet().stream().filter(code -> containsWord(label, code))
                .sorted().toList();
        if (written.size() == 1) {
            return written.get(0);
        }
        if (written.size() > 1) {
            parsed.problem(ImportProblem.column(row, number, label, "statistics.problem.column.severalCodes",
                    String.join(", ", written)));
            return null;
        }
        String named = context.codeByLabel().get(Labels.normalise(label));
        if (named != null) {
            return named;
        }
        if (chosen != null) {
            return chosen;
        }
        parsed.problem(ImportProblem.column(row, number, label, "statistics.problem.column.indicator"));
        return null;
    }

    static boolean containsWord(String label, String code) {
        int from = 0;
        while (true) {
            int at = label.indexOf(code, from);
            if (at < 0) {
                return false;
            }
            int end = at + code.length();
            boolean before = at == 0 || !WORD_CHARACTER.matcher(label.substring(at - 1, at)).matches();
            boolean after = end == label.length() || !WORD_CHARACTER.matcher(label.substring(end, end + 1)).matches();
            if (before && after) {
                return true;
            }
            from = at + 1;
        }
    }

    /** The unit of a data row, or null when the row is skipped (counted) or its id is bad (a problem). */
    private static UnitCodes.Resolved unit(Row row, ImportContext context, ParsedImport parsed) {
        String id = UnitCodes.digits(row.cell(0));
        if (id == null || id.length() != 12) {
            parsed.problem(ImportProblem.cell(row.number(), "Kod", "statistics.problem.bdl.unitId", row.cell(0)));
            return null;
        }
        UnitCodes.Resolved unit = UnitCodes.bdl(id, context);
        if (unit.kind() == UnitCodes.Kind.UNKNOWN) {
            parsed.problem(ImportProblem.cell(row.number(), "Kod", "statistics.problem.bdl.unknownUnit", id,
                    unit.teryt(), row.cell(1)));
            return null;
        }
        return parsed.skipped(unit.kind()) ? null : unit;
    }

    private static BigDecimal value(Row row, int column, String label, ParsedImport parsed) {
        String cell = row.cell(column);
        try {
            BigDecimal value = StatisticNumbers.parse(cell, true);
            if (value == null) {
                parsed.noData();
            }
            return value;
        } catch (IllegalArgumentException notANumber) {
            parsed.problem(ImportProblem.cell(row.number(), label, "statistics.problem.value.format", cell));
            return null;
        }
    }
}
