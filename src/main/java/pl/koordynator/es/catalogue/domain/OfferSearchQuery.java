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
 * letters, as a substring or, for words of three letters or more, as a similar word in the name or
 * the places (pg_trgm's {@code <%}, word similarity of at least 0.6: one wrong, missing or extra
 * letter in a word of seven letters or more). A word matched in the name ranks three times a match
 * in the description.
 * <p>
 * The description is matched as a substring only: word similarity against a text of thousands of
 * letters finds most of its trigrams in almost any long text, so the GIN index cannot narrow it
 * down and computing it for every row was most of the search's time.
 * <p>
 * The text is matched once per request: one statement keeps the offers it finds in a materialized
 * CTE ({@code hits}, with their rank and the values the facets need) and counts the total, every
 * facet and the page's ids from it; a second statement reads the page's offers by id.
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
    private static final String WIDE = "o.area_scope in ('REGION', 'COUNTRY')";

    private final JdbcClient jdbc;
    private final Territory territory;

    OfferSearchQuery(JdbcClient jdbc, Territory territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    /**
     * The filters of a search: the text (matched once, in {@code hits}) and the facets' conditions
     * over a row of {@code hits} aliased {@code o}; and their parameters.
     */
    private record Filters(String text, Map<String, String> conditions, Map<String, Object> params, String rank) {

        String where(String leftOut) {
            List<String> parts = new ArrayList<>();
            parts.add("true");
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
        String order = switch (search.sort() == null ? OfferSort.RELEVANCE : search.sort()) {
            case RELEVANCE -> filters.rank() == null ? "o.first_published_at desc nulls last, o.id desc"
                    : "o.rank desc, o.first_published_at desc nulls last, o.id desc";
            case NEWEST -> "o.first_published_at desc nulls last, o.id desc";
            case NAME -> "lower(o.name), o.id";
        };
        List<Unit> powiats = territory.units(Level.POWIAT, territory.regionTeryt());
        List<Unit> gminas = search.powiatTeryt() != null && !search.powiatTeryt().isBlank()
                ? territory.units(Level.GMINA, search.powiatTeryt().strip())
                : powiats.stream().flatMap(p -> territory.units(Level.GMINA, p.teryt()).stream()).toList();

        String sql = "with hits as materialized (select o.id, o.name, o.category_code, o.top_category_code, "
                + "o.organisation_kind, o.area_scope, o.first_published_at, " + SOCIAL_ENTERPRISE
                + " as social_enterprise, " + CatalogueOfferRepository.MARKED + " as marked, "
                + (filters.rank() == null ? "0" : filters.rank()) + " as rank from catalogue_offer o "
                + "where o.status = 'PUBLISHED' and o.organisation_active" + filters.text() + ")\n"
                + "select 'total' as facet, null as value, count(*) as n from hits o where " + filters.where(null)
                + "\nunion all " + grouped(filters, "category", "o.top_category_code")
                + "\nunion all " + grouped(filters, "pesKind", "o.organisation_kind")
                + "\nunion all " + grouped(filters, "socialEnterprise", "o.social_enterprise")
                + "\nunion all " + grouped(filters, "marked", "o.marked")
                + "\nunion all " + served(filters, "powiat", "powiats", true)
                + "\nunion all " + served(filters, "gmina", "gminas", false)
                + "\nunion all (select 'page', o.id::text, row_number() over (order by " + order + ") from hits o"
                + " where " + filters.where(null) + " order by " + order + " limit :limit offset :offset)";
        Map<String, Map<String, Long>> counts = new HashMap<>();
        List<Long> pageIds = new ArrayList<>();
        jdbc.sql(sql)
                .params(filters.params())
                .param("powiats", String.join(",", powiats.stream().map(Unit::teryt).toList()))
                .param("gminas", String.join(",", gminas.stream().map(Unit::teryt).toList()))
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, row) -> {
                    String facet = rs.getString("facet");
                    if (facet.equals("page")) {
                        pageIds.add(Long.valueOf(rs.getString("value")));
                    } else {
                        counts.computeIfAbsent(facet, f -> new HashMap<>())
                                .merge(String.valueOf(rs.getString("value")), rs.getLong("n"), Long::sum);
                    }
                    return facet;
                })
                .list();
        long total = counts.getOrDefault("total", Map.of()).values().stream().mapToLong(Long::longValue).sum();
        PageOf<OfferSummary> page = new PageOf<>(summaries(pageIds, today), paging.page(), paging.size(), total);

        List<FacetCount> categoryFacet = counts.getOrDefault("category", Map.of()).entrySet().stream()
                .filter(e -> categories.containsKey(e.getKey()))
                .sorted(Comparator.comparingInt(e -> categories.get(e.getKey()).position()))
                .map(e -> new FacetCount(e.getKey(), categories.get(e.getKey()).name(locale), null, e.getValue()))
                .toList();
        List<FacetCount> powiatFacet = units(counts, "powiat", powiats);
        List<FacetCount> gminaFacet = units(counts, "gmina", gminas);
        List<FacetCount> kindFacet = counts.getOrDefault("pesKind", Map.of()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(kind -> kindOrder(kind))))
                .map(e -> new FacetCount(e.getKey(), null, "registry.kind." + e.getKey(), e.getValue()))
                .toList();
        List<FacetCount> socialEnterpriseFacet = yesNo(counts.getOrDefault("socialEnterprise", Map.of()),
                "catalogue.facet.socialEnterprise.");
        List<FacetCount> markedFacet = yesNo(counts.getOrDefault("marked", Map.of()), "catalogue.facet.marked.");
        return new OfferSearchResult(page, categoryFacet, powiatFacet, gminaFacet, kindFacet, socialEnterpriseFacet,
                markedFacet);
    }

    /** The page's offers by id (primary key look-ups, no text matching), in the order of the search. */
    private List<OfferSummary> summaries(List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, OfferSummary> byId = new HashMap<>();
        jdbc.sql("select " + CatalogueOfferRepository.SUMMARY_COLUMNS + " from catalogue_offer o where o.id in (:ids)")
                .param("ids", ids)
                .param("today", today)
                .query(CatalogueOfferRepository::summary)
                .list()
                .forEach(summary -> byId.put(summary.id(), summary));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The units with offers: those serving the whole region or country count in every unit. */
    private static List<FacetCount> units(Map<String, Map<String, Long>> counts, String facet, List<Unit> units) {
        Map<String, Long> byUnit = counts.getOrDefault(facet, Map.of());
        long wide = byUnit.getOrDefault("null", 0L);
        Map<String, Unit> byTeryt = units.stream()
                .collect(Collectors.toMap(Unit::teryt, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return byTeryt.values().stream()
                .map(unit -> new FacetCount(unit.teryt(), unit.name(), null,
                        wide + byUnit.getOrDefault(unit.teryt(), 0L)))
                .filter(count -> count.count() > 0)
                .toList();
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

    /** Counts by an expression over the hits with the facet's own filter left out. */
    private static String grouped(Filters filters, String facet, String expression) {
        return "select '" + facet + "', (" + expression + ")::text, count(*) from hits o where "
                + filters.where(facet) + " group by 2";
    }

    /**
     * Counts per unit over the hits with the facet's own filter left out: the offers serving the
     * whole region or country once (value null, added to every unit), the others through their
     * areas (a gmina is served by an area of it or of its powiat).
     */
    private static String served(Filters filters, String facet, String unitsParam, boolean powiat) {
        return "select '" + facet + "', null, count(*) from hits o where " + WIDE + " and " + filters.where(facet)
                + "\nunion all select '" + facet + "', u.teryt, count(distinct o.id) from unnest(string_to_array(:"
                + unitsParam + ", ',')) as u (teryt) join catalogue_offer_area a on "
                + (powiat ? "left(a.teryt, 4) = u.teryt" : "a.teryt in (u.teryt, left(u.teryt, 4))")
                + " join hits o on o.id = a.offer_id where not " + WIDE + " and " + filters.where(facet)
                + " group by 2";
    }

    /** Whether offer {@code o} serves the unit: the whole region or country, the unit, or (a gmina) its powiat. */
    private static String serves(String teryt, boolean powiat) {
        return "(" + WIDE + " or exists (select 1 from catalogue_offer_area a "
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
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = "registry_search_text(:w" + i + ")";
            params.put("w" + i, words.get(i));
            // the same expressions as the trigram indexes' (V31), so that each is a bitmap index scan
            String contains = "o.%s like '%%' || " + word + " || '%%'";
            text.append(" and (").append(String.format(contains, "name_search")).append(" or ")
                    .append(String.format(contains, "description_search")).append(" or ")
                    .append(String.format(contains, "place_search"));
            if (words.get(i).length() >= 3) {
                text.append(" or ").append(word).append(" <% o.name_search or ").append(word)
                        .append(" <% o.place_search");
            }
            text.append(")");
            ranks.add("3 * word_similarity(" + word + ", o.name_search) + 0.5 * word_similarity(" + word
                    + ", o.place_search) + case when " + String.format(contains, "name_search")
                    + " then 1 else 0 end + case when " + String.format(contains, "description_search")
                    + " then 1 else 0 end");
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
            conditions.put("socialEnterprise", (search.socialEnterprise() ? "" : "not ") + "o.social_enterprise");
        }
        if (search.marked() != null) {
            conditions.put("marked", (search.marked() ? "" : "not ") + "o.marked");
        }
        return new Filters(text.toString(), conditions, params,
                ranks.isEmpty() ? null : "(" + String.join(" + ", ranks) + ")");
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
