package pl.koordynator.es.statistics.domain;

import java.util.List;

/**
 * A problem of a statistics file: its row as a spreadsheet numbers it (header = 1), the label of
 * its column (null when it concerns the whole file), and a message key with its arguments, so a
 * stored report reads in the language of whoever opens it. {@code columnNumber} is set for a
 * problem of a whole BDL column, whose message then starts with "Kolumna N „label”".
 */
public record ImportProblem(int row, String column, Integer columnNumber, String key, List<String> args) {

    static ImportProblem cell(int row, String column, String key, Object... args) {
        return new ImportProblem(row, column, null, key, strings(args));
    }

    static ImportProblem column(int row, int columnNumber, String label, String key, Object... args) {
        return new ImportProblem(row, label, columnNumber, key, strings(args));
    }

    private static List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
