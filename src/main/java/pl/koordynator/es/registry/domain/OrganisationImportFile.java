package pl.koordynator.es.registry.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
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
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;
import pl.koordynator.es.shared.ZipBombCheck;

/**
 * An uploaded register as rows of text cells, whatever it came as: CSV separated by semicolons
 * (what Polish Excel writes) or commas, in UTF-8 or Windows-1250 (older Polish Excel), or XLSX.
 * Rows are numbered as a spreadsheet shows them, the header being row 1; blank rows are skipped.
 * The file is read again on every pass, so a 100,000-row register never sits in memory as cells.
 */
public final class OrganisationImportFile {

    static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * One data row: its number in the spreadsheet and its cells, blank ones as empty strings; which
     * cells were numbers in an XLSX, as those lost any leading zeros ("0000123456" became 123456).
     */
    public record ImportRow(int number, List<String> cells, Set<Integer> numberCells) {

        public ImportRow(int number, List<String> cells) {
            this(number, cells, Set.of());
        }

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        public boolean numberCell(int index) {
            return numberCells.contains(index);
        }
    }

    private final byte[] content;
    private final boolean xlsx;
    private final Charset charset;
    private final char separator;
    private final List<String> header;

    private OrganisationImportFile(byte[] content, String fileName, UploadSettings uploads) {
        this.content = content;
        requireWithinLimits(content, fileName, uploads);
        this.xlsx = xlsx(content, fileName);
        if (xlsx) {
            this.charset = null;
            this.separator = 0;
        } else {
            if (looksBinary(content)) {
                throw InvalidInputException.of("file", "registryimport.file.format");
            }
            this.charset = isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1250;
            this.separator = separatorOf(firstLine(content, charset));
        }
        List<String> first = new ArrayList<>();
        rows(row -> {
            if (first.isEmpty()) {
                first.addAll(row.cells());
            }
        }, true);
        if (first.isEmpty()) {
            throw InvalidInputException.of("file", "registryimport.file.empty");
        }
        this.header = List.copyOf(first);
    }

    /**
     * Reads the header; a file that is not CSV or XLSX, is empty or is over the limits of
     * {@code uploads} is a problem naming {@code file}.
     */
    public static OrganisationImportFile of(byte[] content, String fileName, UploadSettings uploads) {
        return new OrganisationImportFile(content, fileName, uploads);
    }

    /** With the limits as they are without any setting. */
    static OrganisationImportFile of(byte[] content, String fileName) {
        return of(content, fileName, UploadSettings.defaults());
    }

    /**
     * Refuses, as a problem naming {@code file}, an empty file, one over the register's upload
     * limit and an XLSX that unpacks to too much: checked before any parser sees the file.
     */
    public static void requireWithinLimits(byte[] content, String fileName, UploadSettings uploads) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "registryimport.file.empty");
        }
        Uploads.require(content, uploads.organisations());
        if (xlsx(content, fileName)) {
            try {
                ZipBombCheck.require(content, uploads.xlsxUnpacked(), uploads.xlsxRatio());
            } catch (IOException unreadable) {
                throw InvalidInputException.of("file", "registryimport.file.unreadableXlsx");
            }
        }
    }

    private static boolean xlsx(byte[] content, String fileName) {
        return (content.length > 4 && content[0] == 'P' && content[1] == 'K')
                || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
    }

    public List<String> header() {
        return header;
    }

    public boolean xlsx() {
        return xlsx;
    }

    public Charset charset() {
        return charset;
    }

    public char separator() {
        return separator;
    }

    /** Hands every non-blank data row to the consumer, in order. */
    public void forEachRow(Consumer<ImportRow> consumer) {
        boolean[] headerSeen = {false};
        rows(row -> {
            if (headerSeen[0]) {
                consumer.accept(row);
            } else {
                headerSeen[0] = true;
            }
        }, false);
    }

    /** Number of non-blank data rows, for a progress bar. */
    public int countRows() {
        int[] count = {0};
        forEachRow(row -> count[0]++);
        return count[0];
    }

    private void rows(Consumer<ImportRow> consumer, boolean headerOnly) {
        Consumer<ImportRow> guarded = row -> {
            try {
                consumer.accept(row);
            } catch (RuntimeException failure) {
                throw new ConsumerFailure(failure);
            }
        };
        try {
            if (xlsx) {
                xlsxRows(guarded, headerOnly);
            } else {
                csvRows(guarded, headerOnly);
            }
        } catch (StopReading stop) {
            // the header was all that was wanted
        } catch (ConsumerFailure failure) {
            // a problem of whoever reads the rows, not of the file
            throw (RuntimeException) failure.getCause();
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("file",
                    xlsx ? "registryimport.file.unreadableXlsx" : "registryimport.file.unreadableCsv")));
        }
    }

    private void csvRows(Consumer<ImportRow> consumer, boolean headerOnly) throws IOException {
        int offset = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, offset, content.length - offset),
                charset); CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            int number = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                number++;
                // a register this platform exported and someone corrected: its formula guard comes off
                List<String> cells = record.stream().map(Downloads::restored).toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                consumer.accept(new ImportRow(number, cells));
                if (headerOnly) {
                    throw new StopReading();
                }
            }
        }
    }

    private void xlsxRows(Consumer<ImportRow> consumer, boolean headerOnly) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new ReadingOptions(true, false));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = rows.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<String> cells = new ArrayList<>(row.getCellCount());
                Set<Integer> numbers = new HashSet<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(text(cell));
                    if (cell != null && cell.getType() == CellType.NUMBER) {
                        numbers.add(i);
                    }
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                consumer.accept(new ImportRow(row.getRowNum(), cells, Set.copyOf(numbers)));
                if (headerOnly) {
                    throw new StopReading();
                }
            }
        }
    }

    /** Numbers without Excel's ".0", dates as yyyy-MM-dd, everything else as its text. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && format.toLowerCase(Locale.ROOT).matches(".*[dy].*")) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        // our CSV saved again as XLSX keeps the quote that guarded it against formulas
        return text == null ? "" : Downloads.restored(text.strip());
    }

    static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Excel saves Polish CSV with semicolons (the comma is the decimal separator); others use commas. */
    static char separatorOf(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static String firstLine(byte[] content, Charset charset) {
        String start = new String(content, 0, Math.min(content.length, 64 * 1024), charset);
        int end = start.indexOf('\n');
        return end < 0 ? start : start.substring(0, end);
    }

    /** NUL bytes never occur in a text register; a PDF, image or ODS does contain them. */
    private static boolean looksBinary(byte[] content) {
        int limit = Math.min(content.length, 8 * 1024);
        for (int i = 0; i < limit; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    private static final class ConsumerFailure extends RuntimeException {
        ConsumerFailure(RuntimeException cause) {
            super(cause);
        }
    }
}
