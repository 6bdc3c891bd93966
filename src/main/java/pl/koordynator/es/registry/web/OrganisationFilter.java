package pl.koordynator.es.registry.web;

import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationQuery;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.shared.SearchText;

/** The filters of the list page as they appear in its address, so a filtered list can be shared. */
record OrganisationFilter(String q, Kind kind, String powiat, String gmina, Long subregion, Long owes, Boolean ps,
        OrganisationStatus status, String sort, Integer page, Boolean pes) {

    OrganisationQuery toQuery() {
        return new OrganisationQuery(SearchText.of("q", q), kind, powiat, gmina, subregion, owes, ps, status,
                OrganisationQuery.Sort.parse(sort), pes);
    }

    /** The same filters on another address, e.g. the export. */
    String on(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "q", q);
        add(uri, "kind", kind);
        add(uri, "powiat", powiat);
        add(uri, "gmina", gmina);
        add(uri, "subregion", subregion);
        add(uri, "owes", owes);
        add(uri, "ps", ps);
        add(uri, "status", status);
        add(uri, "sort", sort);
        add(uri, "pes", pes);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
