package pl.koordynator.es.publicservices;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * The procurement import's rows of the role matrix (API and page): ROPS and PARTNER accounts. An
 * allowed role without a file gets 400 from the API and the page with the file's problem; a PARTNER
 * acting for another body is refused row by row (ProcurementImportApiTest).
 */
public final class ProcurementImportEndpoints {

    private static final Set<Role> IMPORTERS = EnumSet.of(Role.ADMIN, Role.PARTNER);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.api(HttpMethod.POST, "/api/v1/procurements/import?dryRun=true", IMPORTERS, null),
            Endpoint.page(HttpMethod.GET, "/zamowienia/import", false, IMPORTERS),
            Endpoint.page(HttpMethod.POST, "/zamowienia/import", false, IMPORTERS),
            Endpoint.page(HttpMethod.GET, "/zamowienia/import/wzor.csv", false, IMPORTERS),
            Endpoint.page(HttpMethod.GET, "/zamowienia/import/wzor.xlsx", false, IMPORTERS));

    private ProcurementImportEndpoints() {
    }
}
