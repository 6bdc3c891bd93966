package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import pl.koordynator.es.publicservices.EmploymentGroup;
import pl.koordynator.es.publicservices.LotInput;
import pl.koordynator.es.publicservices.LotResult;
import pl.koordynator.es.publicservices.ProcurementImportProblem;
import pl.koordynator.es.publicservices.ProcurementImportReport.Format;
import pl.koordynator.es.publicservices.ProcurementInput;
import pl.koordynator.es.publicservices.ProcurementProcedure;
import pl.koordynator.es.publicservices.ReservedFor;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.SpreadsheetRows;
import pl.koordynator.es.shared.UploadSettings;

/**
 * A CSV or XLSX of procurements, one row per lot, read into procurements: rows sharing the
 * {@code procurement_ref}, else the OCDS id, else the notice number form one procurement (a row with
 * none of them is a procurement of its own), whose facts are taken from its first row. CSV with
 * semicolons or commas in UTF-8 or Windows-1250, or the first sheet of an XLSX (checked against the
 * upload limits first). Numbers as Polish spreadsheets write them ({@code 1 234,56}) or with a dot;
 * dates {@code dd.MM.yyyy} or ISO; yes/no as {@code tak}/{@code nie} (also yes/no, true/false, 1/0, x);
 * the dictionaries by code ({@code OPEN_TENDER}) or by their Polish or English label. Rows keep
 * their spreadsheet numbers (header = 1); blank rows are left out.
 *
 * <p>The file is read by {@link SpreadsheetRows}; this class groups its rows into procurements,
 * {@link ProcurementRowParser} turns a row's cells into values with their problems, and
 * {@link ProcurementFieldLocator} finds the cell of a field the service finds fault with.
 */
final class ProcurementFileReader {

    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

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

    /** The rows of a CSV or XLSX, as {@link SpreadsheetRows} reads them, with this module's problems. */
    static List<SpreadsheetRows.Row> rows(byte[] content, Format format, UploadSettings uploads) {
        return SpreadsheetRows.read(content, format == Format.XLSX, uploads, "publicservices.import.file.");
    }

    /**
     * The procurements of the rows (the first being the header). A header without the buyer, the
     * title, the procedure or the notice date, or a file without data rows, is a problem of the file.
     */
    List<ProcurementDraft> procurements(List<SpreadsheetRows.Row> rows) {
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
        Map<String, List<ProcurementRowCells>> groups = new LinkedHashMap<>();
        for (SpreadsheetRows.Row row : rows.subList(1, rows.size())) {
            ProcurementRowCells cells = new ProcurementRowCells(row, columns);
            String reference = Stream.of(ProcurementImportColumn.REFERENCE, ProcurementImportColumn.OCDS_ID,
                            ProcurementImportColumn.NOTICE_NUMBER).map(cells::text).filter(text -> !text.isEmpty())
                    .findFirst().map(text -> text.toLowerCase(Locale.ROOT)).orElse("row " + row.number());
            groups.computeIfAbsent(reference, key -> new ArrayList<>()).add(cells);
        }
        return groups.values().stream().map(this::procurement).toList();
    }

    private ProcurementDraft procurement(List<ProcurementRowCells> rows) {
        ProcurementRowCells first = rows.get(0);
        List<ProcurementImportProblem> problems = new ArrayList<>();
        ProcurementRowParser p = new ProcurementRowParser(first, problems, this);
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
        for (ProcurementRowCells row : rows) {
            ProcurementRowParser lot = new ProcurementRowParser(row, problems, this);
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
            lotRows.add(row.row().number());
        }
        ProcurementInput input = new ProcurementInput(null, title, noticeNumber, ocdsId, cpv, estimated, awarded,
                comment, procedure, noticeDate, deadline, gmina, lots);
        String reference = ocdsId != null ? ocdsId : noticeNumber != null ? noticeNumber
                : first.text(ProcurementImportColumn.REFERENCE);
        return new ProcurementDraft(reference, List.copyOf(lotRows), buyer, input, problems,
                field -> ProcurementFieldLocator.locate(field, first, rows));
    }

    /** The result written, else AWARDED when the row names a contractor or a contract value, else pending. */
    private static LotResult result(ProcurementRowParser lot, ProcurementRowCells row) {
        LotResult result = lot.choice(ProcurementImportColumn.RESULT, LotResult.class, "publicservices.lotResult.", false);
        if (result == null && row.text(ProcurementImportColumn.RESULT).isEmpty()
                && Stream.of(ProcurementImportColumn.CONTRACTOR_NAME, ProcurementImportColumn.CONTRACTOR_NIP,
                        ProcurementImportColumn.CONTRACT_VALUE).anyMatch(column -> !row.text(column).isEmpty())) {
            return LotResult.AWARDED;
        }
        return result;
    }

    private static ProcurementDraft.Buyer buyer(ProcurementRowCells row, List<ProcurementImportProblem> problems) {
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
