package pl.koordynator.es.registry.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.domain.OrganisationService;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
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

    private static final int WIDTH = 18;
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

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
        Downloads.csv(response, fileName("csv"), table(filter));
    }

    @RateLimited("exports")
    @GetMapping("/export.xlsx")
    void xlsx(@ModelAttribute OrganisationFilter filter, HttpServletResponse response) throws IOException {
        Downloads.xlsx(response, fileName("xlsx"), table(filter));
    }

    private Table<OrganisationView> table(OrganisationFilter filter) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> places = choices.unitNames();
        Map<String, String> fieldNames = choices.fieldNames(f -> f.name(locale));
        Map<Long, String> owesNames = new java.util.HashMap<>();
        owes.all().forEach(o -> owesNames.put(o.id(), o.name()));
        return new Table<OrganisationView>(message("registry.title"))
                .column(label("id"), WIDTH, OrganisationView::id)
                .column(label("name"), 45, OrganisationView::name)
                .column(label("shortName"), WIDTH, OrganisationView::shortName)
                .column(label("kind"), WIDTH, o -> message("registry.kind." + o.kind()))
                .column(label("nip"), WIDTH, OrganisationView::nip)
                .column(label("regon"), WIDTH, OrganisationView::regon)
                .column(label("krs"), WIDTH, OrganisationView::krs)
                .column(label("gminaTeryt"), WIDTH, OrganisationView::gminaTeryt)
                .column(label("gminaName"), WIDTH, o -> o.gminaTeryt() == null ? null : places.get(o.gminaTeryt()))
                .column(label("powiat"), WIDTH, o -> o.gminaTeryt() == null ? null : places.get(o.powiatTeryt()))
                .column(label("street"), WIDTH, OrganisationView::street)
                .column(label("postalCode"), WIDTH, OrganisationView::postalCode)
                .column(label("town"), WIDTH, OrganisationView::town)
                .column(label("email"), WIDTH, OrganisationView::email)
                .column(label("phone"), WIDTH, OrganisationView::phone)
                .column(label("website"), WIDTH, OrganisationView::website)
                .column(label("fieldsOfActivity"), WIDTH, o -> o.fieldsOfActivity().isEmpty() ? null
                        : String.join(" | ", o.fieldsOfActivity().stream().map(c -> fieldNames.getOrDefault(c, c))
                                .toList()))
                .column(label("employees"), WIDTH, OrganisationView::employees)
                .column(label("employeesAtRisk"), WIDTH, OrganisationView::employeesAtRisk)
                .column(label("reintegrationPlaces"), WIDTH, OrganisationView::reintegrationPlaces)
                .column(label("socialEnterpriseDecision"), WIDTH, OrganisationView::socialEnterpriseDecision)
                .column(label("socialEnterpriseSince"), WIDTH, OrganisationView::socialEnterpriseSince)
                .column(label("socialEnterpriseUntil"), WIDTH, OrganisationView::socialEnterpriseUntil)
                .column(label("owes"), WIDTH, o -> o.owesId() == null ? null : owesNames.get(o.owesId()))
                .column(label("status"), WIDTH, o -> message("registry.status." + o.status()))
                .column(label("description"), WIDTH, OrganisationView::description)
                .rows(row -> organisations.each(filter.toQuery(), row));
    }

    private String label(String field) {
        return message("registry.export." + field);
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String fileName(String extension) {
        return "rejestr-organizacji-" + FILE_DATE.format(LocalDate.now()) + "." + extension;
    }
}
