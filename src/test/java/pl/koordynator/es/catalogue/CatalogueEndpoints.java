package pl.koordynator.es.catalogue;

import static pl.koordynator.es.testing.Endpoint.ADMIN;
import static pl.koordynator.es.testing.Endpoint.EVERYONE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * The catalogue API's rows of the role matrix (offers, categories, inquiries). {@code 999999} is no
 * offer and no inquiry: an allowed role gets 404 or 400, a refused one is stopped before the lookup.
 * The matrix's users belong to no organisation, so a PES or OWES account lists nothing and finds
 * nothing; with their organisation they are tried in OfferWorkflowTest and InquiryTest.
 */
public final class CatalogueEndpoints {

    private static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.OWES, Role.PES);
    private static final Set<Role> REVIEWERS = EnumSet.of(Role.ADMIN, Role.OWES);
    private static final Set<Role> PES = EnumSet.of(Role.PES);
    private static final String INQUIRY = "{\"name\":\"Jan Nowak\",\"email\":\"jan@example.pl\",\"message\":\"Cena?\","
            + "\"consent\":true}";

    public static final List<Endpoint> ALL = List.of(
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/catalogue/offers"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/catalogue/offers/999999"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/catalogue/categories"),
            new Endpoint(HttpMethod.POST, "/api/v1/catalogue/offers/999999/inquiries", true, EVERYONE, INQUIRY),
            Endpoint.api(HttpMethod.GET, "/api/v1/catalogue/offers/own", WRITERS, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/catalogue/offers/review-queue", REVIEWERS, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/catalogue/offers/999999/history", WRITERS, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/offers", WRITERS, "{}"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/catalogue/offers/999999?version=0", WRITERS, "{}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/offers/999999/submit", WRITERS, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/offers/999999/withdraw", WRITERS, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/offers/999999/publish", REVIEWERS, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/offers/999999/return", REVIEWERS,
                    "{\"comment\":\"Popraw opis.\"}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/catalogue/inquiries", PES, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/catalogue/inquiries/999999", PES, null),
            Endpoint.api(HttpMethod.PUT, "/api/v1/catalogue/inquiries/999999/outcome", PES, "{\"outcome\":\"WON\"}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/catalogue/inquiries/counts", ADMIN, null));

    private CatalogueEndpoints() {
    }
}
