package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.publicservices.ClauseType;
import pl.koordynator.es.publicservices.EmploymentGroup;
import pl.koordynator.es.publicservices.LotResult;
import pl.koordynator.es.publicservices.LotView;
import pl.koordynator.es.publicservices.ProcurementProcedure;
import pl.koordynator.es.publicservices.ProcurementSource;
import pl.koordynator.es.publicservices.ProcurementSummary;
import pl.koordynator.es.publicservices.ProcurementView;
import pl.koordynator.es.publicservices.ReservedFor;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/** Procurements and their lots in {@code publicservices_procurement} and {@code publicservices_lot}. */
@Repository
public class ProcurementRepository {

    /** What a write needs to know of a stored procurement. */
    record Stored(long id, long buyerId, long version) {
    }

    /** Per procurement: its lots, those awarded, those won by a PES, and which clauses any lot carries. */
    private static final String LOT_FIGURES = """
            left join lateral (
                select count(*) as lots,
                       count(*) filter (where l.result = 'AWARDED') as lots_awarded,
                       count(*) filter (where l.result = 'AWARDED' and l.contractor_pes) as lots_won_by_pes,
                       coalesce(bool_or(l.reserved_art94 is not null), false) as c_art94,
                       coalesce(bool_or(l.employment_contract_art95), false) as c_art95,
                       coalesce(bool_or(l.employment_art96_group is not null), false) as c_art96,
                       coalesce(bool_or(l.social_criterion_weight is not null), false) as c_criterion,
                       coalesce(bool_or(l.reserved_art361), false) as c_art361
                from publicservices_lot l where l.procurement_id = p.id) f on true""";

    private final JdbcClient jdbc;
    private final Territory territory;

    ProcurementRepository(JdbcClient jdbc, Territory territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    Optional<Long> idByNoticeNumber(String noticeNumber) {
        return jdbc.sql("select id from publicservices_procurement where notice_number = :number")
                .param("number", noticeNumber).query(Long.class).optional();
    }

    Optional<Long> idByOcdsId(String ocdsId) {
        return jdbc.sql("select id from publicservices_procurement where ocds_id = :ocds")
                .param("ocds", ocdsId).query(Long.class).optional();
    }

    /** The procurement locked for a write. */
    Optional<Stored> lock(long id) {
        return jdbc.sql("select id, buyer_id, version from publicservices_procurement where id = :id for update")
                .param("id", id).query(Stored.class).optional();
    }

    long insert(ProcurementChecks.CheckedProcurement procurement, ProcurementSource source, OffsetDateTime now) {
        long id = jdbc.sql("""
                insert into publicservices_procurement (buyer_id, buyer_name, buyer_kind, buyer_gmina_teryt,
                    buyer_powiat_teryt, title, notice_number, ocds_id, cpv_codes, estimated_value, awarded_value,
                    value_comment, procedure, notice_date, bid_deadline, gmina_teryt, source, created_at, updated_at)
                values (:buyerId, :buyerName, :buyerKind, :buyerGmina, :buyerPowiat, :title, :noticeNumber, :ocdsId,
                    cast(string_to_array(:cpv, ',') as varchar(10)[]), :estimated, :awarded, :valueComment,
                    :procedure, :noticeDate, :bidDeadline, :gmina, :source, :now, :now)
                returning id""")
                .params(params(procurement))
                .param("source", source.name())
                .param("now", now)
                .query(Long.class).single();
        replaceLots(id, procurement.lots());
        return id;
    }

    /** Writes the procurement and its lots; false when the version is no longer the stored one. */
    boolean update(long id, long version, ProcurementChecks.CheckedProcurement procurement, ProcurementSource source,
            OffsetDateTime now) {
        int updated = jdbc.sql("""
                update publicservices_procurement set buyer_id = :buyerId, buyer_name = :buyerName,
                    buyer_kind = :buyerKind, buyer_gmina_teryt = :buyerGmina, buyer_powiat_teryt = :buyerPowiat,
                    title = :title, notice_number = :noticeNumber, ocds_id = :ocdsId,
                    cpv_codes = cast(string_to_array(:cpv, ',') as varchar(10)[]), estimated_value = :estimated,
                    awarded_value = :awarded, value_comment = :valueComment, procedure = :procedure,
                    notice_date = :noticeDate, bid_deadline = :bidDeadline, gmina_teryt = :gmina, source = :source,
                    updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .params(params(procurement))
                .param("source", source.name())
                .param("now", now)
                .param("id", id)
                .param("version", version)
                .update();
        if (updated == 1) {
            replaceLots(id, procurement.lots());
        }
        return updated == 1;
    }

    private static Map<String, Object> params(ProcurementChecks.CheckedProcurement p) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("buyerId", p.buyer().id());
        params.put("buyerName", p.buyer().name());
        params.put("buyerKind", p.buyer().kind().name());
        params.put("buyerGmina", p.buyer().gminaTeryt());
        params.put("buyerPowiat", p.buyer().powiatTeryt());
        params.put("title", p.title());
        params.put("noticeNumber", p.noticeNumber());
        params.put("ocdsId", p.ocdsId());
        params.put("cpv", String.join(",", p.cpvCodes()));
        params.put("estimated", p.estimatedValue());
        params.put("awarded", p.awardedValue());
        params.put("valueComment", p.valueComment());
        params.put("procedure", p.procedure().name());
        params.put("noticeDate", p.noticeDate());
        params.put("bidDeadline", p.bidDeadline());
        params.put("gmina", p.gminaTeryt());
        return params;
    }

    private void replaceLots(long procurementId, List<ProcurementChecks.CheckedLot> lots) {
        jdbc.sql("delete from publicservices_lot where procurement_id = :id").param("id", procurementId).update();
        for (ProcurementChecks.CheckedLot checked : lots) {
            var lot = checked.lot();
            var contractor = checked.contractor();
            jdbc.sql("""
                    insert into publicservices_lot (procurement_id, number, title, estimated_value, reserved_art94,
                        employment_contract_art95, employment_art96_group, employment_art96_persons,
                        employment_art96_months, social_criterion_weight, social_services_art359, reserved_art361,
                        result, bids_received, pes_bid, social_enterprise_bid, contractor_id, contractor_name,
                        contractor_nip, contractor_pes, contractor_social_enterprise, contract_value, contract_start,
                        contract_end, persons_employed)
                    values (:procurementId, :number, :title, :estimated, :art94, :art95, :art96Group, :art96Persons,
                        :art96Months, :weight, :art359, :art361, :result, :bids, :pesBid, :seBid, :contractorId,
                        :contractorName, :contractorNip, :contractorPes, :contractorSe, :contractValue, :contractStart,
                        :contractEnd, :personsEmployed)""")
                    .param("procurementId", procurementId)
                    .param("number", lot.number())
                    .param("title", checked.title())
                    .param("estimated", lot.estimatedValue())
                    .param("art94", lot.reservedArt94() == null ? null : lot.reservedArt94().name())
                    .param("art95", lot.employmentContractArt95())
                    .param("art96Group", lot.employmentArt96Group() == null ? null : lot.employmentArt96Group().name())
                    .param("art96Persons", lot.employmentArt96Group() == null ? null : lot.employmentArt96Persons())
                    .param("art96Months", lot.employmentArt96Group() == null ? null : lot.employmentArt96Months())
                    .param("weight", lot.socialCriterionWeight())
                    .param("art359", lot.socialServicesArt359())
                    .param("art361", lot.reservedArt361())
                    .param("result", lot.result().name())
                    .param("bids", lot.bidsReceived())
                    .param("pesBid", lot.pesBid())
                    .param("seBid", lot.socialEnterpriseBid())
                    .param("contractorId", contractor.id())
                    .param("contractorName", contractor.name())
                    .param("contractorNip", contractor.nip())
                    .param("contractorPes", contractor.pes())
                    .param("contractorSe", contractor.socialEnterprise())
                    .param("contractValue", lot.contractValue())
                    .param("contractStart", lot.contractStart())
                    .param("contractEnd", lot.contractEnd())
                    .param("personsEmployed", lot.personsEmployed())
                    .update();
        }
    }

    void delete(long id) {
        jdbc.sql("delete from publicservices_procurement where id = :id").param("id", id).update();
    }

    Optional<ProcurementView> find(long id) {
        Optional<ProcurementView> found = jdbc.sql("select * from publicservices_procurement where id = :id")
                .param("id", id)
                .query((rs, row) -> view(rs, List.of()))
                .optional();
        return found.map(view -> withLots(view, lots(id)));
    }

    /** The ids of procurements open for bids on the day, the nearest deadline first. */
    List<Long> openIds(LocalDate today) {
        return jdbc.sql("""
                select id from publicservices_procurement where bid_deadline >= :today
                order by bid_deadline, id""")
                .param("today", today).query(Long.class).list();
    }

    /** A page of summaries matching the conditions (on {@code p}, the procurement), the latest notice first. */
    PageOf<ProcurementSummary> page(List<String> conditions, Map<String, Object> params, Paging paging) {
        String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from publicservices_procurement p where " + where).params(params)
                .query(Long.class).single();
        List<ProcurementSummary> items = jdbc.sql("""
                select p.id, p.buyer_id, p.buyer_name, p.title, p.notice_number, p.procedure, p.notice_date,
                    p.bid_deadline, p.gmina_teryt, p.estimated_value, p.awarded_value, f.*
                from publicservices_procurement p
                """ + LOT_FIGURES + " where " + where
                        + " order by p.notice_date desc, p.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, row) -> summary(rs))
                .list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    private ProcurementSummary summary(ResultSet rs) throws SQLException {
        List<ClauseType> clauses = new ArrayList<>();
        if (rs.getBoolean("c_art94")) {
            clauses.add(ClauseType.RESERVED_ART94);
        }
        if (rs.getBoolean("c_art95")) {
            clauses.add(ClauseType.EMPLOYMENT_CONTRACT_ART95);
        }
        if (rs.getBoolean("c_art96")) {
            clauses.add(ClauseType.EMPLOYMENT_ART96);
        }
        if (rs.getBoolean("c_criterion")) {
            clauses.add(ClauseType.SOCIAL_CRITERION);
        }
        if (rs.getBoolean("c_art361")) {
            clauses.add(ClauseType.RESERVED_ART361);
        }
        String gmina = rs.getString("gmina_teryt");
        return new ProcurementSummary(rs.getLong("id"), rs.getLong("buyer_id"), rs.getString("buyer_name"),
                rs.getString("title"), rs.getString("notice_number"),
                ProcurementProcedure.valueOf(rs.getString("procedure")), date(rs, "notice_date"),
                date(rs, "bid_deadline"), gmina, gminaName(gmina), rs.getBigDecimal("estimated_value"),
                rs.getBigDecimal("awarded_value"), List.copyOf(clauses), rs.getInt("lots"), rs.getInt("lots_awarded"),
                rs.getInt("lots_won_by_pes"));
    }

    private ProcurementView view(ResultSet rs, List<LotView> lots) throws SQLException {
        String gmina = rs.getString("gmina_teryt");
        Array cpv = rs.getArray("cpv_codes");
        return new ProcurementView(rs.getLong("id"), rs.getLong("version"), rs.getLong("buyer_id"),
                rs.getString("buyer_name"), rs.getString("buyer_kind"), rs.getString("buyer_gmina_teryt"),
                rs.getString("title"), rs.getString("notice_number"), rs.getString("ocds_id"),
                cpv == null ? List.of() : List.copyOf(Arrays.asList((String[]) cpv.getArray())),
                rs.getBigDecimal("estimated_value"), rs.getBigDecimal("awarded_value"), rs.getString("value_comment"),
                ProcurementProcedure.valueOf(rs.getString("procedure")), date(rs, "notice_date"),
                date(rs, "bid_deadline"), gmina, gminaName(gmina), lots,
                ProcurementSource.valueOf(rs.getString("source")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static ProcurementView withLots(ProcurementView v, List<LotView> lots) {
        return new ProcurementView(v.id(), v.version(), v.buyerId(), v.buyerName(), v.buyerKind(),
                v.buyerGminaTeryt(), v.title(), v.noticeNumber(), v.ocdsId(), v.cpvCodes(), v.estimatedValue(),
                v.awardedValue(), v.valueComment(), v.procedure(), v.noticeDate(), v.bidDeadline(), v.gminaTeryt(),
                v.gminaName(), lots, v.source(), v.createdAt(), v.updatedAt());
    }

    List<LotView> lots(long procurementId) {
        return jdbc.sql("select * from publicservices_lot where procurement_id = :id order by number")
                .param("id", procurementId)
                .query((rs, row) -> lot(rs))
                .list();
    }

    private static LotView lot(ResultSet rs) throws SQLException {
        ReservedFor art94 = enumOf(ReservedFor.class, rs.getString("reserved_art94"));
        EmploymentGroup art96 = enumOf(EmploymentGroup.class, rs.getString("employment_art96_group"));
        BigDecimal weight = rs.getBigDecimal("social_criterion_weight");
        boolean art95 = rs.getBoolean("employment_contract_art95");
        boolean art361 = rs.getBoolean("reserved_art361");
        List<ClauseType> clauses = new ArrayList<>();
        if (art94 != null) {
            clauses.add(ClauseType.RESERVED_ART94);
        }
        if (art95) {
            clauses.add(ClauseType.EMPLOYMENT_CONTRACT_ART95);
        }
        if (art96 != null) {
            clauses.add(ClauseType.EMPLOYMENT_ART96);
        }
        if (weight != null) {
            clauses.add(ClauseType.SOCIAL_CRITERION);
        }
        if (art361) {
            clauses.add(ClauseType.RESERVED_ART361);
        }
        return new LotView(rs.getLong("id"), rs.getInt("number"), rs.getString("title"),
                rs.getBigDecimal("estimated_value"), art94, art95, art96, integer(rs, "employment_art96_persons"),
                integer(rs, "employment_art96_months"), weight, rs.getBoolean("social_services_art359"), art361,
                List.copyOf(clauses), LotResult.valueOf(rs.getString("result")), integer(rs, "bids_received"),
                bool(rs, "pes_bid"), bool(rs, "social_enterprise_bid"),
                rs.getObject("contractor_id") == null ? null : rs.getLong("contractor_id"),
                rs.getString("contractor_name"), rs.getString("contractor_nip"), rs.getBoolean("contractor_pes"),
                rs.getBoolean("contractor_social_enterprise"), rs.getBigDecimal("contract_value"),
                date(rs, "contract_start"), date(rs, "contract_end"), integer(rs, "persons_employed"));
    }

    private String gminaName(String teryt) {
        return teryt == null ? null : territory.find(teryt).map(Unit::name).orElse(null);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
