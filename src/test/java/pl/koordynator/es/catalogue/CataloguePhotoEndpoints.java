package pl.koordynator.es.catalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * The role matrix rows of offer photos: the files are open to anyone (999999 is no photo: 404),
 * changes to the roles that write offers (999999 is no offer: the service answers 404). Which
 * offer's photos a PES or OWES may change is tried in CataloguePhotosTest.
 */
public final class CataloguePhotoEndpoints {

    private static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.OWES, Role.PES);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/offers/999999/photos", WRITERS, null),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/catalogue/offers/999999/photos/999998", WRITERS, null),
            Endpoint.page(HttpMethod.GET, "/katalog/zdjecia/999999/thumb", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/katalog/zdjecia/999999/large", true, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/oferty/999999/zdjecia", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/oferty/999999/zdjecia/999998/usun", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/oferty/999999/zdjecia/999998/wyzej", false, WRITERS));

    private CataloguePhotoEndpoints() {
    }
}
