package pl.koordynator.es.catalogue.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.catalogue.Category;
import pl.koordynator.es.catalogue.FacetCount;
import pl.koordynator.es.catalogue.OfferSearch;
import pl.koordynator.es.catalogue.OfferSearchResult;
import pl.koordynator.es.catalogue.OfferSort;
import pl.koordynator.es.catalogue.OfferSummary;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The public catalogue's search. Every word must occur in the offer's name, description or
 * places (the provider's town and gmina, the units it serves), compared without case and Polish
 * letters, as a substring or, for words of three letters or more, as a similar word (pg_trgm's
 * {@code <%}, word similarity of at least 0.6: one wrong, missing or extra letter in a word of
 * seven letters or more). A word matched in the name ranks three times a match in the description.
 * <p>
 * The facets count the offers the search finds with each value chosen in addition, each facet
 * leaving out its own filter, so a count is the number of results a click on it gives. An offer
 * for the whole region or the whole country serves every powiat and gmina, so it counts in each
 * of them; an offer for chosen powiats counts in every gmina of those powiats.
 */
@Component
class OfferSearchQuery {

    private static final int MOST_WORDS = 8;
    private static final String SOCIAL_ENTERPRISE = "(o.social_enterprise_since <= :today and "
            + "(o.social_enterprise_until is null or o.social_enterprise_until >= :today))";

    private final JdbcClient jdbc;
    private final Territory territory;

    OfferSearchQuery(JdbcClient jdbc, Territory territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    /** The filters of a search by facet ("text" is never left out), and their parameters. */
    private record Filters(Map<String, String> conditions, Map<String, Object> params, String rank) {

        String where(String leftOut) {
            List<String> parts = new ArrayList<>();
            parts.add("o.status = 'PUBLISHED' and o.organisation_active");
            conditions.forEach((facet, condition) -> {
                if (!facet.equals(leftOut)) {
                    parts.add(condition);
                }
            });
            return String.join(" and ", parts);
        }
    }

    OfferSearchResult search(OfferSearch search, Map<String, Category> categories, LocalDate today, Locale locale) {
        Paging paging = search.paging();
        Filters filters = filters(search, categories, today);
        String where = filters.where(null);
        long total = jdbc.sql("select count(*) from catalogue_offer o where " + where)
                .params(filters.params()).query(Long.class).single();
        String order = switch (search.sort() == null ? OfferSort.RELEVANCE : search.sort()) {
            case RELEVANCE -> filters.rank() == null ? "o.first_published_at desc nulls last, o.id desc"
                    : "rank desc, o.first_published_at desc nulls last, o.id desc";
            case NEWEST -> "o.first_published_at desc nulls last, o.id desc";
            case NAME -> "lower(o.name), o.id";
        };
        List<OfferSummary> items = jdbc.sql("select " + CatalogueOfferRepository.SUMMARY_COLUMNS
                        + (filters.rank() == null ? "" : ", " + filters.rank() + " as rank")
                        + " from catalogue_offer o where " + where + " order by " + order
                        + " limit :limit offset :offset")
                .params(filters.params())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(CatalogueOfferRepository::summary).list();
        PageOf<OfferSummary> page = new PageOf<>(items, paging.page(), paging.size(), total);

        List<FacetCount> categoryFacet = grouped(filters, "category", "o.top_category_code").entrySet().stream()
                .filter(e -> categories.containsKey(e.getKey()))
                .sorted(Comparator.comparingInt(e -> categories.get(e.getKey()).position()))
                .map(e -> new FacetCount(e.getKey(), categories.get(e.getKey()).name(locale), null, e.getValue()))
                .toList();
        List<Unit> powiats = territory.units(Level.POWIAT, territory.regionTeryt());
        List<FacetCount> powiatFacet = served(filters, "powiat", powiats, true);
        List<Unit> gminas = search.powiatTeryt() != null && !search.powiatTeryt().isBlank()
                ? territory.units(Level.GMINA, search.powiatTeryt().strip())
                : powiats.stream().flatMap(p -> territory.units(Level.GMINA, p.teryt()).stream()).toList();
        List<FacetCount> gminaFacet = served(filters, "gmina", gminas, false);
        List<FacetCount> kindFacet = grouped(filters, "pesKind", "o.organisation_kind").entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(kind -> kindOrder(kind))))
                .map(e -> new FacetCount(e.getKey(), null, "registry.kind." + e.getKey(), e.getValue()))
                .toList();
        List<FacetCount> socialEnterpriseFacet = yesNo(grouped(filters, "socialEnterprise", SOCIAL_ENTERPRISE),
                "catalogue.facet.socialEnterprise.");
        List<FacetCount> markedFacet = yesNo(grouped(filters, "marked", CatalogueOfferRepository.MARKED),
                "catalogue.facet.marked.");
        return new OfferSearchResult(page, categoryFacet, powiatFacet, gminaFacet, kindFacet, socialEnterpriseFacet,
                markedFacet);
    }

    private static int kindOrder(String kind) {
        try {
            return pl.koordynator.es.registry.Kind.valueOf(kind).ordinal();
        } catch (IllegalArgumentException unknown) {
            return Integer.MAX_VALUE;
        }
    }

    private static List<FacetCount> yesNo(Map<String, Long> counts, String keyPrefix) {
        List<FacetCount> facet = new ArrayList<>();
        for (String value : List.of("true", "false")) {
            Long count = counts.get(value);
            if (count != null && count > 0) {
                facet.add(new FacetCount(value, null, keyPrefix + value, count));
            }
        }
        return facet;
    }

    /** Counts by an expression over the search with its facet's own filter left out. */
    private Map<String, Long> grouped(Filters filters, String facet, String expression) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select (" + expression + ")::text as value, count(*) as n from catalogue_offer o where "
                        + filters.where(facet) + " group by 1")
                .params(filters.params())
                .query((rs, row) -> counts.put(rs.getString("value"), rs.getLong("n")))
                .list();
        return counts;
    }

    /** Counts per unit of the offers serving it, over the search with the facet's own filter left out. */
    private List<FacetCount> served(Filters filters, String facet, List<Unit> units, boolean powiat) {
        if (units.isEmpty()) {
            return List.of();
        }
        Map<String, Unit> byTeryt = units.stream()
                .collect(Collectors.toMap(Unit::teryt, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select u.teryt, count(*) as n from unnest(string_to_array(:units, ',')) as u (teryt) "
                        + "join catalogue_offer o on " + serves("u.teryt", powiat) + " where " + filters.where(facet)
                        + " group by u.teryt")
                .params(filters.params())
                .param("units", String.join(",", byTeryt.keySet()))
                .query((rs, row) -> counts.put(rs.getString("teryt"), rs.getLong("n")))
                .list();
        return byTeryt.values().stream().filter(unit -> counts.getOrDefault(unit.teryt(), 0L) > 0)
                .map(unit -> new FacetCount(unit.teryt(), unit.name(), null, counts.get(unit.teryt())))
                .toList();
    }

    /** Whether offer {@code o} serves the unit: the whole region or country, the unit, or (a gmina) its powiat. */
    private static String serves(String teryt, boolean powiat) {
        return "(o.area_scope in ('REGION', 'COUNTRY') or exists (select 1 from catalogue_offer_area a "
                + "where a.offer_id = o.id and " + (powiat
                        ? "(a.teryt = " + teryt + " or left(a.teryt, 4) = " + teryt + ")"
                        : "(a.teryt = " + teryt + " or a.teryt = left(" + teryt + ", 4))")
                + "))";
    }

    private Filters filters(OfferSearch search, Map<String, Category> categories, LocalDate today) {
        Map<String, String> conditions = new LinkedHashMap<>();
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        List<String> words = words(search.q());
        List<String> ranks = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = "registry_search_text(:w" + i + ")";
            params.put("w" + i, words.get(i));
            String contains = "o.%s like '%%' || " + word + " || '%%'";
            StringBuilder condition = new StringBuilder("(")
                    .append(String.format(contains, "name_search")).append(" or ")
                    .append(String.format(contains, "description_search")).append(" or ")
                    .append(String.format(contains, "place_search"));
            if (words.get(i).length() >= 3) {
                condition.append(" or ").append(word).append(" <% o.name_search or ").append(word)
                        .append(" <% o.description_search or ").append(word).append(" <% o.place_search");
            }
            conditions.put("text" + i, condition.append(")").toString());
            ranks.add("3 * word_similarity(" + word + ", o.name_search) + word_similarity(" + word
                    + ", o.description_search) + 0.5 * word_similarity(" + word + ", o.place_search)"
                    + " + case when " + String.format(contains, "name_search") + " then 1 else 0 end");
        }
        String category = blankToNull(search.category());
        if (category != null) {
            if (!categories.containsKey(category)) {
                throw InvalidInputException.of("category", "catalogue.offer.category.unknown");
            }
            conditions.put("category", "(o.category_code = :category or o.top_category_code = :category)");
            params.put("category", category);
        }
        String powiat = blankToNull(search.powiatTeryt());
        if (powiat != null) {
            if (!powiat.matches("\\d{4}")) {
                throw InvalidInputException.of("powiatTeryt", "catalogue.search.powiat.invalid");
            }
            conditions.put("powiat", serves(":powiat", true));
            params.put("powiat", powiat);
        }
        String gmina = blankToNull(search.gminaTeryt());
        if (gmina != null) {
            if (!gmina.matches("\\d{7}")) {
                throw InvalidInputException.of("gminaTeryt", "catalogue.search.gmina.invalid");
            }
            conditions.put("gmina", serves(":gmina", false));
            params.put("gmina", gmina);
        }
        if (search.pesKind() != null) {
            conditions.put("pesKind", "o.organisation_kind = :pesKind");
            params.put("pesKind", search.pesKind().name());
        }
        if (search.socialEnterprise() != null) {
            conditions.put("socialEnterprise", (search.socialEnterprise() ? "" : "not ") + SOCIAL_ENTERPRISE);
        }
        if (search.marked() != null) {
            conditions.put("marked", (search.marked() ? "" : "not ") + CatalogueOfferRepository.MARKED);
        }
        return new Filters(conditions, params, ranks.isEmpty() ? null : "(" + String.join(" + ", ranks) + ")");
    }

    /** The words of a query: letters and digits, at most {@link #MOST_WORDS}, none of LIKE's wildcards. */
    static List<String> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(MOST_WORDS)
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
