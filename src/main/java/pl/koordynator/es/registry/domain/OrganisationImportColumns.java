package pl.koordynator.es.registry.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.domain.OrganisationImportFile.ImportRow;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * Which column holds which field, and a row's cells as an {@link OrganisationInput}. People
 * export registers from many tools, so a header may be the field's English name or its Polish
 * label in any case, with or without Polish letters; values of kind and status likewise.
 */
@Component
public class OrganisationImportColumns {

    /** The importable fields, in the order of the template. */
    public static final List<String> FIELDS = List.of("name", "shortName", "kind", "nip", "regon", "krs",
            "gminaTeryt", "street", "postalCode", "town", "email", "phone", "website", "description",
            "fieldsOfActivity", "employees", "employeesAtRisk", "reintegrationPlaces", "socialEnterpriseDecision",
            "socialEnterpriseSince", "socialEnterpriseUntil", "status");

    /** The short forms people write in hand-made sheets. */
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("nazwa", "name"),
            Map.entry("rodzaj", "kind"), Map.entry("gmina", "gminaTeryt"), Map.entry("teryt", "gminaTeryt"),
            Map.entry("kod teryt", "gminaTeryt"), Map.entry("teryt gminy", "gminaTeryt"),
            Map.entry("kod gminy", "gminaTeryt"), Map.entry("kod pocztowy", "postalCode"),
            Map.entry("miejscowosc", "town"), Map.entry("ulica", "street"), Map.entry("adres", "street"),
            Map.entry("telefon", "phone"), Map.entry("www", "website"), Map.entry("strona www", "website"),
            Map.entry("strona", "website"), Map.entry("opis", "description"),
            Map.entry("obszary dzialalnosci", "fieldsOfActivity"), Map.entry("zatrudnieni", "employees"),
            Map.entry("status", "status"), Map.entry("stan", "status"));

    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** Where each field is in the file's rows, and the headers nobody recognised. */
    public record Mapping(Map<String, Integer> columns, List<String> unknown, List<String> repeated) {

        int index(String field) {
            return columns.getOrDefault(field, -1);
        }
    }

    /** A row as input for the rules, and the cells that could not even be converted. */
    public record Converted(OrganisationInput input, List<FieldProblem> problems) {
    }

    private final Map<String, String> fieldsByHeader = new HashMap<>();
    private final Map<String, Kind> kindsByLabel = new HashMap<>();
    private final Map<String, OrganisationStatus> statusesByLabel = new HashMap<>();
    private final Map<String, String> polishHeaders = new LinkedHashMap<>();

    OrganisationImportColumns(MessageSource messages) {
        Locale polish = Locale.forLanguageTag("pl");
        for (String field : FIELDS) {
            String label = messages.getMessage("registry.field." + field, null, field, polish);
            polishHeaders.put(field, label);
            fieldsByHeader.put(key(field), field);
            fieldsByHeader.put(key(label), field);
            fieldsByHeader.putIfAbsent(key(messages.getMessage("registry.field." + field, null, field,
                    Locale.ENGLISH)), field);
        }
        SHORT_FORMS.forEach((header, field) -> fieldsByHeader.put(key(header), field));
        for (Kind kind : Kind.values()) {
            labels(kinds(kind, messages, polish), kind, kindsByLabel);
        }
        for (OrganisationStatus status : OrganisationStatus.values()) {
            labels(List.of(status.name(), messages.getMessage("registry.status." + status, null, status.name(), polish),
                    messages.getMessage("registry.status." + status, null, status.name(), Locale.ENGLISH)),
                    status, statusesByLabel);
        }
    }

    /** The template's header: each field's Polish label. */
    public List<String> polishHeaders() {
        return List.copyOf(polishHeaders.values());
    }

    /** Maps a header row; without a column of names nothing can be imported. */
    public Mapping mapping(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String title = header.get(i) == null ? "" : header.get(i).strip();
            String field = fieldsByHeader.get(key(title));
            if (field == null) {
                if (!title.isEmpty()) {
                    unknown.add(title);
                }
            } else if (columns.putIfAbsent(field, i) != null) {
                repeated.add(title);
            }
        }
        if (!columns.containsKey("name")) {
            throw InvalidInputException.of("file", "registryimport.file.noNameColumn");
        }
        return new Mapping(Map.copyOf(columns), List.copyOf(unknown), List.copyOf(repeated));
    }

    public Converted convert(ImportRow row, Mapping mapping) {
        List<FieldProblem> problems = new ArrayList<>();
        Function<String, String> text = field -> {
            String value = row.cell(mapping.index(field)).strip();
            return value.isEmpty() ? null : value;
        };
        Kind kind = label(text.apply("kind"), kindsByLabel, "kind", "registryimport.cell.kind", problems);
        OrganisationStatus status = label(text.apply("status"), statusesByLabel, "status",
                "registryimport.cell.status", problems);
        String fields = text.apply("fieldsOfActivity");
        Function<String, String> identifier = field -> {
            String value = text.apply(field);
            return value != null && row.numberCell(mapping.index(field)) ? withLeadingZeros(value, field) : value;
        };
        OrganisationInput input = new OrganisationInput(text.apply("name"), text.apply("shortName"), kind,
                identifier.apply("nip"), identifier.apply("regon"), identifier.apply("krs"),
                identifier.apply("gminaTeryt"),
                text.apply("street"), text.apply("postalCode"), text.apply("town"), text.apply("email"),
                text.apply("phone"), text.apply("website"), text.apply("description"),
                fields == null ? List.of() : Arrays.stream(fields.split("[,;|]")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(),
                integer(text.apply("employees"), "employees", problems),
                integer(text.apply("employeesAtRisk"), "employeesAtRisk", problems),
                integer(text.apply("reintegrationPlaces"), "reintegrationPlaces", problems),
                text.apply("socialEnterpriseDecision"),
                date(text.apply("socialEnterpriseSince"), "socialEnterpriseSince", problems),
                date(text.apply("socialEnterpriseUntil"), "socialEnterpriseUntil", problems),
                null, status, null);
        return new Converted(input, problems);
    }

    /**
     * A spreadsheet keeps an identifier typed as a number without its leading zeros (KRS
     * 0000123456 becomes 123456, a 9-digit REGON of a region coded 0x loses its first digit), so
     * such a cell gets them back up to the identifier's length; its checksum is checked later as
     * for any other value.
     */
    static String withLeadingZeros(String number, String field) {
        if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return number;
        }
        int length = switch (field) {
            case "nip", "krs" -> 10;
            case "regon" -> number.length() <= 9 ? 9 : 14;
            case "gminaTeryt" -> 7;
            default -> number.length();
        };
        return number.length() >= length ? number : "0".repeat(length - number.length()) + number;
    }

    static Integer integer(String value, String field, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replaceAll("[\\s\u00a0]", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "registryimport.cell.integer"));
            return null;
        }
    }

    static LocalDate date(String value, String field, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.matches("\\d{1,5}")) {
            // a spreadsheet's date cell without a date format: days since 30.12.1899
            return EXCEL_EPOCH.plusDays(Integer.parseInt(value));
        }
        try {
            return value.contains(".") ? LocalDate.parse(value, POLISH_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "registryimport.cell.date"));
            return null;
        }
    }

    private static <T> T label(String value, Map<String, T> known, String field, String messageKey,
            List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        T found = known.get(key(value));
        if (found == null) {
            problems.add(new FieldProblem(field, messageKey));
        }
        return found;
    }

    private static List<String> kinds(Kind kind, MessageSource messages, Locale polish) {
        List<String> labels = new ArrayList<>(List.of(kind.name()));
        for (Locale locale : List.of(polish, Locale.ENGLISH)) {
            String label = messages.getMessage("registry.kind." + kind, null, kind.name(), locale);
            labels.add(label);
            // "Centrum integracji społecznej (CIS)" is also written without its abbreviation
            labels.add(label.replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
        }
        return labels;
    }

    private static <T> void labels(List<String> labels, T value, Map<String, T> into) {
        labels.forEach(label -> into.putIfAbsent(key(label), value));
    }

    /** "Miejscowość", "MIEJSCOWOSC" and "miejscowosc " are the same header; so are "E-mail" and "email". */
    static String key(String text) {
        String plain = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('ł', 'l');
        return plain.replaceAll("[^a-z0-9]", "");
    }
}
