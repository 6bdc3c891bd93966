package pl.koordynator.es.events.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.security.UrlAccessRules;

/**
 * The public calendar and registration are open (the service hides drafts and internal events);
 * an event's people are its organisers' (ROPS and OWES staff: the service narrows it to their own
 * events); the shared activity plan is read by ROPS, the OWES and the committee.
 */
@Component
class EventsUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        // anyone registers for an event; only its organisers read the registrations
        api.requestMatchers(HttpMethod.POST, "/api/v1/events/{id:\\d+}/registrations").permitAll()
                .requestMatchers("/api/v1/events/*/registrations", "/api/v1/events/*/attendance")
                        .hasAnyRole("ADMIN", "OWES")
                .requestMatchers("/api/v1/events/plan/**").hasAnyRole("ADMIN", "OWES", "COMMITTEE")
                .requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/events/{id:\\d+}").permitAll();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        // the organiser's pages of an event's people; the participant's evaluation link needs no account
        pages.requestMatchers("/events/*/participants", "/events/*/participants/**", "/events/*/participants.xlsx",
                        "/events/*/certificates.pdf", "/events/*/evaluation").hasAnyRole("ADMIN", "OWES")
                .requestMatchers("/events/registrations/*/evaluation").permitAll()
                .requestMatchers("/events/plan", "/events/plan/**").hasAnyRole("ADMIN", "OWES", "COMMITTEE")
                .requestMatchers(HttpMethod.GET, "/events", "/events/calendar", "/events/{id:\\d+}", "/events.ics",
                        "/events/*.ics", "/events/registrations/*", "/events/organisations").permitAll()
                .requestMatchers(HttpMethod.POST, "/events/{id:\\d+}/registrations", "/events/registrations/*/cancel")
                        .permitAll();
    }
}
