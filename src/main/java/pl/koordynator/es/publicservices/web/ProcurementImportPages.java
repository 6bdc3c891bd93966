package pl.koordynator.es.publicservices.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import pl.koordynator.es.publicservices.ProcurementImportReport;
import pl.koordynator.es.publicservices.ProcurementImports;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The import page: a file, "check without storing" (a dry run) or "import", and the report (a
 * summary, the procurements of the file, each problem by row and column). A plain form, so it
 * works without JavaScript. The templates to fill in, as CSV and XLSX, with two example rows.
 */
@Controller
class ProcurementImportPages {

    /** An example procurement of two lots, the second reserved under art. 94 and awarded to a social cooperative. */
    private static final List<List<String>> EXAMPLE = List.of(
            List.of("P1", "1234563218", "Usługi opiekuńcze i sprzątanie w ośrodkach pomocy społecznej",
                    "2025/BZP 00398118/01", "", "85311000-2;90910000-9", "250 000,00", "", "", "Tryb podstawowy",
                    "03.03.2025", "17.03.2025", "", "1", "Usługi opiekuńcze", "150 000,00", "", "tak", "", "", "", "20",
                    "tak", "nie", "W toku", "", "", "", "", "", "", "", "", ""),
            List.of("P1", "1234563218", "Usługi opiekuńcze i sprzątanie w ośrodkach pomocy społecznej",
                    "2025/BZP 00398118/01", "", "85311000-2;90910000-9", "250 000,00", "", "", "Tryb podstawowy",
                    "03.03.2025", "17.03.2025", "", "2", "Sprzątanie", "100 000,00", "SOCIAL_COOPERATIVES", "nie",
                    "UNEMPLOYED", "2", "12", "", "nie", "nie", "AWARDED", "3", "tak", "tak", "5252525252",
                    "Spółdzielnia Socjalna Przykład", "96 000,00", "01.04.2025", "31.03.2026", "2"));

    private final ProcurementImports imports;

    ProcurementImportPages(ProcurementImports imports) {
        this.imports = imports;
    }

    @GetMapping("/zamowienia/import")
    String form(Model model) {
        model.addAttribute("columns", imports.columns());
        return "publicservices/import";
    }

    @PostMapping("/zamowienia/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, Model model) throws IOException {
        model.addAttribute("columns", imports.columns());
        try {
            ProcurementImportReport report = imports.importFile(file == null ? null : file.getOriginalFilename(),
                    file == null || file.isEmpty() ? null : file.getBytes(), dryRun);
            model.addAttribute("report", report);
        } catch (InvalidInputException problems) {
            model.addAttribute("fileErrors", problems.problems());
        }
        return "publicservices/import";
    }

    @GetMapping("/zamowienia/import/wzor.csv")
    void templateCsv(HttpServletResponse response) throws IOException {
        Downloads.csv(response, "zamowienia-wzor.csv", template());
    }

    @GetMapping("/zamowienia/import/wzor.xlsx")
    void templateXlsx(HttpServletResponse response) throws IOException {
        Downloads.xlsx(response, "zamowienia-wzor.xlsx", template());
    }

    private Table<List<String>> template() {
        Table<List<String>> table = new Table<>("Zamówienia");
        List<Map.Entry<String, String>> columns = new ArrayList<>(imports.columns().entrySet());
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            table.column(columns.get(i).getValue(), row -> index < row.size() ? row.get(index) : "");
        }
        return table.rows(EXAMPLE);
    }
}
