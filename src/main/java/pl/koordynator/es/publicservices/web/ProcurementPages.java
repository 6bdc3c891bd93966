package pl.koordynator.es.publicservices.web;

import java.io.IOException;
import java.util.List;
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
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.shared.FormValues;
import pl.koordynator.es.publicservices.ClauseType;
import pl.koordynator.es.publicservices.ProcurementQuery;
import pl.koordynator.es.publicservices.ProcurementSummary;
import pl.koordynator.es.publicservices.ProcurementView;
import pl.koordynator.es.publicservices.Procurements;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PickedOrganisation;

/**
 * The procurements of public buyers: the list every signed-in role reads (filters, paging, a CSV or
 * XLSX of the filtered list), a procurement with its lots, their clauses in words and their outcomes,
 * and the form of ROPS (any buyer) and of a PARTNER (its own JST, fixed). The form adds and removes
 * lots by submit buttons, so it works without a script. Who may write which is the service's rule.
 */
@Controller
@RequestMapping("/zamowienia")
class ProcurementPages {

    private final Procurements procurements;
    private final PublicServicesChoices choices;
    private final UserAccounts users;
    private final MessageSource messages;

    ProcurementPages(Procurements procurements, PublicServicesChoices choices, UserAccounts users,
            MessageSource messages) {
        this.procurements = procurements;
        this.choices = choices;
        this.users = users;
        this.messages = messages;
    }

    /** The filters of the list and of its export, as the query string has them. */
    record Filter(String q, Integer year, Long buyer, String teryt, ClauseType clause, String withClauses,
            boolean open) {

        ProcurementQuery query() {
            Boolean with = "true".equals(withClauses) ? Boolean.TRUE : "false".equals(withClauses) ? Boolean.FALSE : null;
            return new ProcurementQuery(FormValues.strip(q), buyer, year, FormValues.strip(teryt), clause, with,
                    open ? Boolean.TRUE : null, null);
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long buyer, @RequestParam(required = false) String teryt,
            @RequestParam(required = false) ClauseType clause, @RequestParam(required = false) String withClauses,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) Integer page,
            HttpServletRequest request, Model model) {
        Filter filter = new Filter(q, year, buyer, teryt, clause, withClauses, open);
        model.addAttribute("procurements", procurements.procurements(filter.query(), Paging.of(page, null)));
        model.addAttribute("filter", filter);
        for (String format : List.of("csv", "xlsx")) {
            model.addAttribute("export" + format, UriComponentsBuilder.fromPath("/zamowienia/eksport")
                    .query(request.getQueryString()).replaceQueryParam("page").replaceQueryParam("format", format)
                    .build(true).toUriString());
        }
        model.addAttribute("caller", users.caller());
        model.addAttribute("today", choices.today());
        choices.addProcurementFiltersTo(model);
        return "publicservices/procurements/list";
    }

    @GetMapping("/eksport")
    void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Long buyer,
            @RequestParam(required = false) String teryt, @RequestParam(required = false) ClauseType clause,
            @RequestParam(required = false) String withClauses, @RequestParam(defaultValue = "false") boolean open,
            HttpServletResponse response) throws IOException {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw InvalidInputException.of("format", "publicservices.pages.error.format");
        }
        ProcurementQuery query = new Filter(q, year, buyer, teryt, clause, withClauses, open).query();
        Table<ProcurementSummary> table = new Table<ProcurementSummary>(message("publicservices.pages.procurements.title"))
                .column(message("publicservices.pages.field.noticeNumber"), 24, ProcurementSummary::noticeNumber)
                .column(message("publicservices.pages.field.title"), 50, ProcurementSummary::title)
                .column(message("publicservices.pages.field.buyer"), 40, ProcurementSummary::buyerName)
                .column(message("publicservices.pages.field.gmina"), 20, ProcurementSummary::gminaName)
                .column(message("publicservices.pages.field.procedure"), 24,
                        p -> message("publicservices.procedure." + p.procedure().name()))
                .column(message("publicservices.pages.field.noticeDate"), 12, ProcurementSummary::noticeDate)
                .column(message("publicservices.pages.field.bidDeadline"), 12, ProcurementSummary::bidDeadline)
                .column(message("publicservices.pages.field.estimatedValue"), 16, ProcurementSummary::estimatedValue)
                .column(message("publicservices.pages.field.awardedValue"), 16, ProcurementSummary::awardedValue)
                .column(message("publicservices.pages.field.clauses"), 30, p -> p.clauses().stream()
                        .map(c -> message("publicservices.clause.short." + c.name())).collect(Collectors.joining(", ")))
                .column(message("publicservices.pages.column.lots"), 8, ProcurementSummary::lots)
                .column(message("publicservices.pages.column.lotsAwarded"), 8, ProcurementSummary::lotsAwarded)
                .column(message("publicservices.pages.column.lotsWonByPes"), 8, ProcurementSummary::lotsWonByPes)
                .rows(Paging.everyPage(paging -> procurements.procurements(query, paging)));
        if (format.equals("xlsx")) {
            Downloads.xlsx(response, "zamowienia.xlsx", table);
        } else {
            Downloads.csv(response, "zamowienia.csv", table);
        }
    }

    /** The suggestions of ROPS's buyer picker (static/js/combobox.js). */
    @GetMapping("/zamawiajacy")
    String buyers(@RequestParam(name = "q", defaultValue = "") String text, Model model) {
        model.addAttribute("options", choices.named(text, PublicServicesChoices.BUYER_KINDS));
        return "fragments/combobox :: options";
    }

    @GetMapping("/{id:\\d+}")
    String procurement(@PathVariable long id, Model model) {
        ProcurementView procurement = procurements.procurement(id);
        Caller caller = users.caller();
        model.addAttribute("procurement", procurement);
        model.addAttribute("caller", caller);
        model.addAttribute("mayWrite", mayWrite(caller, procurement.buyerId()));
        model.addAttribute("mayMatch", caller.is(Role.ADMIN) || caller.is(Role.PARTNER) || caller.is(Role.OWES)
                || caller.is(Role.PES));
        model.addAttribute("open", procurement.openOn(choices.today()));
        return "publicservices/procurements/detail";
    }

    @GetMapping("/nowe")
    String newProcurement(Model model) {
        ProcurementForm form = ProcurementForm.empty();
        Caller caller = users.caller();
        if (!caller.admin() && caller.partnerId() != null) {
            form.setBuyerId(caller.partnerId());
        }
        return form(null, form, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") ProcurementForm form, BindingResult result,
            @RequestParam(required = false) String addLot, @RequestParam(required = false) Integer removeLot,
            Model model, RedirectAttributes redirect) {
        if (relotted(form, addLot, removeLot)) {
            return form(null, form, model);
        }
        String next = FormErrors.saved(result, form::onFields, () -> {
            ProcurementView created = procurements.create(form.toInput(buyerOf(form), this::contractorOf));
            redirect.addFlashAttribute("message", "publicservices.pages.procurement.created");
            return "redirect:/zamowienia/" + created.id();
        });
        return next != null ? next : form(null, form, model);
    }

    @GetMapping("/{id:\\d+}/edycja")
    String edit(@PathVariable long id, Model model) {
        ProcurementView procurement = procurements.procurement(id);
        return form(procurement, ProcurementForm.of(procurement), model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") ProcurementForm form, BindingResult result,
            @RequestParam(required = false) String addLot, @RequestParam(required = false) Integer removeLot,
            Model model, RedirectAttributes redirect) {
        ProcurementView procurement = procurements.procurement(id);
        if (relotted(form, addLot, removeLot)) {
            return form(procurement, form, model);
        }
        String next = FormErrors.saved(result, form::onFields, () -> {
            procurements.update(id, form.getVersion(), form.toInput(buyerOf(form), this::contractorOf));
            redirect.addFlashAttribute("message", "publicservices.pages.procurement.saved");
            return "redirect:/zamowienia/" + id;
        });
        return next != null ? next : form(procurement, form, model);
    }

    @PostMapping("/{id:\\d+}/usun")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        // its lots and recorded matches go with it, so only who may write it is checked (in the service)
        procurements.delete(id);
        redirect.addFlashAttribute("message", "publicservices.pages.procurement.deleted");
        return "redirect:/zamowienia";
    }

    /** "Add a lot" or "remove a lot" pressed: the form is shown again with the lots changed, nothing saved. */
    private static boolean relotted(ProcurementForm form, String addLot, Integer removeLot) {
        if (addLot != null) {
            form.addLot();
            return true;
        }
        if (removeLot != null) {
            form.removeLot(removeLot);
            return true;
        }
        if (form.getLots().isEmpty()) {
            form.addLot();
        }
        return false;
    }

    /** The buyer: a PARTNER's own public body; the one ROPS picked. */
    private Long buyerOf(ProcurementForm form) {
        Caller caller = users.caller();
        if (!caller.admin()) {
            if (caller.partnerId() == null) {
                throw InvalidInputException.of("buyerId", "publicservices.pages.error.buyer");
            }
            return caller.partnerId();
        }
        Long chosen = choices.picked(form.getBuyerId(), form.getBuyerName(), PublicServicesChoices.BUYER_KINDS);
        if (chosen == null || chosen == PickedOrganisation.NO_MATCH) {
            throw InvalidInputException.of("buyerId", "publicservices.pages.error.buyer");
        }
        return chosen;
    }

    private Long contractorOf(ProcurementLotForm lot) {
        return choices.kept(lot.getContractorId(), lot.getContractorName());
    }

    static boolean mayWrite(Caller caller, long buyerId) {
        return caller.admin() || (caller.partnerId() != null && caller.partnerId() == buyerId);
    }

    private String form(ProcurementView procurement, ProcurementForm form, Model model) {
        Caller caller = users.caller();
        if (!caller.admin()) {
            form.setBuyerId(caller.partnerId());
            form.setBuyerName(caller.partnerId() == null ? null : caller.organisationName());
        } else if (form.getBuyerName() == null && form.getBuyerId() != null) {
            form.setBuyerName(choices.nameOf(form.getBuyerId()));
        }
        model.addAttribute("procurement", procurement);
        model.addAttribute("form", form);
        model.addAttribute("caller", caller);
        choices.addProcurementFormChoicesTo(model);
        return "publicservices/procurements/form";
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
