package pl.koordynator.es.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * A small uploaded spreadsheet as rows of text cells, read at once: CSV separated by semicolons
 * (what Polish Excel writes) or commas, in UTF-8 or Windows-1250 (see {@link TextFiles}), or the
 * first sheet of an XLSX, checked by {@link ZipBombCheck} before fastexcel opens it. Rows keep
 * their spreadsheet numbers (header = 1); blank rows are left out. Cells are stripped and
 * restored from the spreadsheet-formula guard of {@link Downloads}; XLSX numbers are written
 * plainly ({@code 1234.5}), date-formatted ones as ISO dates ({@code 2025-03-17}).
 *
 * <p>A file that is binary without being an XLSX, or that cannot be read, is a problem naming the
 * field {@code file} in the caller's own words: the keys {@code <keyPrefix>format} and
 * {@code <keyPrefix>unreadable}. The upload size limit and an empty file are the caller's to check.
 */
public final class SpreadsheetRows {

    /** One non-blank row: its number as a spreadsheet shows it, and its cells. */
    public record Row(int number, List<String> cells) {

        /** The cell at {@code index}, or an empty string past the end of the row. */
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    private SpreadsheetRows() {
    }

    /** An XLSX by its content (a zip) or, failing that, by its name. */
    public static boolean xlsx(byte[] content, String fileName) {
        return (content.length > 4 && content[0] == 'P' && content[1] == 'K')
                || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
    }

    /**
     * The rows of {@code content}, as XLSX when {@code xlsx}, else as CSV; problems as the keys
     * {@code keyPrefix + "format"} (a binary file) and {@code keyPrefix + "unreadable"}.
     */
    public static List<Row> read(byte[] content, boolean xlsx, UploadSettings uploads, String keyPrefix) {
        try {
            if (xlsx) {
                ZipBombCheck.require(content, uploads.xlsxUnpacked(), uploads.xlsxRatio());
                return xlsx(content);
            }
            for (int i = 0; i < Math.min(content.length, 8192); i++) {
                if (content[i] == 0) {
                    throw InvalidInputException.of("file", keyPrefix + "format");
                }
            }
            return csv(TextFiles.decode(content));
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", keyPrefix + "unreadable");
        }
    }

    private static List<Row> csv(String text) throws IOException {
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        char separator = semicolons >= commas && semicolons > 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList().stream()
                        .map(cell -> cell == null ? "" : Downloads.restored(cell.strip())).toList();
                if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new Row(number, cells));
                }
            }
        }
        return rows;
    }

    private static List<Row> xlsx(byte[] content) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new ReadingOptions(true, false));
             Stream<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().openStream()) {
            Iterator<org.dhatim.fastexcel.reader.Row> iterator = sheet.iterator();
            while (iterator.hasNext()) {
                org.dhatim.fastexcel.reader.Row row = iterator.next();
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new Row(row.getRowNum(), cells));
                }
            }
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && format.toLowerCase(Locale.ROOT).matches(".*(yy|dd|mm).*")
                    && !format.contains("0")) {
                return cell.asDate().toLocalDate().toString();
            }
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : Downloads.restored(text.strip());
    }
}
