package pl.koordynator.es.catalogue.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.catalogue.FacetCount;
import pl.koordynator.es.catalogue.OfferSearch;
import pl.koordynator.es.catalogue.OfferSort;
import pl.koordynator.es.registry.Kind;

/**
 * The filters of the public catalogue as they appear in its address ({@code /katalog?q=&category=
 * &gmina=&powiat=&kind=&ps=&marked=&sort=&page=}), and the links that change one of them while
 * keeping the others: built here because Thymeleaf's link expressions may not call methods with
 * arguments. Any change of a filter goes back to the first page.
 */
record CatalogueFilter(String q, String category, String gmina, String powiat, Kind kind, Boolean ps,
        Boolean marked, OfferSort sort, Integer page) {

    static final String PATH = "/katalog";
    static final int PAGE_SIZE = 20;

    OfferSearch toSearch() {
        return new OfferSearch(blankToNull(q), blankToNull(category), blankToNull(gmina), blankToNull(powiat), kind,
                ps, marked, sort, page, PAGE_SIZE);
    }

    /** Whether the visitor chose any filter or words (an empty result then suggests removing them). */
    boolean filtered() {
        return blankToNull(q) != null || !chosen().isEmpty();
    }

    /** The address with one filter set to {@code value} (null: removed), the others kept, on the first page. */
    String with(String name, String value) {
        Map<String, String> params = params();
        params.remove("page");
        if (value == null) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        return link(params);
    }

    /** The address with the same words and order but no other filter. */
    String withoutFilters() {
        Map<String, String> params = params();
        params.keySet().retainAll(List.of("q", "sort"));
        return link(params);
    }

    /** One facet's values as links: choosing a value sets it, choosing the chosen one removes it. */
    List<FacetLink> links(String name, List<FacetCount> counts) {
        String current = params().get(name);
        List<FacetLink> links = new ArrayList<>();
        for (FacetCount count : counts) {
            boolean selected = count.value().equals(current);
            links.add(new FacetLink(count.value(), count.label(), count.messageKey(), count.count(), selected,
                    with(name, selected ? null : count.value())));
        }
        return links;
    }

    /** The filters chosen besides the words: parameter name to value. */
    Map<String, String> chosen() {
        Map<String, String> chosen = params();
        chosen.remove("q");
        chosen.remove("sort");
        chosen.remove("page");
        return chosen;
    }

    /** Every parameter of the current address, in a fixed order. */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", blankToNull(q));
        put(params, "category", blankToNull(category));
        put(params, "gmina", blankToNull(gmina));
        put(params, "powiat", blankToNull(powiat));
        put(params, "kind", kind == null ? null : kind.name());
        put(params, "ps", ps == null ? null : ps.toString());
        put(params, "marked", marked == null ? null : marked.toString());
        put(params, "sort", sort == null ? null : sort.name());
        put(params, "page", page == null || page == 0 ? null : page.toString());
        return params;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static String link(Map<String, String> params) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(PATH);
        params.forEach(builder::queryParam);
        return builder.build().encode().toUriString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A value of a facet with its count and the address that chooses it (or, when chosen, drops
     * it). The text is {@code label} when the data names it, else the message {@code messageKey}.
     */
    record FacetLink(String value, String label, String messageKey, long count, boolean selected, String href) {
    }
}
