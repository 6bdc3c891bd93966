package pl.koordynator.es.events.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.events.domain.CertificateDocuments;
import pl.koordynator.es.events.domain.Participant;
import pl.koordynator.es.events.domain.ParticipantList;
import pl.koordynator.es.events.domain.ParticipantService;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * The organiser's pages of an event's people: the list with the waiting list and the one-click
 * attendance check-in (htmx swaps the person's row; without JavaScript the form posts and the
 * page comes back), the XLSX export and the certificates of attendance.
 */
@Controller
@RequestMapping("/events/{id:\\d+}")
class ParticipantPages {

    private final ParticipantService participants;
    private final CertificateDocuments certificates;
    private final MessageSource messages;
    private final PlatformSettings settings;

    ParticipantPages(ParticipantService participants, CertificateDocuments certificates, MessageSource messages,
            PlatformSettings settings) {
        this.participants = participants;
        this.certificates = certificates;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping("/participants")
    String list(@PathVariable long id, Model model) {
        ParticipantList list = participants.list(id);
        model.addAttribute("list", list);
        model.addAttribute("event", list.event());
        model.addAttribute("startDay", list.event().startsAt().atZoneSameInstant(settings.timeZone()).toLocalDate());
        return "events/participants";
    }

    @PostMapping("/participants/{registrationId:\\d+}/attendance")
    String attendance(@PathVariable long id, @PathVariable long registrationId, @RequestParam boolean attended,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        String error = null;
        Object[] arguments = null;
        try {
            participants.mark(id, registrationId, attended);
        } catch (ConflictException conflict) {
            error = conflict.messageKey();
            arguments = conflict.arguments();
        } catch (InvalidInputException invalid) {
            error = invalid.problems().get(0).messageKey();
        }
        if (htmx == null) {
            if (error != null) {
                redirect.addFlashAttribute("error", error);
                redirect.addFlashAttribute("errorArguments", arguments);
            }
            return "redirect:/events/" + id + "/participants#participant-" + registrationId;
        }
        if (error == null) {
            // the counts above the list fetch themselves again on this event
            response.setHeader("HX-Trigger", "attendance-changed");
        }
        ParticipantList list = participants.list(id);
        Participant participant = participants.participant(id, registrationId);
        model.addAttribute("list", list);
        model.addAttribute("event", list.event());
        model.addAttribute("p", participant);
        model.addAttribute("rowError", error);
        model.addAttribute("rowErrorArguments", arguments);
        return "events/participant-row :: row";
    }

    @GetMapping("/participants.xlsx")
    void xlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        ParticipantList list = participants.list(id);
        Table<Participant> table = new Table<Participant>(message("participants.xlsx.sheet"))
                .title(list.event().title())
                .column(message("participants.field.name"), 28, Participant::name)
                .column(message("participants.field.email"), 30, Participant::email)
                .column(message("participants.field.organisation"), 32, Participant::organisationName)
                .column(message("participants.field.accessibilityNeeds"), 36, Participant::accessibilityNeeds)
                .column(message("participants.field.status"), 16, p -> message("participants.status." + p.status()))
                .column(message("participants.field.registeredAt"), 18, p -> local(p.registeredAt()))
                .column(message("participants.field.attended"), 10,
                        p -> message(p.attended() ? "participants.yes" : "participants.no"))
                .column(message("participants.field.attendanceMarkedAt"), 18, p -> local(p.attendanceMarkedAt()))
                .rows(list.all());
        Downloads.xlsx(response, "uczestnicy-" + id + ".xlsx", table);
    }

    @GetMapping("/certificates.pdf")
    String certificates(@PathVariable long id, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        ParticipantList list = participants.list(id);
        List<Participant> attendees = list.attendees();
        if (attendees.isEmpty()) {
            redirect.addFlashAttribute("error", "participants.certificate.none");
            return "redirect:/events/" + id + "/participants";
        }
        byte[] pdf = certificates.render(list.event(), attendees);
        Downloads.attachment(response, MediaType.APPLICATION_PDF, "zaswiadczenia-" + id + ".pdf");
        response.getOutputStream().write(pdf);
        return null;
    }

    @GetMapping("/participants/{registrationId:\\d+}/certificate.pdf")
    String certificate(@PathVariable long id, @PathVariable long registrationId, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        Participant attendee;
        try {
            attendee = participants.attendee(id, registrationId);
        } catch (ConflictException notAttended) {
            redirect.addFlashAttribute("error", notAttended.messageKey());
            return "redirect:/events/" + id + "/participants";
        }
        byte[] pdf = certificates.render(participants.list(id).event(), List.of(attendee));
        Downloads.attachment(response, MediaType.APPLICATION_PDF,
                "zaswiadczenie-" + id + "-" + registrationId + ".pdf");
        response.getOutputStream().write(pdf);
        return null;
    }

    private LocalDateTime local(java.time.OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(settings.timeZone()).toLocalDateTime();
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, locale);
    }
}
