package pl.koordynator.es.registry.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.domain.OrganisationService;
import pl.koordynator.es.territory.OwesDirectory;
import pl.koordynator.es.shared.web.RateLimited;

/**
 * The list as a spreadsheet: the current filter, every matching row, streamed. Column headers are
 * the form's labels in the user's language, which the import reads back, so an export can be
 * corrected in a spreadsheet and imported elsewhere.
 */
@Controller
@RequestMapping("/organisations")
class OrganisationExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private record Column(String field, Function<OrganisationView, Object> value) {
    }

    private final OrganisationService organisations;
    private final RegistryChoices choices;
    private final OwesDirectory owes;
    private final MessageSource messages;

    OrganisationExport(OrganisationService organisations, RegistryChoices choices, OwesDirectory owes,
            MessageSource messages) {
        this.organisations = organisations;
        this.choices = choices;
        this.owes = owes;
        this.messages = messages;
    }

    @RateLimited("exports")
    @GetMapping("/export.csv")
    void csv(@ModelAttribute OrganisationFilter filter, HttpServletResponse response) throws IOException {
        List<Column> columns = columns();
        attachment(response, "text/csv;charset=UTF-8", "csv");
        OutputStream out = response.getOutputStream();
        // Excel opens a UTF-8 CSV with Polish letters intact only when it starts with a BOM
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            csv.printRecord(columns.stream().map(c -> label(c.field())).toList());
            organisations.each(filter.toQuery(), organisation -> {
                try {
                    csv.printRecord(columns.stream().map(c -> text(c.value().apply(organisation))).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @RateLimited("exports")
    @GetMapping("/export.xlsx")
    void xlsx(@ModelAttribute OrganisationFilter filter, HttpServletResponse response) throws IOException {
        List<Column> columns = columns();
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        Workbook workbook = new Workbook(response.getOutputStream(), "Koordynator ES", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("registry.title", null,
                LocaleContextHolder.getLocale()));
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, label(columns.get(c).field()));
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDE6F0").set();
        sheet.freezePane(0, 1);
        int[] row = {1};
        organisations.each(filter.toQuery(), organisation -> {
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value().apply(organisation);
                if (value instanceof Number number) {
                    sheet.value(row[0], c, number);
                } else if (value != null) {
                    sheet.value(row[0], c, text(value));
                }
            }
            if (++row[0] % 1000 == 0) {
                flush(sheet);
            }
        });
        sheet.setAutoFilter(0, 0, Math.max(row[0] - 1, 0), columns.size() - 1);
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, c == 1 ? 45 : 18);
        }
        workbook.finish();
    }

    private List<Column> columns() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> places = choices.unitNames();
        Map<String, String> fieldNames = choices.fieldNames(f -> f.name(locale));
        Map<Long, String> owesNames = new java.util.HashMap<>();
        owes.all().forEach(o -> owesNames.put(o.id(), o.name()));
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", OrganisationView::id));
        columns.add(new Column("name", OrganisationView::name));
        columns.add(new Column("shortName", OrganisationView::shortName));
        columns.add(new Column("kind", o -> message("registry.kind." + o.kind())));
        columns.add(new Column("nip", OrganisationView::nip));
        columns.add(new Column("regon", OrganisationView::regon));
        columns.add(new Column("krs", OrganisationView::krs));
        columns.add(new Column("gminaTeryt", OrganisationView::gminaTeryt));
        columns.add(new Column("gminaName", o -> o.gminaTeryt() == null ? null : places.get(o.gminaTeryt())));
        columns.add(new Column("powiat", o -> o.gminaTeryt() == null ? null : places.get(o.powiatTeryt())));
        columns.add(new Column("street", OrganisationView::street));
        columns.add(new Column("postalCode", OrganisationView::postalCode));
        columns.add(new Column("town", OrganisationView::town));
        columns.add(new Column("email", OrganisationView::email));
        columns.add(new Column("phone", OrganisationView::phone));
        columns.add(new Column("website", OrganisationView::website));
        columns.add(new Column("fieldsOfActivity", o -> o.fieldsOfActivity().isEmpty() ? null
                : String.join(" | ", o.fieldsOfActivity().stream().map(c -> fieldNames.getOrDefault(c, c)).toList())));
        columns.add(new Column("employees", OrganisationView::employees));
        columns.add(new Column("employeesAtRisk", OrganisationView::employeesAtRisk));
        columns.add(new Column("reintegrationPlaces", OrganisationView::reintegrationPlaces));
        columns.add(new Column("socialEnterpriseDecision", OrganisationView::socialEnterpriseDecision));
        columns.add(new Column("socialEnterpriseSince", OrganisationView::socialEnterpriseSince));
        columns.add(new Column("socialEnterpriseUntil", OrganisationView::socialEnterpriseUntil));
        columns.add(new Column("owes", o -> o.owesId() == null ? null : owesNames.get(o.owesId())));
        columns.add(new Column("status", o -> message("registry.status." + o.status())));
        columns.add(new Column("description", OrganisationView::description));
        return columns;
    }

    private String label(String field) {
        return message("registry.export." + field);
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof LocalDate date ? DATE.format(date) : value.toString();
    }

    private static void attachment(HttpServletResponse response, String contentType, String extension) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"rejestr-organizacji-"
                + FILE_DATE.format(LocalDate.now()) + "." + extension + "\"");
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
