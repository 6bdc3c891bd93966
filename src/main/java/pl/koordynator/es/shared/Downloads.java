package pl.koordynator.es.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Every file a user downloads. An export describes its table once ({@link Table}: the header
 * labels, a value per column, the rows as a stream) and gets a CSV and an XLSX from the same
 * description, with the {@code Content-Disposition} that keeps Polish letters in file names.
 * <ul>
 * <li>CSV as Polish Excel opens it with a double click: UTF-8 with a byte order mark (without it
 * Excel reads Windows-1250 and garbles the Polish letters), semicolons (the comma is the decimal
 * separator), CRLF, numbers with a decimal comma and no grouping, dates {@code dd.MM.yyyy}.</li>
 * <li>XLSX: bold, frozen header with an autofilter; numbers and dates are real cells, so they sum
 * and sort; flushed every {@value #FLUSH_EVERY} rows and text written as inline strings, so a
 * 100,000-row register never sits in memory.</li>
 * <li>Formulas are neutralised here and nowhere else (OWASP "CSV injection"): a text cell
 * beginning with {@code = + - @}, tab or CR would be run as a formula by Excel and LibreOffice
 * when the file is opened, e.g. an organisation named {@code =HYPERLINK("http://x";"y")}.</li>
 * </ul>
 */
public final class Downloads {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX = new MediaType("application",
            "vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Whether the browser saves the file ({@code attachment}) or may show it ({@code inline}). */
    public enum Disposition {
        ATTACHMENT, INLINE
    }

    /** The rows of a table, handed over one by one, so that a large export is streamed. */
    @FunctionalInterface
    public interface Rows<T> {
        void forEach(Consumer<T> row);
    }

    /** One column: its header label, its width in characters (0: the spreadsheet's), its value of a row. */
    public record Column<T>(String label, int width, Function<? super T, ?> value) {
    }

    /**
     * A table to download: a sheet name (XLSX only), optional title lines above the header, the
     * columns, the rows and an optional bold footer (totals). A value is written by its type:
     * {@link Number} as a number, {@link LocalDate} and {@link LocalDateTime} as a date, anything
     * else as its text, {@code null} as an empty cell.
     */
    public static final class Table<T> {

        private final String name;
        private final List<String> titles = new ArrayList<>();
        private final List<Column<T>> columns = new ArrayList<>();
        private Rows<T> rows = row -> { };
        private List<Object> footer = List.of();

        public Table(String name) {
            this.name = name;
        }

        /** A line above the header (a title, a note); the header follows after one empty row. */
        public Table<T> title(String line) {
            titles.add(line);
            return this;
        }

        public Table<T> column(String label, Function<? super T, ?> value) {
            return column(label, 0, value);
        }

        public Table<T> column(String label, int width, Function<? super T, ?> value) {
            columns.add(new Column<>(label, width, value));
            return this;
        }

        public Table<T> rows(Rows<T> rows) {
            this.rows = rows;
            return this;
        }

        public Table<T> rows(Iterable<? extends T> rows) {
            this.rows = rows::forEach;
            return this;
        }

        /** A last row in bold, one value per column ({@code null} leaves a cell empty). */
        public Table<T> footer(Object... cells) {
            this.footer = Arrays.asList(cells);
            return this;
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat SEMICOLONS = CSVFormat.DEFAULT.builder().setDelimiter(';')
            .setRecordSeparator("\r\n").get();
    private static final int FLUSH_EVERY = 1000;
    private static final String HEADER_FILL = "DDE6F0";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** Characters RFC 5987 lets stand unencoded in {@code filename*}. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Downloads() {
    }

    // ---------------------------------------------------------------- Content-Disposition

    /**
     * The header of RFC 6266: an ASCII {@code filename} for old clients (Polish letters without
     * their marks: {@code ł} → {@code l}) and, when the name is not plain ASCII, the exact name as
     * {@code filename*=UTF-8''…}, which every current browser prefers.
     */
    public static String contentDisposition(Disposition disposition, String fileName) {
        String fallback = asciiFileName(fileName);
        StringBuilder header = new StringBuilder(disposition == Disposition.INLINE ? "inline" : "attachment")
                .append("; filename=\"").append(fallback).append('"');
        if (!fallback.equals(fileName)) {
            header.append("; filename*=UTF-8''").append(percentEncoded(fileName));
        }
        return header.toString();
    }

    /** Headers of a file to save, for a {@code ResponseEntity}. */
    public static HttpHeaders attachment(MediaType type, String fileName) {
        return headers(Disposition.ATTACHMENT, type, fileName);
    }

    /** Headers of a file a browser may open in place (a calendar), for a {@code ResponseEntity}. */
    public static HttpHeaders inline(MediaType type, String fileName) {
        return headers(Disposition.INLINE, type, fileName);
    }

    /** Sets the headers of a file to save, before its body is written to the response. */
    public static void attachment(HttpServletResponse response, MediaType type, String fileName) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(Disposition.ATTACHMENT, fileName));
    }

    private static HttpHeaders headers(Disposition disposition, MediaType type, String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.set(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(disposition, fileName));
        return headers;
    }

    private static String asciiFileName(String name) {
        String plain = Normalizer.normalize(name.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            // quotes and backslashes would end the quoted string; some browsers decode %xx in it
            boolean safe = c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%';
            ascii.append(safe ? c : '_');
        }
        return ascii.toString();
    }

    private static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    // ---------------------------------------------------------------- formulas

    /**
     * A text as a spreadsheet must show it: a text beginning with {@code = + - @}, tab or CR gets a
     * leading {@code '}, OWASP's advice against CSV injection; Excel and LibreOffice then take the
     * cell as text (depending on the program the quote itself may show). Numbers never come here,
     * so {@code -5} stays a number.
     */
    public static String neutralised(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * The text of a cell before {@link #neutralised}: an import reading back a CSV this platform
     * wrote (the register corrected in a spreadsheet) gets {@code +48 58 …}, not {@code '+48 58 …}.
     */
    public static String restored(String cell) {
        boolean guarded = cell != null && cell.length() > 1 && cell.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0;
        return guarded ? cell.substring(1) : cell;
    }

    // ---------------------------------------------------------------- CSV

    /** Sends the table as a CSV attachment. */
    public static void csv(HttpServletResponse response, String fileName, Table<?> table) throws IOException {
        attachment(response, CSV, fileName);
        writeCsv(response.getOutputStream(), table);
    }

    /** Writes the table as CSV; the stream is flushed, not closed. */
    public static void writeCsv(OutputStream out, Table<?> table) throws IOException {
        out.write(BOM);
        CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                SEMICOLONS);
        try {
            csvRecords(csv, table);
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
        csv.flush();
    }

    private static <T> void csvRecords(CSVPrinter csv, Table<T> table) throws IOException {
        for (String title : table.titles) {
            csv.printRecord(neutralised(title));
        }
        if (!table.titles.isEmpty()) {
            csv.println();
        }
        csv.printRecord(table.columns.stream().map(column -> neutralised(column.label())).toList());
        table.rows.forEach(row -> {
            try {
                csv.printRecord(table.columns.stream().map(column -> csvCell(column.value().apply(row))).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!table.footer.isEmpty()) {
            csv.printRecord(table.footer.stream().map(Downloads::csvCell).toList());
        }
    }

    /** A value as the text of a Polish CSV cell. */
    public static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return plainNumber(number).replace('.', ',');
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof LocalDateTime moment) {
            return DATE_TIME.format(moment);
        }
        return neutralised(value.toString());
    }

    private static String plainNumber(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return Double.isFinite(value) ? new BigDecimal(number.toString()).stripTrailingZeros().toPlainString()
                    : "";
        }
        return number instanceof BigInteger || number instanceof Long || number instanceof Integer
                || number instanceof Short || number instanceof Byte ? number.toString()
                : new BigDecimal(number.toString()).toPlainString();
    }

    // ---------------------------------------------------------------- XLSX

    /** Sends the tables as an XLSX attachment, one sheet each. */
    public static void xlsx(HttpServletResponse response, String fileName, Table<?>... tables) throws IOException {
        attachment(response, XLSX, fileName);
        writeXlsx(response.getOutputStream(), List.of(tables));
    }

    /** Writes the tables as an XLSX workbook, one sheet each; the stream is not closed. */
    public static void writeXlsx(OutputStream out, List<? extends Table<?>> tables) throws IOException {
        Workbook workbook = new Workbook(out, "Koordynator ES", "1.0");
        try {
            for (Table<?> table : tables) {
                sheet(workbook, table);
            }
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
        workbook.finish();
    }

    private static <T> void sheet(Workbook workbook, Table<T> table) throws IOException {
        Worksheet sheet = workbook.newWorksheet(sheetName(table.name));
        List<Column<T>> columns = table.columns;
        int last = Math.max(columns.size() - 1, 0);
        for (int t = 0; t < table.titles.size(); t++) {
            xlsxCell(sheet, t, 0, table.titles.get(t));
        }
        int header = table.titles.isEmpty() ? 0 : table.titles.size() + 1;
        for (int c = 0; c < columns.size(); c++) {
            xlsxCell(sheet, header, c, columns.get(c).label());
            if (columns.get(c).width() > 0) {
                sheet.width(c, columns.get(c).width());
            }
        }
        sheet.range(header, 0, header, last).style().bold().fillColor(HEADER_FILL).wrapText(true).set();
        // the widths and the frozen pane go out with the first flush, so they are set before any row
        sheet.freezePane(0, header + 1);
        int[] row = {header + 1};
        table.rows.forEach(item -> {
            int r = row[0]++;
            for (int c = 0; c < columns.size(); c++) {
                xlsxCell(sheet, r, c, columns.get(c).value().apply(item));
            }
            if ((r + 1) % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        sheet.setAutoFilter(header, 0, row[0] - 1, last);
        if (!table.footer.isEmpty()) {
            for (int c = 0; c < table.footer.size(); c++) {
                xlsxCell(sheet, row[0], c, table.footer.get(c));
            }
            sheet.range(row[0], 0, row[0], last).style().bold().set();
        }
        // the zip entry of a sheet must be complete before the next sheet writes its own
        sheet.finish();
    }

    /**
     * Text goes in as an inline string: a string cell, which Excel and LibreOffice show as text
     * and never evaluate, whatever its first character, so it needs no {@code '} (that would
     * change the value a formula or an import reads from the cell). Inline rather than shared
     * strings because fastexcel keeps the shared-string table in memory until the end.
     */
    private static void xlsxCell(Worksheet sheet, int row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            if (!(number instanceof Double || number instanceof Float) || Double.isFinite(number.doubleValue())) {
                sheet.value(row, column, number);
            }
        } else if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("dd.mm.yyyy").set();
        } else if (value instanceof LocalDateTime moment) {
            sheet.value(row, column, moment);
            sheet.style(row, column).format("dd.mm.yyyy hh:mm").set();
        } else {
            sheet.inlineString(row, column, value.toString());
        }
    }

    /** Excel refuses a sheet name longer than 31 characters or with any of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String safe = name == null || name.isBlank() ? "Arkusz1" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }
}
