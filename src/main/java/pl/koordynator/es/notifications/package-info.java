/**
 * E-mail notifications: an outbox in PostgreSQL, sending after commit with retries, and the
 * recipients resolved from users' organisations and roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"shared", "security", "audit", "privacy"})
package pl.koordynator.es.notifications;
