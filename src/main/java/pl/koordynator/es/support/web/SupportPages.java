package pl.koordynator.es.support.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.support.SupportTopic;
import pl.koordynator.es.support.domain.SupportAccess.Viewer;
import pl.koordynator.es.support.domain.SupportQuery;
import pl.koordynator.es.support.domain.SupportService;
import pl.koordynator.es.support.domain.SupportTotals;
import pl.koordynator.es.support.domain.SupportView;

/**
 * The support pages: one list with filters, totals and an XLSX export (all records for ROPS, the
 * OWES's own for its staff), a PES's support history, and the record form with a delete
 * confirmation. A PES representative is taken to their organisation's history.
 */
@Controller
@RequestMapping("/support")
class SupportPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final SupportService support;
    private final MessageSource messages;

    SupportPages(SupportService support, MessageSource messages) {
        this.support = support;
        this.messages = messages;
    }

    @GetMapping
    String list(@ModelAttribute("filter") SupportFilter filter, HttpServletRequest request, Model model) {
        Viewer viewer = support.viewer();
        if (viewer.pesId() != null) {
            return "redirect:/support/pes/" + viewer.pesId();
        }
        SupportQuery query = filter.toQuery();
        PageOf<SupportView> page = support.search(query, Paging.of(filter.page(), Paging.DEFAULT_SIZE));
        model.addAttribute("records", page);
        model.addAttribute("totals", support.totals(query));
        model.addAttribute("invalidDates", filter.invalidDates());
        model.addAttribute("advisers", support.advisers());
        String parameters = request.getQueryString();
        model.addAttribute("exportLink", request.getContextPath() + "/support/export.xlsx"
                + (parameters == null ? "" : "?" + parameters.replaceAll("(^|&)page=[^&]*", "")));
        addChoices(viewer, model);
        return "support/list";
    }

    @GetMapping("/export.xlsx")
    void xlsx(@ModelAttribute("filter") SupportFilter filter, HttpServletResponse response) throws IOException {
        SupportQuery query = filter.toQuery();
        SupportTotals totals = support.totals(query);
        Table<SupportView> table = new Table<SupportView>(message("support.title"))
                .column(message("support.field.date"), 16, SupportView::date)
                .column(message("support.field.organisation"), 40, SupportView::organisationName)
                .column(message("support.field.owes"), 40, SupportView::owesName)
                .column(message("support.field.adviser"), 16, SupportView::adviser)
                .column(message("support.field.form"), 16, record -> message("support.form." + record.form()))
                .column(message("support.field.topic"), 16, record -> message("support.topic." + record.topic()))
                .column(message("support.field.hours"), 16, SupportView::hours)
                .column(message("support.field.notes"), 40, SupportView::notes)
                .rows(row -> support.each(query, row))
                .footer(message("support.totals.sum"), totals.records(), null, null, null, null, totals.hours());
        Downloads.xlsx(response, "wsparcie-" + LocalDate.now() + ".xlsx", table);
    }

    @GetMapping("/pes/{organisationId:\\d+}")
    String history(@PathVariable long organisationId, @RequestParam(required = false) Integer page, Model model) {
        OrganisationView pes = support.pes(organisationId);
        SupportQuery query = SupportQuery.ofPes(organisationId);
        model.addAttribute("pes", pes);
        model.addAttribute("records", support.search(query, Paging.of(page, Paging.DEFAULT_SIZE)));
        model.addAttribute("totals", support.totals(query));
        model.addAttribute("viewer", support.viewer());
        model.addAttribute("forms", SupportForm.values());
        model.addAttribute("topics", SupportTopic.values());
        return "support/pes";
    }

    @GetMapping("/new")
    String newRecord(@RequestParam(required = false) Long organisationId, Model model) {
        Viewer viewer = support.writer();
        SupportRecordForm form = new SupportRecordForm();
        form.setDate(DATE.format(LocalDate.now()));
        if (organisationId != null) {
            form.setOrganisationId(String.valueOf(organisationId));
        }
        if (viewer.owesId() != null) {
            form.setOwesId(String.valueOf(viewer.owesId()));
        }
        return formPage(form, null, model);
    }

    /** The suggestions of the form's PES picker (static/js/combobox.js). */
    @GetMapping("/organisations")
    String organisations(@RequestParam(name = "q", defaultValue = "") String text, Model model) {
        model.addAttribute("options", support.pesNamed(text, 10));
        return "fragments/combobox :: options";
    }

    @PostMapping
    String create(@ModelAttribute("form") SupportRecordForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        support.writer();
        pick(form);
        try {
            SupportView created = support.create(form.toInput());
            redirect.addFlashAttribute("message", "support.created");
            return "redirect:/support/pes/" + created.organisationId();
        } catch (InvalidInputException problems) {
            FormErrors.add(result, problems);
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        SupportView record = support.changeable(id);
        return formPage(SupportRecordForm.of(record, DATE.format(record.date()), hours(record.hours())), record,
                model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") SupportRecordForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        SupportView record = support.changeable(id);
        pick(form);
        try {
            SupportView saved = support.update(id, form.toInput());
            redirect.addFlashAttribute("message", "support.saved");
            return "redirect:/support/pes/" + saved.organisationId();
        } catch (InvalidInputException problems) {
            FormErrors.add(result, problems);
        } catch (ConflictException conflict) {
            result.reject(conflict.messageKey());
        }
        return formPage(form, record, model);
    }

    @GetMapping("/{id:\\d+}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("record", support.changeable(id));
        return "support/delete";
    }

    @PostMapping("/{id:\\d+}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        SupportView record = support.changeable(id);
        try {
            support.delete(id, version);
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
            return "redirect:/support/pes/" + record.organisationId();
        }
        redirect.addFlashAttribute("message", "support.deleted");
        return "redirect:/support/pes/" + record.organisationId();
    }

    /** The picker's id, or the PES its typed name stands for; the rules report a name that fits none. */
    private void pick(SupportRecordForm form) {
        Long picked = support.pickedPes(form.pickedId(), form.getOrganisationName());
        form.setOrganisationId(picked == null ? null : String.valueOf(picked));
    }

    private String formPage(SupportRecordForm form, SupportView record, Model model) {
        Viewer viewer = support.viewer();
        Long picked = form.pickedId();
        if (form.getOrganisationName() == null && picked != null && picked > 0) {
            form.setOrganisationName(support.organisationName(picked));
        }
        model.addAttribute("form", form);
        model.addAttribute("record", record);
        // the form picks its PES by name (the picker), so it needs no list of every PES
        model.addAttribute("pesChoices", List.of());
        model.addAttribute("advisers", support.advisers());
        addChoices(viewer, model);
        return "support/form";
    }

    private void addChoices(Viewer viewer, Model model) {
        model.addAttribute("viewer", viewer);
        model.addAttribute("forms", SupportForm.values());
        model.addAttribute("topics", SupportTopic.values());
        List<OrganisationView> owes = support.owesChoices();
        model.addAttribute("owesChoices", owes);
        Map<Long, String> owesNames = owes.stream().collect(Collectors.toMap(OrganisationView::id,
                OrganisationView::name, (a, b) -> a));
        model.addAttribute("owesNames", owesNames);
        if (!model.containsAttribute("pesChoices")) {
            model.addAttribute("pesChoices", support.pesChoices());
        }
        @SuppressWarnings("unchecked")
        List<OrganisationView> pes = (List<OrganisationView>) model.getAttribute("pesChoices");
        // a select grouped by kind, so that an adviser finds a cooperative among a few hundred PES
        Map<Kind, List<OrganisationView>> byKind = new EnumMap<>(Kind.class);
        pes.forEach(o -> byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
        model.addAttribute("pesGroups", byKind.entrySet().stream().map(e -> new PesGroup(e.getKey(), e.getValue()))
                .toList());
    }

    /** The PES of one kind, for an optgroup. */
    record PesGroup(Kind kind, List<OrganisationView> organisations) {
    }

    /** Hours as a Polish user writes them: {@code 2,5}, {@code 3}. */
    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
