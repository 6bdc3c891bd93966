package pl.koordynator.es.publicservices.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import pl.koordynator.es.publicservices.EmploymentGroup;
import pl.koordynator.es.publicservices.LotInput;
import pl.koordynator.es.publicservices.LotResult;
import pl.koordynator.es.publicservices.ProcurementImportProblem;
import pl.koordynator.es.publicservices.ProcurementImportReport.Format;
import pl.koordynator.es.publicservices.ProcurementInput;
import pl.koordynator.es.publicservices.ProcurementProcedure;
import pl.koordynator.es.publicservices.ReservedFor;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.TextFiles;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.ZipBombCheck;

/**
 * A CSV or XLSX of procurements, one row per lot, read into procurements: rows sharing the
 * {@code procurement_ref}, else the OCDS id, else the notice number form one procurement (a row with
 * none of them is a procurement of its own), whose facts are taken from its first row. CSV with
 * semicolons or commas in UTF-8 or Windows-1250, or the first sheet of an XLSX (checked against the
 * upload limits first). Numbers as Polish spreadsheets write them ({@code 1 234,56}) or with a dot;
 * dates {@code dd.MM.yyyy} or ISO; yes/no as {@code tak}/{@code nie} (also yes/no, true/false, 1/0, x);
 * the dictionaries by code ({@code OPEN_TENDER}) or by their Polish or English label. Rows keep
 * their spreadsheet numbers (header = 1); blank rows are left out.
 */
final class ProcurementFileReader {

    record FileRow(int number, List<String> cells) {
    }

    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final Set<String> YES = Set.of("tak", "t", "yes", "y", "true", "1", "x");
    private static final Set<String> NO = Set.of("nie", "n", "no", "false", "0", "");

    private final List<Function<String, String>> labels;

    /** {@code labels}: message key to label, one function per language the file may use. */
    ProcurementFileReader(List<Function<String, String>> labels) {
        this.labels = List.copyOf(labels);
    }

    /** OCDS when the text starts with '{' (after a BOM or spaces), XLSX when it is a zip, else CSV. */
    static Format format(byte[] content) {
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K') {
            return Format.XLSX;
        }
        int start = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF ? 3 : 0;
        for (int i = start; i < content.length; i++) {
            if (!Character.isWhitespace(content[i])) {
                return content[i] == '{' || content[i] == '[' ? Format.OCDS : Format.CSV;
            }
        }
        return Format.CSV;
    }

    static List<FileRow> rows(byte[] content, Format format, UploadSettings uploads) {
        try {
            if (format == Format.XLSX) {
                ZipBombCheck.require(content, uploads.xlsxUnpacked(), uploads.xlsxRatio());
                return xlsx(content);
            }
            for (int i = 0; i < Math.min(content.length, 8192); i++) {
                if (content[i] == 0) {
                    throw InvalidInputException.of("file", "publicservices.import.file.format");
                }
            }
            return csv(TextFiles.decode(content));
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "publicservices.import.file.unreadable");
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

    /**
     * The procurements of the rows (the first being the header). A header without the buyer, the
     * title, the procedure or the notice date, or a file without data rows, is a problem of the file.
     */
    List<ProcurementDraft> procurements(List<FileRow> rows) {
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "publicservices.import.file.empty");
        }
        Map<ProcurementImportColumn, Integer> columns = new EnumMap<>(ProcurementImportColumn.class);
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            ProcurementImportColumn.of(header.get(i)).ifPresent(column -> columns.putIfAbsent(column, index));
        }
        List<String> missing = Stream.of(ProcurementImportColumn.BUYER, ProcurementImportColumn.TITLE,
                        ProcurementImportColumn.PROCEDURE, ProcurementImportColumn.NOTICE_DATE)
                .filter(column -> !columns.containsKey(column)).map(ProcurementImportColumn::key).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("file", "publicservices.import.file.header", String.join(", ", missing));
        }
        if (rows.size() < 2) {
            throw InvalidInputException.of("file", "publicservices.import.file.noRows");
        }
        Map<String, List<Cells>> groups = new LinkedHashMap<>();
        for (FileRow row : rows.subList(1, rows.size())) {
            Cells cells = new Cells(row, columns);
            String reference = Stream.of(ProcurementImportColumn.REFERENCE, ProcurementImportColumn.OCDS_ID,
                            ProcurementImportColumn.NOTICE_NUMBER).map(cells::text).filter(text -> !text.isEmpty())
                    .findFirst().map(text -> text.toLowerCase(Locale.ROOT)).orElse("row " + row.number());
            groups.computeIfAbsent(reference, key -> new ArrayList<>()).add(cells);
        }
        return groups.values().stream().map(this::procurement).toList();
    }

    private ProcurementDraft procurement(List<Cells> rows) {
        Cells first = rows.get(0);
        List<ProcurementImportProblem> problems = new ArrayList<>();
        Parser p = new Parser(first, problems);
        ProcurementDraft.Buyer buyer = buyer(first, problems);
        String title = p.required(ProcurementImportColumn.TITLE);
        String noticeNumber = p.optional(ProcurementImportColumn.NOTICE_NUMBER);
        String ocdsId = p.optional(ProcurementImportColumn.OCDS_ID);
        List<String> cpv = first.text(ProcurementImportColumn.CPV).isEmpty() ? List.of()
                : List.of(first.text(ProcurementImportColumn.CPV).split("[;,\\s]+"));
        BigDecimal estimated = p.number(ProcurementImportColumn.ESTIMATED_VALUE);
        BigDecimal awarded = p.number(ProcurementImportColumn.AWARDED_VALUE);
        String comment = p.optional(ProcurementImportColumn.VALUE_COMMENT);
        ProcurementProcedure procedure = p.choice(ProcurementImportColumn.PROCEDURE, ProcurementProcedure.class,
                "publicservices.procedure.", true);
        LocalDate noticeDate = p.date(ProcurementImportColumn.NOTICE_DATE, true);
        LocalDate deadline = p.date(ProcurementImportColumn.DEADLINE, false);
        String gmina = p.optional(ProcurementImportColumn.GMINA);
        List<LotInput> lots = new ArrayList<>();
        List<Integer> lotRows = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (Cells row : rows) {
            Parser lot = new Parser(row, problems);
            Integer number = lot.integer(ProcurementImportColumn.LOT_NUMBER);
            number = number == null ? lots.size() + 1 : number;
            if (!numbers.add(number)) {
                problems.add(row.at(ProcurementImportColumn.LOT_NUMBER).problem("publicservices.import.lot.duplicate",
                        number));
            }
            String lotTitle = lot.optional(ProcurementImportColumn.LOT_TITLE);
            BigDecimal lotValue = lot.number(ProcurementImportColumn.LOT_ESTIMATED_VALUE);
            if (lotValue == null && rows.size() == 1) {
                lotValue = estimated;
            }
            lots.add(new LotInput(number, lotTitle == null && rows.size() == 1 ? null : lotTitle, lotValue,
                    lot.choice(ProcurementImportColumn.ART94, ReservedFor.class, "publicservices.reservedFor.", false),
                    lot.yesNo(ProcurementImportColumn.ART95),
                    lot.choice(ProcurementImportColumn.ART96_GROUP, EmploymentGroup.class,
                            "publicservices.employmentGroup.", false),
                    lot.integer(ProcurementImportColumn.ART96_PERSONS), lot.integer(ProcurementImportColumn.ART96_MONTHS),
                    lot.number(ProcurementImportColumn.CRITERION_WEIGHT), lot.yesNo(ProcurementImportColumn.ART359),
                    lot.yesNo(ProcurementImportColumn.ART361),
                    result(lot, row),
                    lot.integer(ProcurementImportColumn.BIDS), lot.maybe(ProcurementImportColumn.PES_BID),
                    lot.maybe(ProcurementImportColumn.PS_BID), null, lot.optional(ProcurementImportColumn.CONTRACTOR_NAME),
                    lot.nip(ProcurementImportColumn.CONTRACTOR_NIP), lot.number(ProcurementImportColumn.CONTRACT_VALUE),
                    lot.date(ProcurementImportColumn.CONTRACT_START, false),
                    lot.date(ProcurementImportColumn.CONTRACT_END, false),
                    lot.integer(ProcurementImportColumn.PERSONS_EMPLOYED)));
            lotRows.add(row.row.number());
        }
        ProcurementInput input = new ProcurementInput(null, title, noticeNumber, ocdsId, cpv, estimated, awarded,
                comment, procedure, noticeDate, deadline, gmina, lots);
        String reference = ocdsId != null ? ocdsId : noticeNumber != null ? noticeNumber
                : first.text(ProcurementImportColumn.REFERENCE);
        return new ProcurementDraft(reference, List.copyOf(lotRows), buyer, input, problems,
                field -> locate(field, first, rows));
    }

    /** The result written, else AWARDED when the row names a contractor or a contract value, else pending. */
    private static LotResult result(Parser lot, Cells row) {
        LotResult result = lot.choice(ProcurementImportColumn.RESULT, LotResult.class, "publicservices.lotResult.", false);
        if (result == null && row.text(ProcurementImportColumn.RESULT).isEmpty()
                && java.util.stream.Stream.of(ProcurementImportColumn.CONTRACTOR_NAME, ProcurementImportColumn.CONTRACTOR_NIP,
                        ProcurementImportColumn.CONTRACT_VALUE).anyMatch(column -> !row.text(column).isEmpty())) {
            return LotResult.AWARDED;
        }
        return result;
    }

    private static ProcurementDraft.Buyer buyer(Cells row, List<ProcurementImportProblem> problems) {
        ProcurementDraft.Located where = row.at(ProcurementImportColumn.BUYER);
        String text = row.text(ProcurementImportColumn.BUYER);
        if (text.isEmpty()) {
            problems.add(where.problem("publicservices.import.required"));
            return new ProcurementDraft.Buyer(null, null, null, where);
        }
        String digits = text.replaceAll("[\\s-]", "");
        if (digits.matches("\\d{10}")) {
            return new ProcurementDraft.Buyer(null, digits, null, where);
        }
        if (digits.matches("\\d{1,9}")) {
            return new ProcurementDraft.Buyer(Long.valueOf(digits), null, null, where);
        }
        return new ProcurementDraft.Buyer(null, null, text, where);
    }

    /** A field of the input the service named, as the row and column of the file. */
    private static ProcurementDraft.Located locate(String field, Cells first, List<Cells> rows) {
        java.util.regex.Matcher lot = java.util.regex.Pattern.compile("lots\\[(\\d+)]\\.?(\\w*).*").matcher(field);
        if (lot.matches()) {
            int index = Integer.parseInt(lot.group(1));
            Cells row = index < rows.size() ? rows.get(index) : first;
            ProcurementImportColumn column = switch (lot.group(2)) {
                case "number" -> ProcurementImportColumn.LOT_NUMBER;
                case "title" -> ProcurementImportColumn.LOT_TITLE;
                case "estimatedValue" -> ProcurementImportColumn.LOT_ESTIMATED_VALUE;
                case "reservedArt94" -> ProcurementImportColumn.ART94;
                case "employmentContractArt95" -> ProcurementImportColumn.ART95;
                case "employmentArt96Group" -> ProcurementImportColumn.ART96_GROUP;
                case "employmentArt96Persons" -> ProcurementImportColumn.ART96_PERSONS;
                case "employmentArt96Months" -> ProcurementImportColumn.ART96_MONTHS;
                case "socialCriterionWeight" -> ProcurementImportColumn.CRITERION_WEIGHT;
                case "socialServicesArt359" -> ProcurementImportColumn.ART359;
                case "reservedArt361" -> ProcurementImportColumn.ART361;
                case "result" -> ProcurementImportColumn.RESULT;
                case "bidsReceived" -> ProcurementImportColumn.BIDS;
                case "pesBid" -> ProcurementImportColumn.PES_BID;
                case "socialEnterpriseBid" -> ProcurementImportColumn.PS_BID;
                case "contractorNip" -> ProcurementImportColumn.CONTRACTOR_NIP;
                case "contractValue" -> ProcurementImportColumn.CONTRACT_VALUE;
                case "contractStart" -> ProcurementImportColumn.CONTRACT_START;
                case "contractEnd" -> ProcurementImportColumn.CONTRACT_END;
                case "personsEmployed" -> ProcurementImportColumn.PERSONS_EMPLOYED;
                default -> ProcurementImportColumn.CONTRACTOR_NAME;
            };
            return row.at(column);
        }
        ProcurementImportColumn column = switch (field.replaceAll("\\[.*", "")) {
            case "buyerId" -> ProcurementImportColumn.BUYER;
            case "title" -> ProcurementImportColumn.TITLE;
            case "noticeNumber" -> ProcurementImportColumn.NOTICE_NUMBER;
            case "ocdsId" -> ProcurementImportColumn.OCDS_ID;
            case "cpvCodes" -> ProcurementImportColumn.CPV;
            case "estimatedValue" -> ProcurementImportColumn.ESTIMATED_VALUE;
            case "awardedValue" -> ProcurementImportColumn.AWARDED_VALUE;
            case "valueComment" -> ProcurementImportColumn.VALUE_COMMENT;
            case "procedure" -> ProcurementImportColumn.PROCEDURE;
            case "noticeDate" -> ProcurementImportColumn.NOTICE_DATE;
            case "bidDeadline" -> ProcurementImportColumn.DEADLINE;
            case "gminaTeryt" -> ProcurementImportColumn.GMINA;
            default -> null;
        };
        return column == null ? new ProcurementDraft.Located(first.row.number(), field) : first.at(column);
    }

    /** A data row with its columns. */
    private record Cells(FileRow row, Map<ProcurementImportColumn, Integer> columns) {

        String text(ProcurementImportColumn column) {
            Integer index = columns.get(column);
            return index == null || index >= row.cells().size() ? "" : row.cells().get(index).strip();
        }

        ProcurementDraft.Located at(ProcurementImportColumn column) {
            return new ProcurementDraft.Located(row.number(), column.key());
        }
    }

    /** Reads the cells of one row, adding a problem naming the column for each that does not parse. */
    private final class Parser {

        private final Cells row;
        private final List<ProcurementImportProblem> problems;

        Parser(Cells row, List<ProcurementImportProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        private void problem(ProcurementImportColumn column, String key, Object... arguments) {
            problems.add(row.at(column).problem(key, arguments));
        }

        String optional(ProcurementImportColumn column) {
            String text = row.text(column);
            return text.isEmpty() ? null : text;
        }

        String required(ProcurementImportColumn column) {
            String text = optional(column);
            if (text == null) {
                problem(column, "publicservices.import.required");
            }
            return text;
        }

        BigDecimal number(ProcurementImportColumn column) {
            String text = row.text(column);
            if (text.isEmpty()) {
                return null;
            }
            BigDecimal number = ProcurementFileReader.number(text);
            if (number == null) {
                problem(column, "publicservices.import.number", text);
            }
            return number;
        }

        Integer integer(ProcurementImportColumn column) {
            BigDecimal number = number(column);
            if (number == null) {
                return null;
            }
            try {
                return number.intValueExact();
            } catch (ArithmeticException notWhole) {
                problem(column, "publicservices.import.integer", row.text(column));
                return null;
            }
        }

        LocalDate date(ProcurementImportColumn column, boolean required) {
            String text = row.text(column);
            if (text.isEmpty()) {
                if (required) {
                    problem(column, "publicservices.import.required");
                }
                return null;
            }
            LocalDate date = ProcurementFileReader.date(text);
            if (date == null) {
                problem(column, "publicservices.import.date", text);
            }
            return date;
        }

        Boolean maybe(ProcurementImportColumn column) {
            String text = row.text(column);
            return text.isEmpty() ? null : yesNo(column);
        }

        boolean yesNo(ProcurementImportColumn column) {
            String text = row.text(column).toLowerCase(Locale.ROOT);
            if (YES.contains(text)) {
                return true;
            }
            if (!NO.contains(text)) {
                problem(column, "publicservices.import.yesNo", row.text(column));
            }
            return false;
        }

        String nip(ProcurementImportColumn column) {
            String text = row.text(column);
            if (text.isEmpty()) {
                return null;
            }
            String digits = text.replaceAll("^PL|[\\s-]", "");
            if (!digits.matches("\\d{10}")) {
                problem(column, "publicservices.import.nip", text);
                return null;
            }
            return digits;
        }

        <E extends Enum<E>> E choice(ProcurementImportColumn column, Class<E> type, String prefix, boolean required) {
            String text = row.text(column);
            if (text.isEmpty()) {
                if (required) {
                    problem(column, "publicservices.import.required");
                }
                return null;
            }
            E value = ProcurementFileReader.this.choice(type, prefix, text);
            if (value == null) {
                problem(column, "publicservices.import.choice", text);
            }
            return value;
        }
    }

    /** A dictionary value by its code or its label in any language; null when it is none. */
    <E extends Enum<E>> E choice(Class<E> type, String prefix, String text) {
        String wanted = ProcurementImportColumn.normalised(text);
        for (E value : type.getEnumConstants()) {
            if (ProcurementImportColumn.normalised(value.name()).equals(wanted)) {
                return value;
            }
            for (Function<String, String> label : labels) {
                String name = label.apply(prefix + value.name());
                if (name != null && ProcurementImportColumn.normalised(name).equals(wanted)) {
                    return value;
                }
            }
        }
        return null;
    }

    /**
     * A number as Polish spreadsheets write it ({@code 1 234,56}, {@code 1.234,56}) or with a decimal
     * dot ({@code 1234.56}, {@code 1,234.56}); null when it is none.
     */
    static BigDecimal number(String text) {
        String plain = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
                .replaceAll("(?i)(pln|zł|zl|%)$", "");
        int comma = plain.lastIndexOf(',');
        int dot = plain.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            plain = comma > dot ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        } else if (comma >= 0) {
            plain = plain.replace(',', '.');
        }
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    /** {@code dd.MM.yyyy} (also d.M.yyyy) or ISO {@code yyyy-MM-dd}, with any time after it ignored; null when it is none. */
    static LocalDate date(String text) {
        String plain = text.strip();
        try {
            if (plain.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
                return LocalDate.parse(plain.substring(0, 10));
            }
            if (plain.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                return LocalDate.parse(plain, POLISH_DATE);
            }
        } catch (DateTimeParseException invalid) {
            return null;
        }
        return null;
    }
}
