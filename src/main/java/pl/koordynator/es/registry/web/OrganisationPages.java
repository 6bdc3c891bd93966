package pl.koordynator.es.registry.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.audit.AuditQuery;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.domain.ContactPersons;
import pl.koordynator.es.registry.domain.OrganisationRules;
import pl.koordynator.es.registry.domain.OrganisationService;
import pl.koordynator.es.registry.domain.RegistryAccess;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;

/** The register's pages: the list with its filters, an organisation's card, its form. */
@Controller
@RequestMapping("/organisations")
class OrganisationPages {

    private final OrganisationService organisations;
    private final ContactPersons contacts;
    private final RegistryAccess access;
    private final RegistryChoices choices;
    private final AuditTrail audit;
    private final OrganisationRules rules;
    private final ActivitySections activity;

    OrganisationPages(OrganisationService organisations, ContactPersons contacts, RegistryAccess access,
            RegistryChoices choices, AuditTrail audit, OrganisationRules rules, ActivitySections activity) {
        this.rules = rules;
        this.activity = activity;
        this.organisations = organisations;
        this.contacts = contacts;
        this.access = access;
        this.choices = choices;
        this.audit = audit;
    }

    @GetMapping
    String list(@ModelAttribute("filter") OrganisationFilter filter,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("organisations", organisations.search(filter.toQuery(),
                Paging.of(filter.page(), Paging.DEFAULT_SIZE)));
        model.addAttribute("currentSort", filter.toQuery().sort());
        model.addAttribute("exportCsv", filter.on("/organisations/export.csv"));
        model.addAttribute("exportXlsx", filter.on("/organisations/export.xlsx"));
        model.addAttribute("rights", organisations.registerRights());
        choices.addTo(model, !access.caller().anonymous());
        return htmx != null ? "registry/list :: results" : "registry/list";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        OrganisationView organisation = organisations.get(id);
        return detailPage(organisation, new ContactPersonForm(), model);
    }

    @GetMapping("/new")
    String newOrganisation(Model model) {
        return formPage(new OrganisationForm(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                OrganisationView created = organisations.create(form.toInput());
                redirect.addFlashAttribute("message", "registry.saved");
                return "redirect:/organisations/" + created.id();
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            } catch (ConflictException conflict) {
                reject(result, conflict, model);
            }
        } else {
            addRuleProblems(result, form, null);
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        OrganisationView organisation = organisations.editable(id);
        return formPage(OrganisationForm.of(organisation), organisation, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        OrganisationView organisation = organisations.editable(id);
        if (!organisations.rights(organisation).registerFields()) {
            form.keepRegisterFields(organisation);
        }
        if (!result.hasErrors()) {
            try {
                organisations.update(id, form.toInput());
                redirect.addFlashAttribute("message", "registry.saved");
                return "redirect:/organisations/" + id;
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            } catch (ConflictException conflict) {
                reject(result, conflict, model);
            }
        } else {
            addRuleProblems(result, form, organisation);
        }
        return formPage(form, organisation, model);
    }

    @PostMapping("/{id:\\d+}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        organisations.close(id);
        redirect.addFlashAttribute("message", "registry.closed");
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/{id:\\d+}/contacts")
    String addContact(@PathVariable long id, @ModelAttribute("contactForm") ContactPersonForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        OrganisationView organisation = organisations.get(id);
        if (!result.hasErrors()) {
            try {
                contacts.add(id, form.toInput());
                redirect.addFlashAttribute("message", "registry.contact.saved");
                return "redirect:/organisations/" + id + "#contacts";
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            }
        }
        model.addAttribute("contactFormOpen", true);
        return detailPage(organisation, form, model);
    }

    @PostMapping("/{id:\\d+}/contacts/{contact:\\d+}/delete")
    String removeContact(@PathVariable long id, @PathVariable long contact, RedirectAttributes redirect) {
        contacts.remove(id, contact);
        redirect.addFlashAttribute("message", "registry.contact.removed");
        return "redirect:/organisations/" + id + "#contacts";
    }

    private String detailPage(OrganisationView organisation, ContactPersonForm contactForm, Model model) {
        boolean signedIn = !access.caller().anonymous();
        model.addAttribute("organisation", organisation);
        model.addAttribute("contactPersons", contacts.of(organisation));
        model.addAttribute("contactForm", contactForm);
        model.addAttribute("rights", organisations.rights(organisation));
        model.addAttribute("activity", activity.of(organisation, LocaleContextHolder.getLocale()));
        if (signedIn) {
            model.addAttribute("history", audit.find(AuditQuery.forRecord("Organisation", organisation.id()),
                    new Paging(0, 20)));
        }
        choices.addTo(model, signedIn);
        return "registry/detail";
    }

    private String formPage(OrganisationForm form, OrganisationView organisation, Model model) {
        var rights = organisation == null ? organisations.creating() : organisations.rights(organisation);
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("registerFields", rights.registerFields());
        model.addAttribute("onlyPes", rights.onlyPes());
        choices.addTo(model, true);
        return "registry/form";
    }

    /** With a value the form could not even read, the other fields still get their messages. */
    private void addRuleProblems(BindingResult result, OrganisationForm form, OrganisationView organisation) {
        rules.check(form.toInput(), organisation == null ? null : organisation.gminaTeryt()).problems().stream()
                .filter(problem -> !result.hasFieldErrors(problem.field()))
                .forEach(problem -> result.rejectValue(problem.field(), problem.messageKey()));
    }

    private static void reject(BindingResult result, ConflictException conflict, Model model) {
        Object field = conflict.properties().get("field");
        if (field != null) {
            result.rejectValue(field.toString(), conflict.messageKey(), conflict.arguments(), conflict.getMessage());
            model.addAttribute("duplicateOf", conflict.properties().get("existingPage"));
        } else {
            result.reject(conflict.messageKey());
        }
    }
}
