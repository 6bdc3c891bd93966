package pl.koordynator.es.registry.domain;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.registry.GminaResources;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationQuery;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Organisations in PostgreSQL; searching, counting and sorting happen in SQL. */
@Repository
public class OrganisationRepository {

    static final String COLUMNS = """
            o.id, o.name, o.short_name, o.kind, o.nip, o.regon, o.krs, o.gmina_teryt, o.street, o.postal_code,
            o.town, o.email, o.phone, o.website, o.description,
            array(select f.field_code from organisation_field f where f.organisation_id = o.id
                  order by f.field_code) as fields,
            o.employees, o.employees_at_risk, o.reintegration_places, o.social_enterprise_decision,
            o.social_enterprise_since, o.social_enterprise_until, o.owes_id, o.owes_set_by_hand, o.status,
            o.version, o.created_at, o.updated_at""";

    /** What a PS status holding today means, in SQL. */
    private static final String SOCIAL_ENTERPRISE_TODAY = "(o.social_enterprise_since <= current_date "
            + "and (o.social_enterprise_until is null or o.social_enterprise_until >= current_date))";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrganisationView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.id = :id").param("id", id)
                .query(OrganisationRepository::map).optional();
    }

    Map<Long, OrganisationView> findAll(Collection<Long> ids) {
        Map<Long, OrganisationView> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select " + COLUMNS + " from organisation o where o.id in (:ids)").param("ids", ids)
                    .query(OrganisationRepository::map).list().forEach(organisation -> found.put(organisation.id(),
                            organisation));
        }
        return found;
    }

    java.util.Set<Long> pesAmong(Collection<Long> ids) {
        // one array parameter, so a list of any length stays one statement under the driver's parameter limit
        String array = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        return new java.util.HashSet<>(jdbc.sql("select id from organisation where id = any(cast(:ids as bigint[])) and kind in (:pes)")
                .param("ids", array).param("pes", Kind.pesKinds().stream().map(Kind::name).toList())
                .query(Long.class).list());
    }

    boolean isActiveOwes(long id) {
        return jdbc.sql("select count(*) from organisation where id = :id and kind = 'OWES' and status <> 'CLOSED'")
                .param("id", id).query(Long.class).single() > 0;
    }

    long insert(CheckedOrganisation o, Long owesId) {
        long id = jdbc.sql("""
                insert into organisation (name, short_name, kind, nip, regon, krs, gmina_teryt, street, postal_code,
                    town, email, phone, website, description, employees, employees_at_risk, reintegration_places,
                    social_enterprise_decision, social_enterprise_since, social_enterprise_until, owes_id,
                    owes_set_by_hand, status)
                values (:name, :shortName, :kind, :nip, :regon, :krs, :gmina, :street, :postalCode, :town, :email,
                    :phone, :website, :description, :employees, :atRisk, :places, :decision, :since, :until, :owesId,
                    :byHand, :status)
                returning id""").paramSource(params(o, owesId)).query(Long.class).single();
        replaceFields(id, o.fieldsOfActivity());
        return id;
    }

    /** False when the row's version is no longer {@code version}: someone else saved in between. */
    boolean update(long id, long version, CheckedOrganisation o, Long owesId) {
        Map<String, Object> params = params(o, owesId);
        params.put("id", id);
        params.put("version", version);
        int updated = jdbc.sql("""
                update organisation set name = :name, short_name = :shortName, kind = :kind, nip = :nip,
                    regon = :regon, krs = :krs, gmina_teryt = :gmina, street = :street, postal_code = :postalCode,
                    town = :town, email = :email, phone = :phone, website = :website, description = :description,
                    employees = :employees, employees_at_risk = :atRisk, reintegration_places = :places,
                    social_enterprise_decision = :decision, social_enterprise_since = :since,
                    social_enterprise_until = :until, owes_id = :owesId, owes_set_by_hand = :byHand,
                    status = :status, version = version + 1, updated_at = now()
                where id = :id and version = :version""").paramSource(params).update();
        if (updated == 1) {
            replaceFields(id, o.fieldsOfActivity());
        }
        return updated == 1;
    }

    boolean close(long id, long version) {
        return jdbc.sql("""
                update organisation set status = 'CLOSED', version = version + 1, updated_at = now()
                where id = :id and version = :version""").param("id", id).param("version", version).update() == 1;
    }

    private void replaceFields(long id, List<String> codes) {
        jdbc.sql("delete from organisation_field where organisation_id = :id").param("id", id).update();
        for (String code : codes) {
            jdbc.sql("insert into organisation_field (organisation_id, field_code) values (:id, :code)")
                    .param("id", id).param("code", code).update();
        }
    }

    /** The organisation already holding a number, if any other than {@code exceptId}. */
    Optional<Holder> holderOf(String column, String value, Long exceptId) {
        if (value == null) {
            return Optional.empty();
        }
        if (!List.of("nip", "regon", "krs").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select id, name from organisation where " + column + " = :value and id <> :except")
                .param("value", value).param("except", exceptId == null ? -1L : exceptId)
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2))).optional();
    }

    record Holder(long id, String name) {
    }

    long countActive(Kind kind, String gminaTeryt) {
        return jdbc.sql("select count(*) from organisation where status = 'ACTIVE' and kind = :kind"
                        + " and (cast(:gmina as varchar) is null or gmina_teryt = :gmina)")
                .param("kind", kind.name()).param("gmina", gminaTeryt).query(Long.class).single();
    }

    /** Resources of the given gminas, or of all when {@code gminas} is null. */
    List<GminaResources> resourcesByGmina(Collection<String> gminas) {
        String only = gminas == null ? "" : " and gmina_teryt in (:gminas)";
        Map<String, Object> params = new HashMap<>();
        params.put("pes", Kind.pesKinds().stream().map(Kind::name).toList());
        if (gminas != null) {
            params.put("gminas", gminas);
        }
        Map<String, Map<Kind, Long>> byKind = new HashMap<>();
        jdbc.sql("select gmina_teryt, kind, count(*) from organisation where status = 'ACTIVE'"
                        + " and gmina_teryt is not null and kind in (:pes)" + only + " group by gmina_teryt, kind")
                .params(params)
                .query((rs, n) -> byKind.computeIfAbsent(rs.getString(1), g -> new EnumMap<>(Kind.class))
                        .put(Kind.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
        return jdbc.sql("select gmina_teryt,"
                        + " count(*) filter (where " + SOCIAL_ENTERPRISE_TODAY + ") as social_enterprises,"
                        + " coalesce(sum(reintegration_places), 0) as places,"
                        + " coalesce(sum(employees) filter (where kind in (:pes)), 0) as jobs,"
                        + " coalesce(sum(employees_at_risk) filter (where kind in (:pes)), 0) as jobs_at_risk"
                        + " from organisation o where status = 'ACTIVE' and gmina_teryt is not null" + only
                        + " group by gmina_teryt order by gmina_teryt")
                .params(params)
                .query((rs, n) -> new GminaResources(rs.getString("gmina_teryt"),
                        Map.copyOf(byKind.getOrDefault(rs.getString("gmina_teryt"), Map.of())),
                        rs.getLong("social_enterprises"), rs.getLong("places"), rs.getLong("jobs"),
                        rs.getLong("jobs_at_risk")))
                .list();
    }

    List<OrganisationView> ofKind(Kind kind) {
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.kind = :kind and o.status <> 'CLOSED'"
                        + " order by o.name, o.id")
                .param("kind", kind.name()).query(OrganisationRepository::map).list();
    }

    List<OrganisationView> openSocialEnterprises() {
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.kind in (:pes) and o.status <> 'CLOSED'"
                        + " and " + SOCIAL_ENTERPRISE_TODAY + " order by o.name, o.id")
                .param("pes", Kind.pesKinds().stream().map(Kind::name).toList()).query(OrganisationRepository::map)
                .list();
    }

    List<OrganisationView> named(String text, int limit) {
        String pattern = containing(text);
        // the trigram index on search_text narrows 100,000 names to the few candidates ilike then checks
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.status <> 'CLOSED'"
                        + " and o.search_text like registry_search_text(:pattern)"
                        + " and (o.name ilike :pattern or o.short_name ilike :pattern) order by o.name, o.id limit :limit")
                .param("pattern", pattern).param("limit", limit).query(OrganisationRepository::map).list();
    }

    List<OrganisationView> namedExactly(String name) {
        // the index on lower(name) finds it at once; lower() in the C locale folds ASCII letters only
        return jdbc.sql("select " + COLUMNS + " from organisation o where lower(o.name) = lower(:name)"
                        + " and o.status <> 'CLOSED' order by o.id")
                .param("name", name).query(OrganisationRepository::map).list();
    }

    /** A LIKE pattern matching texts that contain the text literally. */
    private static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    List<OrganisationView> activePesServedBy(long owesId) {
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.status = 'ACTIVE' and o.kind in (:pes)"
                        + " and o.owes_id = :owes order by o.name, o.id")
                .param("pes", Kind.pesKinds().stream().map(Kind::name).toList())
                .param("owes", owesId).query(OrganisationRepository::map).list();
    }

    List<OrganisationView> activePesIn(String teryt, int limit) {
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.status = 'ACTIVE' and o.kind in (:pes) and o.gmina_teryt like :teryt || '%'"
                        + " order by o.name limit :limit")
                .param("pes", Kind.pesKinds().stream().map(Kind::name).toList())
                .param("teryt", teryt).param("limit", limit)
                .query(OrganisationRepository::map).list();
    }

    /**
     * Re-derives the serving OWES of every organisation whose OWES was not chosen by hand, from
     * the powiats of each subregion's OWES.
     */
    void deriveServingOwes(Map<Long, Collection<String>> powiatsByOwes) {
        jdbc.sql("update organisation set owes_id = null where not owes_set_by_hand and owes_id is not null").update();
        powiatsByOwes.forEach((owesId, powiats) -> {
            if (!powiats.isEmpty()) {
                jdbc.sql("update organisation set owes_id = :owes where not owes_set_by_hand and powiat_teryt in (:powiats)")
                        .param("owes", owesId).param("powiats", powiats).update();
            }
        });
    }

    PageOf<OrganisationView> search(OrganisationQuery query, Collection<String> subregionPowiats, boolean publicOnly,
            Paging paging) {
        Where where = where(query, subregionPowiats, publicOnly);
        // counting every match of a broad word costs more than finding the page; counting stops one past
        // the cap, which always covers the page after the one asked for, so "next" is never wrong
        long cap = paging.countCap();
        long counted = where.bind(jdbc.sql("select count(*) from (select 1 from organisation o" + where.sql
                        + " limit :countLimit) c")).param("countLimit", cap + 1).query(Long.class).single();
        // Few matches (at most the cap, now known): fetch them all through the trigram index and sort them. Left
        // to itself the planner, which misjudges how rare two words together are, may walk the index on
        // lower(name) through most of the register to fill the page. Many matches: that walk is what is cheap.
        String matches = counted > cap ? "select " + COLUMNS + " from organisation o" + where.sql
                : "with matches as materialized (select o.* from organisation o" + where.sql + ") select " + COLUMNS
                        + " from matches o";
        // a page past the last match (or a search without matches) is empty without asking
        List<OrganisationView> items = counted <= paging.offset() ? List.of()
                : where.bind(jdbc.sql(matches + " order by " + order(query.sort()) + " limit :limit offset :offset"))
                        .param("limit", paging.size()).param("offset", paging.offset())
                        .query(OrganisationRepository::map).list();
        return PageOf.counted(items, paging, counted);
    }

    /** Streams every match in the list's order, for exports of any size without holding them all. */
    void each(OrganisationQuery query, Collection<String> subregionPowiats, boolean publicOnly,
            Consumer<OrganisationView> consumer) {
        Where where = where(query, subregionPowiats, publicOnly);
        try (var rows = where.bind(jdbc.sql("select " + COLUMNS + " from organisation o" + where.sql
                + " order by " + order(query.sort()))).withFetchSize(1000).query(OrganisationRepository::map).stream()) {
            rows.forEach(consumer);
        }
    }

    private static String order(OrganisationQuery.Sort sort) {
        return switch (sort) {
            case NAME -> "lower(o.name), o.id";
            case NAME_DESC -> "lower(o.name) desc, o.id desc";
            case KIND -> "o.kind, lower(o.name), o.id";
            case GMINA -> "o.gmina_teryt nulls last, lower(o.name), o.id";
            case UPDATED_DESC -> "o.updated_at desc, o.id desc";
        };
    }

    private static final class Where {
        private final StringBuilder sql = new StringBuilder(" where true");
        private final Map<String, Object> params = new LinkedHashMap<>();

        void add(String condition, String name, Object value) {
            sql.append(" and ").append(condition);
            if (name != null) {
                params.put(name, value);
            }
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            params.forEach(spec::param);
            return spec;
        }
    }

    private static Where where(OrganisationQuery query, Collection<String> subregionPowiats, boolean publicOnly) {
        Where where = new Where();
        if (publicOnly) {
            where.add("o.status = 'ACTIVE' and o.kind in (:pesKinds)", "pesKinds",
                    Kind.pesKinds().stream().map(Kind::name).toList());
        }
        if (query.text() != null) {
            // every word typed must occur somewhere: "spoldzielnia zulawy" finds "Spółdzielnia Socjalna Żuławy"
            StringBuilder words = new StringBuilder("(true");
            String[] typed = query.text().toLowerCase().split("\\s+");
            for (int i = 0; i < typed.length; i++) {
                words.append(" and o.search_text like registry_search_text(:word").append(i).append(")");
                where.params.put("word" + i, containing(typed[i]));
            }
            words.append(")");
            String digits = Digits.normalise(query.text());
            if (Digits.allDigits(digits) && digits.length() >= 9) {
                where.add("(o.nip = :digits or o.regon = :digits or o.krs = :digits or " + words + ")", "digits",
                        digits);
            } else {
                where.add(words.toString(), null, null);
            }
        }
        if (query.kind() != null) {
            where.add("o.kind = :kind", "kind", query.kind().name());
        }
        if (query.powiatTeryt() != null) {
            where.add("o.powiat_teryt = :powiat", "powiat", query.powiatTeryt());
        }
        if (query.gminaTeryt() != null) {
            where.add("o.gmina_teryt = :gmina", "gmina", query.gminaTeryt());
        }
        if (subregionPowiats != null) {
            where.add(subregionPowiats.isEmpty() ? "false" : "o.powiat_teryt in (:subregionPowiats)",
                    "subregionPowiats", subregionPowiats.isEmpty() ? null : subregionPowiats);
        }
        if (query.owesId() != null) {
            where.add("o.owes_id = :owesId", "owesId", query.owesId());
        }
        if (query.socialEnterprise() != null) {
            where.add(query.socialEnterprise() ? SOCIAL_ENTERPRISE_TODAY
                    : "not coalesce(" + SOCIAL_ENTERPRISE_TODAY + ", false)", null, null);
        }
        if (query.status() != null) {
            where.add("o.status = :status", "status", query.status().name());
        }
        if (Boolean.TRUE.equals(query.pes())) {
            where.add("o.kind in (:onlyPesKinds)", "onlyPesKinds", Kind.pesKinds().stream().map(Kind::name).toList());
        }
        return where;
    }

    private static Map<String, Object> params(CheckedOrganisation o, Long owesId) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", o.name());
        params.put("shortName", o.shortName());
        params.put("kind", o.kind().name());
        params.put("nip", o.nip());
        params.put("regon", o.regon());
        params.put("krs", o.krs());
        params.put("gmina", o.gminaTeryt());
        params.put("street", o.street());
        params.put("postalCode", o.postalCode());
        params.put("town", o.town());
        params.put("email", o.email());
        params.put("phone", o.phone());
        params.put("website", o.website());
        params.put("description", o.description());
        params.put("employees", o.employees());
        params.put("atRisk", o.employeesAtRisk());
        params.put("places", o.reintegrationPlaces());
        params.put("decision", o.socialEnterpriseDecision());
        params.put("since", o.socialEnterpriseSince());
        params.put("until", o.socialEnterpriseUntil());
        params.put("owesId", owesId);
        params.put("byHand", o.owesId() != null);
        params.put("status", o.status().name());
        return params;
    }

    static OrganisationView map(ResultSet rs, int row) throws SQLException {
        LocalDate since = date(rs.getDate("social_enterprise_since"));
        LocalDate until = date(rs.getDate("social_enterprise_until"));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Warsaw"));
        boolean socialEnterprise = since != null && !since.isAfter(today) && (until == null || !until.isBefore(today));
        Array fields = rs.getArray("fields");
        return new OrganisationView(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                Kind.valueOf(rs.getString("kind")), rs.getString("nip"), rs.getString("regon"), rs.getString("krs"),
                rs.getString("gmina_teryt"), rs.getString("street"), rs.getString("postal_code"),
                rs.getString("town"), rs.getString("email"), rs.getString("phone"), rs.getString("website"),
                rs.getString("description"),
                fields == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) fields.getArray())),
                integer(rs, "employees"), integer(rs, "employees_at_risk"), integer(rs, "reintegration_places"),
                rs.getString("social_enterprise_decision"), since, until, socialEnterprise,
                rs.getObject("owes_id") == null ? null : rs.getLong("owes_id"), rs.getBoolean("owes_set_by_hand"),
                OrganisationStatus.valueOf(rs.getString("status")), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
