package pl.koordynator.es.registry.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation's history over HTTP: the same sections as its card, for the same caller. Open
 * to visitors like the card; each module leaves out what the caller may not see.
 */
@RestController
class OrganisationActivityApi {

    private final ActivitySections activity;

    OrganisationActivityApi(ActivitySections activity) {
        this.activity = activity;
    }

    @GetMapping("/api/v1/organisations/{id}/activity")
    ActivityView activity(@PathVariable long id, Locale locale) {
        return activity.of(id, locale);
    }
}
