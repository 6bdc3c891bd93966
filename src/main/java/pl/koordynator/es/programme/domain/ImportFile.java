package pl.koordynator.es.programme.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.Normalizer;
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
import org.dhatim.fastexcel.reader.Row;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.TextFiles;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;
import pl.koordynator.es.shared.ZipBombCheck;

/**
 * An uploaded file of targets and values as rows of text cells, read the way the register's and
 * the statistics' imports read theirs: CSV with semicolons or commas in UTF-8 or Windows-1250, or
 * the first sheet of an XLSX (checked against the upload limits first). Rows keep their
 * spreadsheet numbers (header = 1); blank rows are left out. The files are small (a programme has
 * tens of indicators), so the rows are read at once.
 */
final class ImportFile {

    record FileRow(int number, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    private ImportFile() {
    }

    static List<FileRow> read(byte[] content, String fileName, UploadSettings uploads) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "programme.import.file.empty");
        }
        Uploads.require(content, uploads.statistics());
        boolean xlsx = (content.length > 4 && content[0] == 'P' && content[1] == 'K')
                || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
        try {
            if (xlsx) {
                ZipBombCheck.require(content, uploads.xlsxUnpacked(), uploads.xlsxRatio());
                return xlsx(content);
            }
            for (int i = 0; i < Math.min(content.length, 8192); i++) {
                if (content[i] == 0) {
                    throw InvalidInputException.of("file", "programme.import.file.format");
                }
            }
            return csv(TextFiles.decode(content));
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "programme.import.file.unreadable");
        }
    }

    private static List<FileRow> csv(String text) throws IOException {
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        char separator = semicolons >= commas && semicolons > 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        List<FileRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList().stream()
                        .map(cell -> cell == null ? "" : Downloads.restored(cell.strip())).toList();
                if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new FileRow(number, cells));
                }
            }
        }
        return rows;
    }

    private static List<FileRow> xlsx(byte[] content) throws IOException {
        List<FileRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new ReadingOptions(true, false));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = sheet.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new FileRow(row.getRowNum(), cells));
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
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : Downloads.restored(text.strip());
    }

    /** A header cell as compared with the known names: lower case, no Polish letters, no spaces around. */
    static String headerName(String cell) {
        String plain = Normalizer.normalize(cell.strip().toLowerCase(Locale.ROOT).replace('ł', 'l'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replace('_', ' ').replaceAll("\\s+", " ");
    }

    /** A number as Polish spreadsheets write it: a decimal comma, spaces between thousands; null when it is none. */
    static BigDecimal number(String text) {
        String plain = text.strip().replace("\u00a0", "").replace(" ", "").replace(',', '.');
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain);
    }
}
