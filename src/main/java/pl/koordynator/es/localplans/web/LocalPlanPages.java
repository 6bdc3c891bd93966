package pl.koordynator.es.localplans.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.shared.FormValues;
import pl.koordynator.es.localplans.LocalPlanInput;
import pl.koordynator.es.localplans.LocalPlanQuery;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.LocalPlanSummary;
import pl.koordynator.es.localplans.LocalPlanView;
import pl.koordynator.es.localplans.LocalPlans;
import pl.koordynator.es.localplans.PlanFile;
import pl.koordynator.es.localplans.SectionKey;
import pl.koordynator.es.localplans.domain.LocalPlansAccess;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;

/**
 * The local plans: the list every signed-in role reads (search, filters, paging, a CSV or XLSX of the
 * filtered list), a plan with its documents, goals, actions and indicators and the links to its
 * sections, diagnosis and monitoring, and the form of the plan's authors. The form adds and removes
 * goals, actions and indicators by submit buttons, so it works without a script. Who may write which
 * plan is the service's rule ({@code LocalPlansAccess}); the pages only ask it what to offer.
 */
@Controller
class LocalPlanPages {

    /** The service's conflict for a plan written since the form was read. */
    private static final String STALE = "problem.concurrentEdit";

    private final LocalPlans plans;
    private final LocalPlansAccess access;
    private final LocalPlanChoices choices;
    private final MessageSource messages;

    LocalPlanPages(LocalPlans plans, LocalPlansAccess access, LocalPlanChoices choices, MessageSource messages) {
        this.plans = plans;
        this.access = access;
        this.choices = choices;
        this.messages = messages;
    }

    /** The filters of the list and of its download, as the query string has them. */
    record Filter(String q, LocalPlanStatus status, String powiat, Long owes) {

        LocalPlanQuery query() {
            return new LocalPlanQuery(status, FormValues.strip(powiat), owes, FormValues.strip(q));
        }
    }

    @GetMapping("/plany-lokalne")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) LocalPlanStatus status,
            @RequestParam(required = false) String powiat, @RequestParam(required = false) Long owes,
            @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        Filter filter = new Filter(q, status, powiat, owes);
        model.addAttribute("plans", plans.plans(filter.query(), Paging.of(page, null)));
        model.addAttribute("filter", filter);
        for (String format : List.of("csv", "xlsx")) {
            model.addAttribute("export" + format, UriComponentsBuilder.fromPath("/plany-lokalne." + format)
                    .query(request.getQueryString()).replaceQueryParam("page").build(true).toUriString());
        }
        model.addAttribute("mayCreate", access.mayCreateAny());
        choices.addFiltersTo(model);
        return "localplans/list";
    }

    @GetMapping({"/plany-lokalne.csv", "/plany-lokalne.xlsx"})
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) LocalPlanStatus status,
            @RequestParam(required = false) String powiat, @RequestParam(required = false) Long owes,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalPlanQuery query = new Filter(q, status, powiat, owes).query();
        Table<LocalPlanSummary> table = new Table<LocalPlanSummary>(message("localplans.pages.list.title"))
                .column(message("localplans.pages.field.level"), 10, p -> message("localplans.level." + p.level()))
                .column(message("localplans.pages.field.unit"), 30, LocalPlanSummary::unitName)
                .column(message("localplans.pages.field.teryt"), 10, LocalPlanSummary::unitTeryt)
                .column(message("localplans.pages.field.title"), 50, LocalPlanSummary::title)
                .column(message("localplans.pages.field.status"), 18, p -> message("localplans.status." + p.status()))
                .column(message("localplans.pages.field.periodStart"), 12, LocalPlanSummary::periodStart)
                .column(message("localplans.pages.field.periodEnd"), 12, LocalPlanSummary::periodEnd)
                .column(message("localplans.pages.field.jst"), 30, LocalPlanSummary::jstName)
                .column(message("localplans.pages.field.owes"), 30, LocalPlanSummary::owesName)
                .column(message("localplans.pages.field.consultationDeadline"), 12,
                        LocalPlanSummary::consultationDeadline)
                .column(message("localplans.pages.column.openComments"), 10, LocalPlanSummary::openComments)
                .rows(Paging.everyPage(paging -> plans.plans(query, paging)));
        if (request.getRequestURI().endsWith(".xlsx")) {
            Downloads.xlsx(response, "plany-lokalne.xlsx", table);
        } else {
            Downloads.csv(response, "plany-lokalne.csv", table);
        }
    }

    @GetMapping("/plany-lokalne/{id:\\d+}")
    String plan(@PathVariable long id, Model model) {
        LocalPlanView plan = plans.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("sections", SectionKey.values());
        model.addAttribute("consultationOpen", plan.status() == LocalPlanStatus.IN_CONSULTATION);
        model.addAttribute("sourceNames", choices.sourceCodes(LocaleContextHolder.getLocale()).stream()
                .collect(Collectors.toMap(c -> c.source() + ":" + c.code(), c -> c.name() != null ? c.name()
                        : message(c.nameKey()), (first, second) -> first)));
        return "localplans/detail";
    }

    @GetMapping("/plany-lokalne/nowy")
    String newPlan(@RequestParam(required = false) String unitTeryt, Model model) {
        LocalPlanForm form = new LocalPlanForm();
        form.setUnitTeryt(FormValues.strip(unitTeryt));
        form.addGoal();
        fixParties(form);
        return form(null, form, model);
    }

    @PostMapping("/plany-lokalne/nowy")
    String create(@ModelAttribute("form") LocalPlanForm form, BindingResult result, RowButtons buttons, Model model,
            RedirectAttributes redirect) {
        fixParties(form);
        if (buttons.pressed(form)) {
            return form(null, form, model);
        }
        String next = saved(form, result, null, () -> {
            LocalPlanInput input = form.toInput(true);
            requireParties(form);
            LocalPlanView created = plans.create(input);
            redirect.addFlashAttribute("message", "localplans.pages.plan.created");
            return "redirect:/plany-lokalne/" + created.id();
        });
        return next != null ? next : form(null, form, model);
    }

    @GetMapping("/plany-lokalne/{id:\\d+}/edycja")
    String edit(@PathVariable long id, Model model) {
        LocalPlanView plan = editable(id);
        return form(plan, LocalPlanForm.of(plan), model);
    }

    @PostMapping("/plany-lokalne/{id:\\d+}/edycja")
    String update(@PathVariable long id, @ModelAttribute("form") LocalPlanForm form, BindingResult result,
            RowButtons buttons, Model model, RedirectAttributes redirect) {
        LocalPlanView plan = plans.plan(id);
        if (buttons.pressed(form)) {
            return form(plan, form, model);
        }
        String next = saved(form, result, plan, () -> {
            plans.update(id, form.getVersion(), form.toInput(false));
            redirect.addFlashAttribute("message", "localplans.pages.plan.saved");
            return "redirect:/plany-lokalne/" + id;
        });
        return next != null ? next : form(plan, form, model);
    }

    @PostMapping("/plany-lokalne/{id:\\d+}/dokumenty")
    String upload(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        plans.plan(id);
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "localplans.pages.error.file");
            }
            String name = file.getOriginalFilename();
            String documentTitle = FormValues.strip(title);
            plans.addDocument(id, documentTitle != null ? documentTitle : name, name, file.getBytes());
            redirect.addFlashAttribute("message", "localplans.pages.document.added");
        } catch (InvalidInputException problems) {
            // flash attributes live in the session table, so plain serialisable values only
            InvalidInputException.FieldProblem problem = problems.problems().get(0);
            redirect.addFlashAttribute("documentError", problem.messageKey());
            redirect.addFlashAttribute("documentErrorArguments", problem.arguments() == null ? new String[0]
                    : Arrays.stream(problem.arguments()).map(String::valueOf).toArray(String[]::new));
        }
        return "redirect:/plany-lokalne/" + id + "#documents";
    }

    @GetMapping("/plany-lokalne/{id:\\d+}/dokumenty/{documentId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        PlanFile file = plans.document(id, documentId);
        MediaType type = file.contentType() == null ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(file.contentType());
        return ResponseEntity.ok().headers(Downloads.attachment(type, file.fileName())).body(file.content());
    }

    @PostMapping("/plany-lokalne/{id:\\d+}/dokumenty/{documentId:\\d+}/usun")
    String removeDocument(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
        plans.removeDocument(id, documentId);
        redirect.addFlashAttribute("message", "localplans.pages.document.removed");
        return "redirect:/plany-lokalne/" + id + "#documents";
    }

    /**
     * The row buttons of the form: "add a goal", "remove goal 2"... Any of them shows the form again with
     * its rows changed and saves nothing.
     */
    record RowButtons(String addGoal, Integer removeGoal, String addAction, Integer removeAction, String addIndicator,
            Integer removeIndicator) {

        boolean pressed(LocalPlanForm form) {
            if (addGoal != null) {
                form.addGoal();
            } else if (removeGoal != null) {
                form.removeGoal(removeGoal);
            } else if (addAction != null) {
                form.addAction();
            } else if (removeAction != null) {
                form.removeAction(removeAction);
            } else if (addIndicator != null) {
                form.addIndicator();
            } else if (removeIndicator != null) {
                form.removeIndicator(removeIndicator);
            } else {
                return false;
            }
            return true;
        }
    }

    /** The plan, for a caller who may edit it; someone else is refused before seeing its form. */
    private LocalPlanView editable(long id) {
        LocalPlanView plan = plans.plan(id);
        if (!plan.rights().edit()) {
            throw new AccessDeniedException("not an author of local plan " + id);
        }
        return plan;
    }

    /**
     * On a new plan a PARTNER writes for its own JST and an OWES for itself: those fields are fixed, so
     * the form cannot offer a choice the rules would refuse.
     */
    private void fixParties(LocalPlanForm form) {
        Caller caller = access.caller();
        if (caller.admin()) {
            return;
        }
        if (caller.partnerId() != null) {
            form.setJstId(caller.partnerId());
        }
        if (caller.owesId() != null) {
            form.setOwesId(caller.owesId());
        }
    }

    /** A PARTNER or OWES account that acts for no organisation has nothing to create a plan for. */
    private void requireParties(LocalPlanForm form) {
        Caller caller = access.caller();
        if (!caller.admin() && caller.partnerId() == null && caller.owesId() == null) {
            throw InvalidInputException.of(caller.is(pl.koordynator.es.security.Role.OWES) ? "owesId" : "jstId",
                    "localplans.pages.error.noOrganisation");
        }
    }

    /**
     * Saves through the service: the view to go to, or null with the service's problems beside the fields.
     * A conflict is a second active plan of the unit (shown on the unit, where the plan it would replace is
     * offered) unless the plan changed since the form was read (shown above the form).
     */
    private String saved(LocalPlanForm form, BindingResult result, LocalPlanView plan, Supplier<String> save) {
        try {
            return FormErrors.saved(result, form::onFields, () -> {
                try {
                    return save.get();
                } catch (ConflictException conflict) {
                    throw new ConflictOnForm(conflict);
                }
            });
        } catch (ConflictOnForm wrapped) {
            ConflictException conflict = wrapped.conflict;
            if (STALE.equals(conflict.messageKey()) || plan != null && plan.version() != form.getVersion()) {
                result.reject("localplans.pages.form.stale");
            } else {
                result.rejectValue("unitTeryt", conflict.messageKey(), conflict.arguments(), conflict.getMessage());
            }
            return null;
        }
    }

    /** Carries a conflict past {@link FormErrors#saved}, which would put every conflict above the form. */
    private static final class ConflictOnForm extends RuntimeException {

        private final transient ConflictException conflict;

        ConflictOnForm(ConflictException conflict) {
            super(conflict.getMessage(), null, false, false);
            this.conflict = conflict;
        }
    }

    private String form(LocalPlanView plan, LocalPlanForm form, Model model) {
        Caller caller = access.caller();
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("jstFixed", plan == null && !caller.admin() && caller.partnerId() != null);
        model.addAttribute("owesFixed", plan == null && !caller.admin() && caller.owesId() != null);
        model.addAttribute("fixedJstName", choices.nameOf(form.getJstId()));
        model.addAttribute("fixedOwesName", choices.nameOf(form.getOwesId()));
        if (plan == null && form.getUnitTeryt() != null) {
            plans.activePlanOf(form.getUnitTeryt()).ifPresent(active -> model.addAttribute("activePlan", active));
        }
        choices.addFormChoicesTo(model);
        return "localplans/form";
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

}
