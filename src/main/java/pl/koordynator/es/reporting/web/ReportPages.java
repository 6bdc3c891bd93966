package pl.koordynator.es.reporting.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reporting.KnownValue;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.reporting.domain.Decision;
import pl.koordynator.es.reporting.domain.Indicator;
import pl.koordynator.es.reporting.domain.NewReport;
import pl.koordynator.es.reporting.domain.ReportAccess.Reporter;
import pl.koordynator.es.reporting.domain.ReportService;
import pl.koordynator.es.reporting.domain.ReportView;
import pl.koordynator.es.reporting.domain.Template;
import pl.koordynator.es.reporting.domain.TemplateService;
import pl.koordynator.es.reporting.domain.ValuesInput;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * The reports pages: the list (an OWES's own reports, all of them with filters for ROPS), and a
 * report's page with the entry form validated as one types, the workflow actions the caller may
 * take and the attachments. Form fields are named {@code v_CODE} or {@code v_CODE.CELL} (values)
 * and {@code c_CODE} (override comments).
 */
@Controller
@RequestMapping("/reporting")
class ReportPages {

    /** One input of the form: its service key ({@code CODE.K}), HTML id, label, entered text and error. */
    record Field(String key, String id, String label, String value, String error) {

        public String errorId() {
            return "err-" + id;
        }

        public boolean invalid() {
            return error != null;
        }
    }

    /** An indicator on the form with its total, its breakdown cells, a known value and comments. */
    record Row(Indicator indicator, Field total, List<Field> cells, KnownValue known, Field comment,
            String reviewComment, String knownText) {
    }

    private final ReportService reports;
    private final TemplateService templates;
    private final Organisations organisations;

    ReportPages(ReportService reports, TemplateService templates, Organisations organisations) {
        this.reports = reports;
        this.templates = templates;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long owesId, @RequestParam(required = false) String period,
            @RequestParam(required = false) ReportStatus status, Model model) {
        Reporter reporter = reports.reporter();
        model.addAttribute("reports", reports.search(owesId, null, period, status));
        model.addAttribute("admin", reporter.admin());
        model.addAttribute("templates", templates.current());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("filterOwes", owesId);
        model.addAttribute("filterPeriod", period);
        model.addAttribute("filterStatus", status);
        if (reporter.admin()) {
            model.addAttribute("owesList", organisations.ofKind(Kind.OWES));
        } else {
            model.addAttribute("ownOwes", reporter.owesId());
        }
        model.addAttribute("today", reports.today());
        return "reporting/list";
    }

    @PostMapping
    String create(@RequestParam(required = false) Long owesId, @RequestParam(required = false) String templateCode,
            @RequestParam(required = false) String period, RedirectAttributes redirect) {
        Reporter reporter = reports.reporter();
        Long owes = reporter.admin() ? owesId : reporter.owesId();
        try {
            ReportView created = reports.create(new NewReport(owes, templateCode, period));
            return "redirect:/reporting/reports/" + created.id();
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("errorText", problems.problems().stream().map(FieldProblem::messageKey).toList());
        } catch (ConflictException conflict) {
            Object existing = conflict.properties().get("reportId");
            if (existing != null) {
                redirect.addFlashAttribute("message", "reporting.page.exists");
                return "redirect:/reporting/reports/" + existing;
            }
            redirect.addFlashAttribute("error", conflict.messageKey());
        }
        return "redirect:/reporting";
    }

    @GetMapping("/reports/{id:\\d+}")
    String report(@PathVariable long id, Model model) {
        ReportView report = reports.get(id);
        return page(report, Map.of(), Map.of(), model);
    }

    /** Saves the draft; with {@code submit} it then submits the report. */
    @PostMapping("/reports/{id:\\d+}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(required = false) String submit, Model model, RedirectAttributes redirect) {
        ReportView report = reports.get(id);
        ValuesInput input = input(form);
        try {
            ReportView saved = reports.saveValues(id, input);
            if (submit != null) {
                reports.submit(id, saved.version());
                redirect.addFlashAttribute("message", "reporting.page.submitted");
            } else {
                redirect.addFlashAttribute("message", "reporting.page.saved");
            }
            return "redirect:/reporting/reports/" + id;
        } catch (InvalidInputException problems) {
            model.addAttribute("formErrors", true);
            // after a failed submission the saved values are shown, with the entered ones on top
            return page(submit != null ? reports.get(id) : report, raw(form), errors(problems.problems()), model);
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
            return "redirect:/reporting/reports/" + id;
        }
    }

    /** htmx: the problems the entered values would have, as the error summary and each field's error. */
    @PostMapping("/reports/{id:\\d+}/check")
    String check(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        ReportView report = reports.get(id);
        Map<String, String> errors = errors(reports.check(id, input(form)));
        model.addAttribute("rows", rows(report, raw(form), errors));
        model.addAttribute("errors", errors);
        return "reporting/report :: check";
    }

    @PostMapping("/reports/{id:\\d+}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return decide(id, redirect, "reporting.page.approved",
                () -> reports.approve(id, new Decision(null, Map.of(), version)));
    }

    @PostMapping("/reports/{id:\\d+}/return")
    String returnReport(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        Map<String, String> comments = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("rc_") && !values.isEmpty() && !values.get(0).isBlank()) {
                comments.put(name.substring(3), values.get(0));
            }
        });
        Long version = form.getFirst("version") == null ? null : Long.valueOf(form.getFirst("version"));
        return decide(id, redirect, "reporting.page.returned",
                () -> reports.returnReport(id, new Decision(form.getFirst("comment"), comments, version)));
    }

    @PostMapping("/reports/{id:\\d+}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return decide(id, redirect, "reporting.page.reopened",
                () -> reports.reopen(id, new Decision(reason, Map.of(), version)));
    }

    private String decide(long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", success);
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("errorText", problems.problems().stream().map(FieldProblem::messageKey).toList());
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
        }
        return "redirect:/reporting/reports/" + id;
    }

    @PostMapping("/reports/{id:\\d+}/attachments")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            reports.addAttachment(id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("message", "reporting.page.attached");
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("errorText", problems.problems().stream().map(FieldProblem::messageKey).toList());
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
        }
        return "redirect:/reporting/reports/" + id + "#attachments";
    }

    @GetMapping("/reports/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        Map.Entry<String, byte[]> attachment = reports.attachment(id, attachmentId);
        return ResponseEntity.ok().headers(Downloads.attachment(MediaType.APPLICATION_PDF, attachment.getKey()))
                .body(attachment.getValue());
    }

    @PostMapping("/reports/{id:\\d+}/attachments/{attachmentId:\\d+}/delete")
    String deleteAttachment(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        try {
            reports.deleteAttachment(id, attachmentId);
            redirect.addFlashAttribute("message", "reporting.page.attachmentDeleted");
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
        }
        return "redirect:/reporting/reports/" + id + "#attachments";
    }

    private String page(ReportView report, Map<String, String> entered, Map<String, String> errors, Model model) {
        Reporter reporter = reports.reporter();
        Template template = reports.template(report);
        model.addAttribute("report", report);
        model.addAttribute("template", template);
        model.addAttribute("rows", rows(report, entered, errors));
        model.addAttribute("errors", errors);
        model.addAttribute("admin", reporter.admin());
        model.addAttribute("mayEdit", report.editable());
        model.addAttribute("mayDecide", reporter.admin() && report.status() == ReportStatus.SUBMITTED);
        model.addAttribute("mayReopen", reporter.admin() && report.status() == ReportStatus.APPROVED);
        model.addAttribute("attachments", reports.attachments(report.id()));
        model.addAttribute("attachmentLimit", reports.attachmentLimit());
        return "reporting/report";
    }

    private List<Row> rows(ReportView report, Map<String, String> entered, Map<String, String> errors) {
        Template template = reports.template(report);
        Map<String, KnownValue> known = reports.knownValues(report);
        List<Row> rows = new ArrayList<>();
        for (Indicator indicator : template.indicators()) {
            String code = indicator.code();
            Field total = field(code, indicator.name(), report, entered, errors);
            List<Field> cells = indicator.breakdown().stream()
                    .map(label -> field(code + "." + label, label, report, entered, errors))
                    .toList();
            KnownValue knownValue = known.get(code);
            Field comment = new Field("c_" + code, "c-" + code, code, entered.containsKey("c_" + code)
                    ? entered.get("c_" + code) : report.comments().getOrDefault(code, ""), errors.get("comments." + code));
            rows.add(new Row(indicator, total, cells, knownValue, comment, report.reviewComments().get(code),
                    null));
        }
        return rows;
    }

    private Field field(String key, String label, ReportView report, Map<String, String> entered,
            Map<String, String> errors) {
        String value;
        if (entered.containsKey("v_" + key)) {
            value = entered.get("v_" + key);
        } else {
            Object stored = report.values().get(key);
            value = stored == null ? "" : stored instanceof java.math.BigDecimal number
                    ? number.toPlainString().replace('.', ',') : stored.toString();
        }
        return new Field(key, "v-" + key.replace('.', '-'), label, value, errors.get("values." + key));
    }

    private static Map<String, String> raw(MultiValueMap<String, String> form) {
        Map<String, String> raw = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if ((name.startsWith("v_") || name.startsWith("c_")) && !values.isEmpty()) {
                raw.put(name, values.get(0));
            }
        });
        return raw;
    }

    private static ValuesInput input(MultiValueMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            String value = list.isEmpty() ? null : list.get(0);
            if (name.startsWith("v_")) {
                values.put(name.substring(2), value == null || value.isBlank() ? null : value);
            } else if (name.startsWith("c_")) {
                comments.put(name.substring(2), value);
            }
        });
        String version = form.getFirst("version");
        return new ValuesInput(values, comments, version == null || version.isBlank() ? null : Long.valueOf(version));
    }

    private static Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.merge(p.field(), p.messageKey(), (a, b) -> a + " " + b));
        return errors;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
