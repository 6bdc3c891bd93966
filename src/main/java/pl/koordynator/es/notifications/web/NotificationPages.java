package pl.koordynator.es.notifications.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.notifications.domain.NotificationOutbox;
import pl.koordynator.es.notifications.domain.NotificationQuery;
import pl.koordynator.es.notifications.domain.NotificationStatus;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.Paging;

/** The outbox for ROPS administrators: what was sent to whom, what failed and why. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class NotificationPages {

    private final NotificationOutbox outbox;

    NotificationPages(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/notifications")
    String list(@RequestParam(required = false) NotificationStatus status,
            @RequestParam(required = false) String recipient,
            @RequestParam(required = false) Integer page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        NotificationQuery query = new NotificationQuery(status, recipient);
        model.addAttribute("query", query);
        model.addAttribute("notifications", outbox.list(query, Paging.of(page, 25)));
        model.addAttribute("statuses", NotificationStatus.values());
        return htmx != null ? "notifications/list :: results" : "notifications/list";
    }

    /** The outbox under the name the events' documentation uses; one page, two addresses. */
    @GetMapping("/admin/outbox")
    String outbox() {
        return "redirect:/admin/notifications";
    }

    @PostMapping("/admin/notifications/{id:\\d+}/resend")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        try {
            outbox.resend(id);
            redirect.addFlashAttribute("message", "notifications.resent");
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
        }
        return "redirect:/admin/notifications";
    }
}
