package pl.koordynator.es.reintegration.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.reintegration.ExitOutcome;
import pl.koordynator.es.reintegration.LegalBasis;
import pl.koordynator.es.reintegration.ProgrammeKind;
import pl.koordynator.es.reintegration.ReadChannel;
import pl.koordynator.es.reintegration.ReferralPartyKind;
import pl.koordynator.es.reintegration.ReferralQuery;
import pl.koordynator.es.reintegration.ReferralState;
import pl.koordynator.es.reintegration.ReferralView;
import pl.koordynator.es.reintegration.Referrals;
import pl.koordynator.es.reintegration.RiskGroup;
import pl.koordynator.es.reintegration.domain.ReintegrationAccess;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.FormValues;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The referrals of the caller's organisation: the list (received and sent, filters, paging), the form of a
 * new referral and a referral's page with the forms its rights allow. Who may see and do what is the
 * service's rule ({@link Referrals}, {@link ReintegrationAccess}); the pages only ask it what to offer. A
 * person's PESEL, surname and birth date pass through {@link #send} once and are never shown again: a form
 * with problems comes back with those fields empty. So does any other field (notes, programme reference, a
 * reason, the list's search text) whose problem is a PESEL typed into it ({@link #IDENTIFYING_DATA}).
 */
@Controller
class ReferralPages {

    /** The service's problem of a text holding a PESEL: such a field is emptied before the page is shown. */
    static final String IDENTIFYING_DATA = "reintegration.error.identifyingData";

    private final Referrals referrals;
    private final ReintegrationAccess access;
    private final MessageSource messages;

    ReferralPages(Referrals referrals, ReintegrationAccess access, MessageSource messages) {
        this.referrals = referrals;
        this.access = access;
        this.messages = messages;
    }

    /** The list's filters as the query string has them ({@code strona} is the side: otrzymane / wyslane). */
    record Filter(String strona, ReferralState state, String q, boolean monitoring, String osoba) {

        ReferralQuery query(ReferralQuery.Side side) {
            return new ReferralQuery(side, state, FormValues.strip(q), personKey(), null, null, monitoring);
        }

        /** A pseudonym in the list's link is 64 hexadecimal characters; anything else filters nothing. */
        public String personKey() {
            String key = FormValues.strip(osoba);
            return key != null && key.matches("[0-9a-fA-F]{64}") ? key.toLowerCase(Locale.ROOT) : null;
        }
    }

    @GetMapping("/reintegracja")
    String list(@RequestParam(required = false) String strona, @RequestParam(required = false) ReferralState state,
            @RequestParam(required = false) String q, @RequestParam(required = false) boolean monitoring,
            @RequestParam(required = false) String osoba, @RequestParam(required = false) Integer page, Model model) {
        Caller caller = access.caller();
        Optional<ReferralView.Party> party = access.sendingParty();
        model.addAttribute("rops", caller.admin());
        model.addAttribute("party", party.orElse(null));
        if (party.isEmpty()) {
            return "reintegration/list";
        }
        boolean receives = party.get().kind().receives();
        // one person's referrals are shown from both sides at once: the link comes from a referral's page
        ReferralQuery.Side side = new Filter(null, null, null, false, osoba).personKey() != null ? null
                : !receives || "wyslane".equals(strona) ? ReferralQuery.Side.SENT : ReferralQuery.Side.RECEIVED;
        String shownSide = side == null ? null : side == ReferralQuery.Side.SENT ? "wyslane" : "otrzymane";
        Filter filter = new Filter(shownSide, state, q, monitoring, osoba);
        model.addAttribute("side", side == null ? "BOTH" : side.name());
        model.addAttribute("receives", receives);
        model.addAttribute("states", ReferralState.values());
        try {
            model.addAttribute("referrals", referrals.referrals(filter.query(side), Paging.of(page, null), ReadChannel.LIST));
        } catch (InvalidInputException problems) {
            // the search text is named and nothing is listed; one holding a PESEL is not shown again in the box
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("searchError", problems.problems().stream()
                    .map(problem -> messages.getMessage(problem.messageKey(), problem.arguments(), locale)).toList());
            if (problems.problems().stream().anyMatch(problem -> IDENTIFYING_DATA.equals(problem.messageKey()))) {
                filter = new Filter(shownSide, state, null, monitoring, osoba);
            }
            model.addAttribute("referrals", PageOf.counted(List.of(), Paging.of(0, null), 0));
        }
        model.addAttribute("filter", filter);
        model.addAttribute("maySend", true);
        return "reintegration/list";
    }

    @GetMapping("/reintegracja/nowe")
    String newReferral(Model model) {
        ReferralForm form = new ReferralForm();
        form.setReferredOn(access.today().toString());
        return form(form, false, model);
    }

    @PostMapping("/reintegracja/nowe")
    String send(@ModelAttribute("form") ReferralForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!referrals.maySend()) {
            form.forgetPerson();
            return form(form, false, model);
        }
        try {
            ReferralView sent = referrals.send(form.toInput());
            redirect.addFlashAttribute("message", "reintegrationpages.flash.sent");
            return "redirect:/reintegracja/" + sent.id();
        } catch (InvalidInputException problems) {
            // emptied before the problems are bound, so that no rejected value holds the person
            form.forgetPerson();
            problems.problems().stream().filter(problem -> IDENTIFYING_DATA.equals(problem.messageKey()))
                    .forEach(problem -> form.forget(problem.field()));
            FormErrors.add(result, problems);
        } catch (ConflictException refusal) {
            form.forgetPerson();
            result.reject(refusal.messageKey(), refusal.arguments(), null);
        }
        return form(form, true, model);
    }

    @GetMapping("/reintegracja/{id:\\d+}")
    String referral(@PathVariable long id, Model model) {
        return page(id, null, model);
    }

    @PostMapping("/reintegracja/{id:\\d+}/stan")
    String transition(@PathVariable long id, @ModelAttribute("transition") ReferralTransitionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> {
            // a reason holding a PESEL is emptied before the problems are bound: it is not shown again
            if (problems.problems().stream().anyMatch(problem -> "reason".equals(problem.field())
                    && IDENTIFYING_DATA.equals(problem.messageKey()))) {
                form.setReason(null);
            }
            return problems;
        }, () -> {
            ReferralView changed = referrals.transition(id, form.toInput());
            redirect.addFlashAttribute("message", "reintegrationpages.flash.state");
            redirect.addFlashAttribute("messageArgument", changed.state().name());
            return "redirect:/reintegracja/" + id;
        });
        if (next != null) {
            return next;
        }
        String target = form.getTo() == null ? "" : form.getTo();
        return page(id, new Failed("transition-" + target, result, Map.of("to", "transition-" + target,
                "reason", "reason-" + target, "on", "on-" + target)), model);
    }

    @PostMapping("/reintegracja/{id:\\d+}/wynik")
    String outcome(@PathVariable long id, @ModelAttribute("outcome") ReferralOutcomeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> problems, () -> {
            referrals.recordOutcome(id, form.toInput());
            redirect.addFlashAttribute("message", "reintegrationpages.flash.outcome");
            return "redirect:/reintegracja/" + id;
        });
        if (next != null) {
            return next;
        }
        return page(id, new Failed("outcome-form", result, Map.of("moment", "outcome-moment",
                "outcome", "outcome-outcome", "on", "outcome-on")), model);
    }

    /** A problem of a form on the referral's page: its message, and the id of its field (null for the whole form). */
    record Problem(String anchor, String field, String message) {
    }

    /** The form that came back with problems: which one, and where its fields are on the page. */
    record Failed(String formId, BindingResult result, Map<String, String> anchors) {
    }

    private String page(long id, Failed failed, Model model) {
        ReferralView referral = referrals.referral(id, ReadChannel.PAGE);
        model.addAttribute("referral", referral);
        model.addAttribute("today", access.today().toString());
        if (!model.containsAttribute("transition")) {
            model.addAttribute("transition", new ReferralTransitionForm());
        }
        if (!model.containsAttribute("outcome")) {
            model.addAttribute("outcome", new ReferralOutcomeForm());
        }
        List<Problem> problems = new ArrayList<>();
        if (failed != null) {
            Locale locale = LocaleContextHolder.getLocale();
            failed.result().getAllErrors().forEach(error -> {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : null;
                problems.add(new Problem(field == null ? null : failed.anchors().get(field), field,
                        messages.getMessage(error, locale)));
            });
        }
        model.addAttribute("failedForm", failed == null ? null : failed.formId());
        model.addAttribute("problems", problems);
        model.addAttribute("outcomes", ExitOutcome.values());
        return "reintegration/referral";
    }

    private String form(ReferralForm form, boolean retype, Model model) {
        model.addAttribute("form", form);
        boolean maySend = referrals.maySend();
        model.addAttribute("maySend", maySend);
        model.addAttribute("retype", retype);
        Long own = access.caller().organisationId();
        Map<ReferralPartyKind, List<ReferralView.Party>> units = new EnumMap<>(ReferralPartyKind.class);
        if (maySend) {
            referrals.receivingUnits().stream().filter(unit -> own == null || unit.id() != own)
                    .forEach(unit -> units.computeIfAbsent(unit.kind(), kind -> new ArrayList<>()).add(unit));
        }
        model.addAttribute("unitGroups", units);
        model.addAttribute("riskGroups", RiskGroup.values());
        model.addAttribute("legalBases", LegalBasis.values());
        model.addAttribute("programmeKinds", ProgrammeKind.values());
        model.addAttribute("today", access.today().toString());
        return "reintegration/new";
    }
}
