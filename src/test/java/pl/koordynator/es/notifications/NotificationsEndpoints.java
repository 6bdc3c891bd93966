package pl.koordynator.es.notifications;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;

/**
 * The notifications module's rows of the role matrix: the outbox is for ROPS administrators
 * only. {@code 999999} is no e-mail: an administrator is sent back to the list, the others are
 * stopped before the lookup.
 */
public final class NotificationsEndpoints {

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/admin/notifications", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/notifications/999999/resend", false, ADMIN));

    private NotificationsEndpoints() {
    }
}
