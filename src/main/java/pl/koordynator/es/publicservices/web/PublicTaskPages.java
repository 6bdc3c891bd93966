package pl.koordynator.es.publicservices.web;

import java.io.IOException;
import java.util.List;

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
import pl.koordynator.es.publicservices.PublicBenefitArea;
import pl.koordynator.es.publicservices.PublicTaskQuery;
import pl.koordynator.es.publicservices.PublicTaskView;
import pl.koordynator.es.publicservices.PublicTasks;
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
 * Public tasks JST commission to NGOs and PES after open calls: the list every signed-in role reads,
 * a task, and the form of ROPS (any JST) and of a PARTNER (its own JST, fixed).
 */
@Controller
@RequestMapping("/zadania-publiczne")
class PublicTaskPages {

    private final PublicTasks tasks;
    private final PublicServicesChoices choices;
    private final UserAccounts users;

    private final MessageSource messages;

    PublicTaskPages(PublicTasks tasks, PublicServicesChoices choices, UserAccounts users, MessageSource messages) {
        this.tasks = tasks;
        this.choices = choices;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long jst, @RequestParam(required = false) PublicBenefitArea area,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) Integer page,
            HttpServletRequest request, Model model) {
        model.addAttribute("tasks", tasks.tasks(new PublicTaskQuery(FormValues.strip(q), jst, year, area,
                open ? Boolean.TRUE : null, null), Paging.of(page, null)));
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("jst", jst);
        model.addAttribute("area", area);
        model.addAttribute("open", open);
        model.addAttribute("caller", users.caller());
        for (String format : List.of("csv", "xlsx")) {
            model.addAttribute("export" + format, UriComponentsBuilder.fromPath("/zadania-publiczne/eksport")
                    .query(request.getQueryString()).replaceQueryParam("page").replaceQueryParam("format", format)
                    .build(true).toUriString());
        }
        choices.addTaskFiltersTo(model);
        return "publicservices/tasks/list";
    }

    /** The filtered list as CSV or XLSX, every row of it. */
    @GetMapping("/eksport")
    void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Long jst,
            @RequestParam(required = false) PublicBenefitArea area, @RequestParam(defaultValue = "false") boolean open,
            HttpServletResponse response) throws IOException {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw InvalidInputException.of("format", "publicservices.pages.error.format");
        }
        PublicTaskQuery query = new PublicTaskQuery(FormValues.strip(q), jst, year, area, open ? Boolean.TRUE : null,
                null);
        Table<PublicTaskView> table = new Table<PublicTaskView>(message("publicservices.pages.tasks.title"))
                .column(message("publicservices.pages.field.callNumber"), 20, PublicTaskView::callNumber)
                .column(message("publicservices.pages.field.callTitle"), 50, PublicTaskView::callTitle)
                .column(message("publicservices.pages.field.jst"), 40, PublicTaskView::jstName)
                .column(message("publicservices.pages.field.area"), 30,
                        t -> message("publicservices.area." + t.area().name()))
                .column(message("publicservices.pages.field.callDate"), 12, PublicTaskView::callDate)
                .column(message("publicservices.pages.field.offerDeadline"), 12, PublicTaskView::offerDeadline)
                .column(message("publicservices.pages.field.amount"), 16, PublicTaskView::amount)
                .column(message("publicservices.pages.field.winnerName"), 40, PublicTaskView::winnerName)
                .column(message("publicservices.pages.field.winnerNip"), 14, PublicTaskView::winnerNip)
                .column(message("publicservices.pages.field.periodStart"), 12, PublicTaskView::periodStart)
                .column(message("publicservices.pages.field.periodEnd"), 12, PublicTaskView::periodEnd)
                .rows(Paging.everyPage(paging -> tasks.tasks(query, paging)));
        if (format.equals("xlsx")) {
            Downloads.xlsx(response, "zadania-publiczne.xlsx", table);
        } else {
            Downloads.csv(response, "zadania-publiczne.csv", table);
        }
    }

    /** The suggestions of ROPS's JST picker (static/js/combobox.js). */
    @GetMapping("/jst")
    String jsts(@RequestParam(name = "q", defaultValue = "") String text, Model model) {
        model.addAttribute("options", choices.named(text, PublicServicesChoices.JST_KINDS));
        return "fragments/combobox :: options";
    }

    @GetMapping("/{id:\\d+}")
    String task(@PathVariable long id, Model model) {
        PublicTaskView task = tasks.task(id);
        Caller caller = users.caller();
        model.addAttribute("task", task);
        model.addAttribute("caller", caller);
        model.addAttribute("mayWrite", ProcurementPages.mayWrite(caller, task.jstId()));
        model.addAttribute("mayMatch", caller.is(Role.ADMIN) || caller.is(Role.PARTNER) || caller.is(Role.OWES)
                || caller.is(Role.PES));
        model.addAttribute("openCall", task.openOn(choices.today()));
        return "publicservices/tasks/detail";
    }

    @GetMapping("/nowe")
    String newTask(Model model) {
        return form(null, new PublicTaskForm(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") PublicTaskForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> problems, () -> {
            PublicTaskView created = tasks.create(form.toInput(jstOf(form), winnerOf(form)));
            redirect.addFlashAttribute("message", "publicservices.pages.task.created");
            return "redirect:/zadania-publiczne/" + created.id();
        });
        return next != null ? next : form(null, form, model);
    }

    @GetMapping("/{id:\\d+}/edycja")
    String edit(@PathVariable long id, Model model) {
        PublicTaskView task = tasks.task(id);
        return form(task, PublicTaskForm.of(task), model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") PublicTaskForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PublicTaskView task = tasks.task(id);
        String next = FormErrors.saved(result, problems -> problems, () -> {
            tasks.update(id, form.getVersion(), form.toInput(jstOf(form), winnerOf(form)));
            redirect.addFlashAttribute("message", "publicservices.pages.task.saved");
            return "redirect:/zadania-publiczne/" + id;
        });
        return next != null ? next : form(task, form, model);
    }

    @PostMapping("/{id:\\d+}/usun")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        // its lots and recorded matches go with it, so only who may write it is checked (in the service)
        tasks.delete(id);
        redirect.addFlashAttribute("message", "publicservices.pages.task.deleted");
        return "redirect:/zadania-publiczne";
    }

    private Long jstOf(PublicTaskForm form) {
        Caller caller = users.caller();
        if (!caller.admin()) {
            if (caller.partnerId() == null) {
                throw InvalidInputException.of("jstId", "publicservices.pages.error.jst");
            }
            return caller.partnerId();
        }
        Long chosen = choices.picked(form.getJstId(), form.getJstName(), PublicServicesChoices.JST_KINDS);
        if (chosen == null || chosen == PickedOrganisation.NO_MATCH) {
            throw InvalidInputException.of("jstId", "publicservices.pages.error.jst");
        }
        return chosen;
    }

    private Long winnerOf(PublicTaskForm form) {
        return choices.kept(form.getWinnerId(), form.getWinnerName());
    }

    private String form(PublicTaskView task, PublicTaskForm form, Model model) {
        Caller caller = users.caller();
        if (!caller.admin()) {
            form.setJstId(caller.partnerId());
            form.setJstName(caller.partnerId() == null ? null : caller.organisationName());
        } else if (form.getJstName() == null && form.getJstId() != null) {
            form.setJstName(choices.nameOf(form.getJstId()));
        }
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("caller", caller);
        choices.addTaskFormChoicesTo(model);
        return "publicservices/tasks/form";
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
