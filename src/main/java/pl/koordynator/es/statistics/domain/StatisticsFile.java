package pl.koordynator.es.statistics.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.TextFiles;

/**
 * An uploaded statistics file as rows of text cells, with its layout recognised from the header:
 * BDL when the first row starts with {@code Kod;Nazwa}, long when it names the columns teryt,
 * code, year and value (in English or Polish). Anything else, an empty file or a binary one, is
 * a problem naming the field {@code file}. Rows keep their spreadsheet numbers (header = 1);
 * blank rows are left out.
 */
final class StatisticsFile {

    /** One non-blank row: its number as a spreadsheet shows it, and its cells. */
    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        boolean blankFrom(int index) {
            return cells.stream().skip(Math.max(0, index)).allMatch(String::isBlank);
        }
    }

    static final Set<String> TERYT = Set.of("teryt", "kod teryt", "kod_teryt");
    static final Set<String> CODE = Set.of("code", "kod", "kod wskaznika", "wskaznik", "indicator");
    static final Set<String> YEAR = Set.of("year", "rok");
    static final Set<String> VALUE = Set.of("value", "wartosc");

    private final ImportLayout layout;
    private final char separator;
    private final List<Row> rows;

    private StatisticsFile(ImportLayout layout, char separator, List<Row> rows) {
        this.layout = layout;
        this.separator = separator;
        this.rows = rows;
    }

    static StatisticsFile read(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "statistics.file.empty");
        }
        if (binary(content)) {
            throw InvalidInputException.of("file", "statistics.file.format");
        }
        String text = TextFiles.decode(content);
        char separator = separatorOf(firstLine(text));
        List<Row> rows = parse(text, separator);
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "statistics.file.empty");
        }
        ImportLayout layout = layoutOf(rows.get(0));
        if (layout == null) {
            throw InvalidInputException.of("file", "statistics.file.layout");
        }
        if (rows.size() < 2) {
            throw InvalidInputException.of("file", "statistics.file.noRows");
        }
        return new StatisticsFile(layout, separator, List.copyOf(rows));
    }

    ImportLayout layout() {
        return layout;
    }

    char separator() {
        return separator;
    }

    /** Every non-blank row, the header first. */
    List<Row> rows() {
        return rows;
    }

    /** A header cell reduced to compare with known column names: lower case, no accents. */
    static String headerName(String cell) {
        return Labels.normalise(cell.replace('_', ' '));
    }

    private static ImportLayout layoutOf(Row header) {
        if ("kod".equals(headerName(header.cell(0))) && "nazwa".equals(headerName(header.cell(1)))) {
            return ImportLayout.BDL;
        }
        List<String> names = header.cells().stream().map(StatisticsFile::headerName).toList();
        boolean long_ = names.stream().anyMatch(TERYT::contains) && names.stream().anyMatch(CODE::contains)
                && names.stream().anyMatch(YEAR::contains) && names.stream().anyMatch(VALUE::contains);
        return long_ ? ImportLayout.LONG : null;
    }

    private static List<Row> parse(String text, char separator) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList().stream().map(cell -> cell == null ? "" : cell.strip()).toList();
                if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new Row(number, cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException unreadable) {
            // commons-csv reports an unclosed quote as an UncheckedIOException or IllegalStateException
            throw InvalidInputException.of("file", "statistics.file.unreadable");
        }
        return rows;
    }

    /** Excel saves Polish CSV with semicolons (the comma is the decimal separator); others use commas. */
    static char separatorOf(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static String firstLine(String text) {
        for (String line : text.split("\\R", 50)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    /** NUL bytes never occur in a text file; a ZIP (XLSX, ODS), PDF or image has them or starts as one. */
    private static boolean binary(byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return true;
        }
        int limit = Math.min(content.length, 8 * 1024);
        for (int i = 0; i < limit; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        String start = new String(content, 0, Math.min(content.length, 5), StandardCharsets.ISO_8859_1);
        return start.startsWith("%PDF");
    }
}
