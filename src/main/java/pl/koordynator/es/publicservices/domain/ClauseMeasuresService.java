package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.publicservices.ClauseMeasure;
import pl.koordynator.es.publicservices.ClauseMeasureLevel;
import pl.koordynator.es.publicservices.ClauseMeasures;
import pl.koordynator.es.publicservices.ClauseProcurement;
import pl.koordynator.es.publicservices.ClauseShare;
import pl.koordynator.es.publicservices.ClauseType;
import pl.koordynator.es.publicservices.JstClauseHistory;
import pl.koordynator.es.publicservices.JstTier;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The social clause measures computed in SQL from the module's tables: one query over the lots and
 * one over the public tasks per answer, grouped by unit and year. The buyer's seat and kind are
 * copied onto each procurement when it is written, so no other module's table is read.
 */
@Service
class ClauseMeasuresService implements ClauseMeasures {

    /** The SQL condition of a lot carrying each clause type (the same as the {@code has_clause} column's parts). */
    static final Map<ClauseType, String> CLAUSE_CONDITIONS = new EnumMap<>(Map.of(
            ClauseType.RESERVED_ART94, "l.reserved_art94 is not null",
            ClauseType.EMPLOYMENT_CONTRACT_ART95, "l.employment_contract_art95",
            ClauseType.EMPLOYMENT_ART96, "l.employment_art96_group is not null",
            ClauseType.SOCIAL_CRITERION, "l.social_criterion_weight is not null",
            ClauseType.RESERVED_ART361, "l.reserved_art361"));

    /** A lot's value: its contract value once awarded, else (and while that is unknown) its estimate. */
    static final String LOT_VALUE = "(case when l.result = 'AWARDED' then coalesce(l.contract_value, l.estimated_value)"
            + " else l.estimated_value end)";

    private static final String NOT_CANCELLED = "l.result <> 'CANCELLED'";
    private static final int LATEST_WITH_CLAUSES = 10;

    private final JdbcClient jdbc;
    private final Territory territory;
    private final Organisations organisations;
    private final Clock clock;
    private final PlatformSettings platform;
    private final CachedAnswers<String, Object> cache;

    ClauseMeasuresService(JdbcClient jdbc, Territory territory, Organisations organisations, Clock clock,
            PlatformSettings platform, DataChanges changes) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.organisations = organisations;
        this.clock = clock;
        this.platform = platform;
        this.cache = changes.cache(200, "publicservices", "territory");
    }

    @Override
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<ClauseMeasure> measures(int year, ClauseMeasureLevel level) {
        return (List<ClauseMeasure>) cache.get("measures:" + level + ":" + year, () -> computeMeasures(year, level));
    }

    @Override
    @Transactional(readOnly = true)
    public ClauseMeasure region(int year) {
        return measures(year, ClauseMeasureLevel.REGION).get(0);
    }

    @Override
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<Integer> years() {
        return (List<Integer>) cache.get("years", () -> {
            int current = today().getYear();
            Integer first = jdbc.sql("""
                    select min(y) from (select extract(year from notice_date)::int as y from publicservices_procurement
                                        union all
                                        select extract(year from call_date)::int from publicservices_public_task) years""")
                    .query(Integer.class).optional().orElse(null);
            Integer last = jdbc.sql("""
                    select max(y) from (select extract(year from notice_date)::int as y from publicservices_procurement
                                        union all
                                        select extract(year from call_date)::int from publicservices_public_task) years""")
                    .query(Integer.class).optional().orElse(null);
            int from = first == null ? current : Math.min(first, current);
            int to = last == null ? current : Math.max(last, current);
            List<Integer> years = new ArrayList<>();
            for (int year = from; year <= to; year++) {
                years.add(year);
            }
            return List.copyOf(years);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<JstClauseHistory> history(long organisationId) {
        Optional<OrganisationView> found = organisations.find(organisationId).filter(o -> o.kind() == Kind.JST);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OrganisationView jst = found.get();
        Map<String, Object> params = Map.of("id", organisationId);
        List<ClauseMeasure> years = new ArrayList<>(compute(ClauseMeasureLevel.JST, "p.buyer_id::text",
                "t.jst_id::text", "extract(year from p.notice_date)::int", "extract(year from t.call_date)::int",
                "p.buyer_id = :id", "t.jst_id = :id", params).values());
        years.sort(Comparator.comparingInt(ClauseMeasure::year).reversed());
        Map<Integer, BigDecimal> regionShares = new HashMap<>();
        for (ClauseMeasure year : years) {
            BigDecimal share = region(year.year()).share();
            if (share != null) {
                regionShares.put(year.year(), share);
            }
        }
        JstTier tier = tier(jst.name());
        String unitName = unitName(tier, jst.gminaTeryt());
        return Optional.of(new JstClauseHistory(jst.id(), jst.name(), tier, unitName == null ? jst.name() : unitName,
                years, regionShares, latestWithClauses(organisationId)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClauseMeasure> jstWithoutClauses(int year) {
        return measures(year, ClauseMeasureLevel.JST).stream()
                .filter(m -> m.lots() > 0 && m.lotsWithClauses() == 0).toList();
    }

    /**
     * The measures of the days {@code from}..{@code to} (by notice and call date) for the region
     * (key {@code ""}) and per powiat of the buyer's seat; for the programme's measures.
     */
    Map<String, ClauseMeasure> overDays(LocalDate from, LocalDate to) {
        Map<String, Object> params = Map.of("from", from, "to", to);
        String procurements = "p.notice_date between :from and :to";
        String tasks = "t.call_date between :from and :to";
        Map<String, ClauseMeasure> result = new LinkedHashMap<>();
        compute(ClauseMeasureLevel.REGION, "''", "''", "0", "0", procurements, tasks, params)
                .values().forEach(m -> result.put("", m));
        compute(ClauseMeasureLevel.POWIAT, "p.buyer_powiat_teryt", "t.jst_powiat_teryt", "0", "0",
                procurements + " and p.buyer_powiat_teryt is not null", tasks + " and t.jst_powiat_teryt is not null",
                params).values().forEach(m -> result.put(m.unitCode(), m));
        result.putIfAbsent("", empty(ClauseMeasureLevel.REGION, "", null, 0));
        return result;
    }

    /** A JST's tier from its name, as the register names them ("Powiat Gdański", "Województwo Pomorskie"). */
    static JstTier tier(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.contains("województw") || lower.contains("marszał")) {
            return JstTier.VOIVODESHIP;
        }
        if (lower.contains("powiat") || lower.contains("starostw")) {
            return JstTier.POWIAT;
        }
        return JstTier.GMINA;
    }

    private String unitName(JstTier tier, String gminaTeryt) {
        String teryt = switch (tier) {
            case VOIVODESHIP -> territory.regionTeryt();
            case POWIAT -> gminaTeryt == null || gminaTeryt.length() < 4 ? null : gminaTeryt.substring(0, 4);
            case GMINA -> gminaTeryt;
        };
        return teryt == null ? null : territory.find(teryt).map(Unit::name).orElse(null);
    }

    private List<ClauseMeasure> computeMeasures(int year, ClauseMeasureLevel level) {
        Map<String, Object> params = Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year, 12, 31));
        String procurements = "p.notice_date between :from and :to";
        String tasks = "t.call_date between :from and :to";
        String yearOfProcurement = "extract(year from p.notice_date)::int";
        String yearOfTask = "extract(year from t.call_date)::int";
        return switch (level) {
            case REGION -> {
                String region = territory.regionTeryt();
                Map<String, ClauseMeasure> found = compute(level, "'" + region.replace("'", "") + "'",
                        "'" + region.replace("'", "") + "'", yearOfProcurement, yearOfTask, procurements, tasks, params);
                String name = territory.find(region).map(Unit::name).orElse(region);
                ClauseMeasure measure = found.isEmpty() ? empty(level, region, name, year) : found.values().iterator().next();
                yield List.of(named(measure, name));
            }
            case POWIAT, GMINA -> {
                boolean powiat = level == ClauseMeasureLevel.POWIAT;
                Map<String, ClauseMeasure> found = compute(level, powiat ? "p.buyer_powiat_teryt" : "p.buyer_gmina_teryt",
                        powiat ? "t.jst_powiat_teryt" : "t.jst_gmina_teryt", yearOfProcurement, yearOfTask,
                        procurements, tasks, params);
                Map<String, ClauseMeasure> byUnit = new TreeMap<>();
                for (Unit unit : territory.units(powiat ? Level.POWIAT : Level.GMINA, null)) {
                    ClauseMeasure measure = found.get(unit.teryt() + "|" + year);
                    byUnit.put(unit.teryt(), measure == null ? empty(level, unit.teryt(), unit.name(), year)
                            : named(measure, unit.name()));
                }
                // a seat outside the current units (a historical code) still counts
                found.values().stream().filter(m -> m.unitCode() != null && !byUnit.containsKey(m.unitCode()))
                        .forEach(m -> byUnit.put(m.unitCode(),
                                named(m, territory.find(m.unitCode()).map(Unit::name).orElse(m.unitCode()))));
                yield List.copyOf(byUnit.values());
            }
            case JST -> {
                Map<String, ClauseMeasure> found = compute(level, "p.buyer_id::text", "t.jst_id::text",
                        yearOfProcurement, yearOfTask, procurements + " and p.buyer_kind = 'JST'", tasks, params);
                yield found.values().stream()
                        .sorted(Comparator.comparing((ClauseMeasure m) -> m.unitName() == null ? "" : m.unitName(),
                                java.text.Collator.getInstance(Locale.forLanguageTag("pl"))))
                        .toList();
            }
        };
    }

    /**
     * The measures grouped by unit and year, keyed {@code unit|year}: one query over the lots and one
     * over the public tasks.
     */
    private Map<String, ClauseMeasure> compute(ClauseMeasureLevel level, String procurementUnit, String taskUnit,
            String procurementYear, String taskYear, String procurementWhere, String taskWhere,
            Map<String, Object> params) {
        StringBuilder clauseColumns = new StringBuilder();
        for (ClauseType type : ClauseType.values()) {
            String condition = CLAUSE_CONDITIONS.get(type);
            clauseColumns.append(", count(*) filter (where ").append(condition).append(") as lots_").append(type.name())
                    .append(", coalesce(sum(").append(LOT_VALUE).append(") filter (where ").append(condition)
                    .append("), 0) as value_").append(type.name());
        }
        String won = "l.result = 'AWARDED' and ";
        String lotSql = "select " + procurementUnit + " as unit, " + procurementYear + " as year,"
                + " (array_agg(p.buyer_name order by p.notice_date desc, p.id desc))[1] as name,"
                + " count(distinct p.id) as procurements, count(*) as lots,"
                + " count(*) filter (where l.has_clause) as lots_with_clauses,"
                + " coalesce(sum(" + LOT_VALUE + "), 0) as value_total,"
                + " coalesce(sum(" + LOT_VALUE + ") filter (where l.has_clause), 0) as value_with_clauses"
                + clauseColumns
                + ", count(*) filter (where " + won + "l.contractor_pes) as pes_contracts"
                + ", coalesce(sum(l.contract_value) filter (where " + won + "l.contractor_pes), 0) as pes_value"
                + ", count(*) filter (where " + won + "l.contractor_social_enterprise) as ps_contracts"
                + ", coalesce(sum(l.contract_value) filter (where " + won + "l.contractor_social_enterprise), 0) as ps_value"
                + ", coalesce(sum(l.persons_employed) filter (where l.employment_art96_group is not null), 0) as persons_employed"
                + ", coalesce(sum(l.employment_art96_persons) filter (where l.employment_art96_group is not null), 0)"
                + " as persons_required"
                + ", coalesce(sum(" + LOT_VALUE + ") filter (where l.social_services_art359), 0) as social_services_value"
                + " from publicservices_procurement p join publicservices_lot l on l.procurement_id = p.id"
                + " where " + NOT_CANCELLED + " and " + procurementWhere
                + " group by 1, 2";
        Map<String, LotFigures> lots = new HashMap<>();
        jdbc.sql(lotSql).params(params).query((rs, row) -> lotFigures(rs)).list()
                .forEach(f -> lots.put(f.unit() + "|" + f.year(), f));
        // a task is commissioned once a winner is chosen; the amount of an open call is only on offer
        String taskSql = "select " + taskUnit + " as unit, " + taskYear + " as year,"
                + " (array_agg(t.jst_name order by t.call_date desc, t.id desc))[1] as name,"
                + " coalesce(sum(t.amount), 0) as total, coalesce(sum(t.amount) filter (where t.winner_pes), 0) as to_pes"
                + " from publicservices_public_task t"
                + " where (t.winner_id is not null or t.winner_name is not null) and " + taskWhere
                + " group by 1, 2";
        Map<String, TaskFigures> tasks = new HashMap<>();
        jdbc.sql(taskSql).params(params).query((rs, row) -> new TaskFigures(rs.getString("unit"), rs.getInt("year"),
                rs.getString("name"), rs.getBigDecimal("total"), rs.getBigDecimal("to_pes"))).list()
                .forEach(t -> tasks.put(t.unit() + "|" + t.year(), t));
        Map<String, ClauseMeasure> result = new HashMap<>();
        for (String key : union(lots.keySet(), tasks.keySet())) {
            LotFigures l = lots.get(key);
            TaskFigures t = tasks.get(key);
            String unit = l != null ? l.unit() : t.unit();
            int year = l != null ? l.year() : t.year();
            String name = l != null && l.name() != null ? l.name() : t != null ? t.name() : null;
            BigDecimal total = l == null ? BigDecimal.ZERO : l.valueTotal();
            List<ClauseShare> byClause = new ArrayList<>();
            for (ClauseType type : ClauseType.values()) {
                BigDecimal value = l == null ? BigDecimal.ZERO : l.clauseValues().get(type);
                byClause.add(new ClauseShare(type, l == null ? 0 : l.clauseLots().get(type), value, share(value, total)));
            }
            result.put(key, new ClauseMeasure(level, unit, level == ClauseMeasureLevel.JST ? name : null, year,
                    l == null ? 0 : l.procurements(), l == null ? 0 : l.lots(), l == null ? 0 : l.lotsWithClauses(),
                    total, l == null ? BigDecimal.ZERO : l.valueWithClauses(),
                    share(l == null ? BigDecimal.ZERO : l.valueWithClauses(), total), byClause,
                    l == null ? 0 : l.pesContracts(), l == null ? BigDecimal.ZERO : l.pesValue(),
                    l == null ? 0 : l.psContracts(), l == null ? BigDecimal.ZERO : l.psValue(),
                    l == null ? 0 : l.personsEmployed(), l == null ? 0 : l.personsRequired(),
                    t == null ? BigDecimal.ZERO : t.total(), t == null ? BigDecimal.ZERO : t.toPes(),
                    l == null ? BigDecimal.ZERO : l.socialServicesValue()));
        }
        return result;
    }

    private List<ClauseProcurement> latestWithClauses(long buyerId) {
        StringBuilder clauses = new StringBuilder("array_remove(array[");
        List<String> parts = new ArrayList<>();
        for (ClauseType type : ClauseType.values()) {
            parts.add("case when bool_or(" + CLAUSE_CONDITIONS.get(type) + ") then '" + type.name() + "' end");
        }
        clauses.append(String.join(", ", parts)).append("], null)");
        return jdbc.sql("select p.id, p.title, p.notice_number, p.notice_date, coalesce(sum(" + LOT_VALUE + "), 0) as value, "
                        + clauses + " as clauses"
                        + " from publicservices_procurement p join publicservices_lot l on l.procurement_id = p.id"
                        + " where p.buyer_id = :id and " + NOT_CANCELLED
                        + " group by p.id having bool_or(l.has_clause)"
                        + " order by p.notice_date desc, p.id desc limit " + LATEST_WITH_CLAUSES)
                .param("id", buyerId)
                .query((rs, row) -> new ClauseProcurement(rs.getLong("id"), rs.getString("title"),
                        rs.getString("notice_number"), rs.getObject("notice_date", LocalDate.class),
                        rs.getBigDecimal("value"), clauseTypes(rs.getArray("clauses"))))
                .list();
    }

    private static List<ClauseType> clauseTypes(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(o -> ClauseType.valueOf((String) o)).sorted().toList();
    }

    private static LotFigures lotFigures(ResultSet rs) throws SQLException {
        Map<ClauseType, Long> clauseLots = new EnumMap<>(ClauseType.class);
        Map<ClauseType, BigDecimal> clauseValues = new EnumMap<>(ClauseType.class);
        for (ClauseType type : ClauseType.values()) {
            clauseLots.put(type, rs.getLong("lots_" + type.name()));
            clauseValues.put(type, rs.getBigDecimal("value_" + type.name()));
        }
        return new LotFigures(rs.getString("unit"), rs.getInt("year"), rs.getString("name"), rs.getLong("procurements"),
                rs.getLong("lots"), rs.getLong("lots_with_clauses"), rs.getBigDecimal("value_total"),
                rs.getBigDecimal("value_with_clauses"), clauseLots, clauseValues, rs.getLong("pes_contracts"),
                rs.getBigDecimal("pes_value"), rs.getLong("ps_contracts"), rs.getBigDecimal("ps_value"),
                rs.getLong("persons_employed"), rs.getLong("persons_required"),
                rs.getBigDecimal("social_services_value"));
    }

    /** A part in percent of a whole, two decimals; null when the whole is 0. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static ClauseMeasure empty(ClauseMeasureLevel level, String unit, String name, int year) {
        List<ClauseShare> byClause = Arrays.stream(ClauseType.values())
                .map(type -> new ClauseShare(type, 0, BigDecimal.ZERO, null)).toList();
        return new ClauseMeasure(level, unit, name, year, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, null, byClause,
                0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static ClauseMeasure named(ClauseMeasure m, String name) {
        return new ClauseMeasure(m.level(), m.unitCode(), name, m.year(), m.procurements(), m.lots(), m.lotsWithClauses(),
                m.valueTotal(), m.valueWithClauses(), m.share(), m.byClause(), m.contractsWonByPes(), m.valueWonByPes(),
                m.contractsWonBySocialEnterprises(), m.valueWonBySocialEnterprises(), m.personsEmployedArt96(),
                m.personsRequiredArt96(), m.publicTasksValue(), m.publicTasksValueToPes(), m.socialServicesValue());
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(platform.timeZone()));
    }

    private record LotFigures(String unit, int year, String name, long procurements, long lots, long lotsWithClauses,
            BigDecimal valueTotal, BigDecimal valueWithClauses, Map<ClauseType, Long> clauseLots,
            Map<ClauseType, BigDecimal> clauseValues, long pesContracts, BigDecimal pesValue, long psContracts,
            BigDecimal psValue, long personsEmployed, long personsRequired, BigDecimal socialServicesValue) {
    }

    private record TaskFigures(String unit, int year, String name, BigDecimal total, BigDecimal toPes) {
    }
}
