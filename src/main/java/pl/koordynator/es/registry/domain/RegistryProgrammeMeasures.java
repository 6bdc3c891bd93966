package pl.koordynator.es.registry.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;

/**
 * What the register counts for the programme, each by the powiat of the organisation's gmina, in
 * one query per value:
 * <ul>
 * <li>{@code registry.pes-new}: PES (any status today) added to the register in the days, by the
 * day the register recorded them (it keeps no other date of registration);</li>
 * <li>{@code registry.ps-granted}: organisations whose social enterprise status starts in the days
 * ("since" of the voivode's decision);</li>
 * <li>{@code registry.ps-active}: organisations whose status holds on the {@code to} day by its
 * decision dates; for today or a later day only active organisations, as the map and the home page
 * count them (the register does not know the day an organisation closed, so for an earlier day the
 * decision dates alone decide);</li>
 * <li>{@code registry.jobs}, {@code registry.jobs-at-risk} (PES kinds) and
 * {@code registry.reintegration-places} (any kind; only CIS, KIS, ZAZ, WTZ have them): sums over
 * active organisations as the map's live indicators. The register keeps today's figures only, no
 * history: for today or a later day the value is the map's; for an earlier day it is today's
 * figures of the active organisations already in the register on that day, an approximation that
 * changes when an organisation updates its figures.</li>
 * </ul>
 */
@Component
class RegistryProgrammeMeasures implements ProgrammeMeasures {

    static final String PES_NEW = "registry.pes-new";
    static final String PS_GRANTED = "registry.ps-granted";
    static final String PS_ACTIVE = "registry.ps-active";
    static final String JOBS = "registry.jobs";
    static final String JOBS_AT_RISK = "registry.jobs-at-risk";
    static final String REINTEGRATION_PLACES = "registry.reintegration-places";

    private static final List<Measure> MEASURES = List.of(
            measure(PES_NEW, "pes", Measure.Kind.FLOW),
            measure(PS_GRANTED, "organisations", Measure.Kind.FLOW),
            measure(PS_ACTIVE, "organisations", Measure.Kind.STOCK),
            measure(JOBS, "jobs", Measure.Kind.STOCK),
            measure(JOBS_AT_RISK, "jobs", Measure.Kind.STOCK),
            measure(REINTEGRATION_PLACES, "places", Measure.Kind.STOCK));

    private final JdbcClient jdbc;
    private final Clock clock;

    RegistryProgrammeMeasures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        boolean past = to.isBefore(today);
        // "added on a day" in the region's time zone, as every date on the pages
        String addedBy = "(o.created_at at time zone cast(:zone as text))::date <= :to";
        String active = "o.status = 'ACTIVE'";
        String sql = switch (code) {
            case PES_NEW -> "select o.powiat_teryt, count(*) from organisation o where o.kind in (:pes)"
                    + " and (o.created_at at time zone cast(:zone as text))::date between :from and :to";
            case PS_GRANTED -> "select o.powiat_teryt, count(*) from organisation o"
                    + " where o.social_enterprise_since between :from and :to";
            case PS_ACTIVE -> "select o.powiat_teryt, count(*) from organisation o where o.social_enterprise_since <= :to"
                    + " and (o.social_enterprise_until is null or o.social_enterprise_until >= :to)"
                    + (past ? "" : " and " + active);
            case JOBS -> "select o.powiat_teryt, coalesce(sum(o.employees), 0) from organisation o"
                    + " where o.kind in (:pes) and " + active + " and " + addedBy;
            case JOBS_AT_RISK -> "select o.powiat_teryt, coalesce(sum(o.employees_at_risk), 0) from organisation o"
                    + " where o.kind in (:pes) and " + active + " and " + addedBy;
            case REINTEGRATION_PLACES -> "select o.powiat_teryt, coalesce(sum(o.reintegration_places), 0)"
                    + " from organisation o where " + active + " and " + addedBy;
            default -> throw new IllegalArgumentException("not a measure of the registry: " + code);
        };
        Map<String, BigDecimal> byPowiat = new TreeMap<>();
        BigDecimal[] total = {BigDecimal.ZERO};
        jdbc.sql(sql + " group by o.powiat_teryt")
                .param("pes", Kind.pesKinds().stream().map(Kind::name).toList())
                .param("zone", clock.getZone().getId()).param("from", from).param("to", to)
                .query((java.sql.ResultSet rs) -> {
                    BigDecimal value = rs.getBigDecimal(2);
                    total[0] = total[0].add(value);
                    if (rs.getString(1) != null && value.signum() != 0) {
                        byPowiat.put(rs.getString(1), value);
                    }
                });
        boolean stock = code.equals(PS_ACTIVE) || code.equals(JOBS) || code.equals(JOBS_AT_RISK)
                || code.equals(REINTEGRATION_PLACES);
        return new MeasureValue(code, stock ? to : from, to, total[0], byPowiat, past ? null : listUrl(code),
                clock.instant());
    }

    /** Pages that list today's state; none lists the register as it was on an earlier day. */
    private static String listUrl(String code) {
        return switch (code) {
            case PS_ACTIVE -> "/organisations?ps=true";
            case JOBS -> "/map?level=powiat&indicator=PES_JOBS";
            case JOBS_AT_RISK -> "/map?level=powiat&indicator=PES_JOBS_AT_RISK";
            case REINTEGRATION_PLACES -> "/map?level=powiat&indicator=REINTEGRATION_PLACES";
            default -> null;
        };
    }

    private static Measure measure(String code, String unit, Measure.Kind kind) {
        return new Measure(code, "measure." + code, "measure.unit." + unit, kind, true);
    }
}
