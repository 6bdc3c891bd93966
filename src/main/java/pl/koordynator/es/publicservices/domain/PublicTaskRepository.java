package pl.koordynator.es.publicservices.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.publicservices.PublicBenefitArea;
import pl.koordynator.es.publicservices.PublicTaskView;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Public tasks commissioned in open calls, in {@code publicservices_public_task}. */
@Repository
public class PublicTaskRepository {

    /** What a write needs to know of a stored task. */
    record Stored(long id, long jstId, long version) {
    }

    private static final String COLUMNS = """
            t.id, t.version, t.jst_id, t.jst_name, t.jst_gmina_teryt, t.call_title, t.call_number, t.area,
            t.call_date, t.offer_deadline, t.amount, t.winner_id, t.winner_name, t.winner_nip, t.winner_pes,
            t.period_start, t.period_end""";

    private final JdbcClient jdbc;

    PublicTaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> lock(long id) {
        return jdbc.sql("select id, jst_id, version from publicservices_public_task where id = :id for update")
                .param("id", id).query(Stored.class).optional();
    }

    long insert(ProcurementChecks.CheckedTask task, OffsetDateTime now) {
        return jdbc.sql("""
                insert into publicservices_public_task (jst_id, jst_name, jst_gmina_teryt, jst_powiat_teryt,
                    call_title, call_number, area, call_date, offer_deadline, amount, winner_id, winner_name,
                    winner_nip, winner_pes, period_start, period_end, created_at, updated_at)
                values (:jstId, :jstName, :jstGmina, :jstPowiat, :callTitle, :callNumber, :area, :callDate,
                    :offerDeadline, :amount, :winnerId, :winnerName, :winnerNip, :winnerPes, :periodStart, :periodEnd,
                    :now, :now)
                returning id""")
                .params(params(task))
                .param("now", now)
                .query(Long.class).single();
    }

    /** False when the version is no longer the stored one. */
    boolean update(long id, long version, ProcurementChecks.CheckedTask task, OffsetDateTime now) {
        return jdbc.sql("""
                update publicservices_public_task set jst_id = :jstId, jst_name = :jstName,
                    jst_gmina_teryt = :jstGmina, jst_powiat_teryt = :jstPowiat, call_title = :callTitle,
                    call_number = :callNumber, area = :area, call_date = :callDate, offer_deadline = :offerDeadline,
                    amount = :amount, winner_id = :winnerId, winner_name = :winnerName, winner_nip = :winnerNip,
                    winner_pes = :winnerPes, period_start = :periodStart, period_end = :periodEnd, updated_at = :now,
                    version = version + 1
                where id = :id and version = :version""")
                .params(params(task))
                .param("now", now)
                .param("id", id)
                .param("version", version)
                .update() == 1;
    }

    private static Map<String, Object> params(ProcurementChecks.CheckedTask t) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("jstId", t.jst().id());
        params.put("jstName", t.jst().name());
        params.put("jstGmina", t.jst().gminaTeryt());
        params.put("jstPowiat", t.jst().powiatTeryt());
        params.put("callTitle", t.callTitle());
        params.put("callNumber", t.callNumber());
        params.put("area", t.area().name());
        params.put("callDate", t.callDate());
        params.put("offerDeadline", t.offerDeadline());
        params.put("amount", t.amount());
        params.put("winnerId", t.winner().id());
        params.put("winnerName", t.winner().name());
        params.put("winnerNip", t.winner().nip());
        params.put("winnerPes", t.winner().pes());
        params.put("periodStart", t.periodStart());
        params.put("periodEnd", t.periodEnd());
        return params;
    }

    void delete(long id) {
        jdbc.sql("delete from publicservices_public_task where id = :id").param("id", id).update();
    }

    Optional<PublicTaskView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from publicservices_public_task t where t.id = :id")
                .param("id", id).query((rs, row) -> view(rs)).optional();
    }

    List<PublicTaskView> open(LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from publicservices_public_task t where t.offer_deadline >= :today"
                        + " order by t.offer_deadline, t.id")
                .param("today", today).query((rs, row) -> view(rs)).list();
    }

    /** A page of tasks matching the conditions (on {@code t}), the latest call first. */
    PageOf<PublicTaskView> page(List<String> conditions, Map<String, Object> params, Paging paging) {
        String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from publicservices_public_task t where " + where).params(params)
                .query(Long.class).single();
        List<PublicTaskView> items = jdbc.sql("select " + COLUMNS + " from publicservices_public_task t where "
                        + where + " order by t.call_date desc, t.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, row) -> view(rs)).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    private static PublicTaskView view(ResultSet rs) throws SQLException {
        return new PublicTaskView(rs.getLong("id"), rs.getLong("version"), rs.getLong("jst_id"),
                rs.getString("jst_name"), rs.getString("jst_gmina_teryt"), rs.getString("call_title"),
                rs.getString("call_number"), PublicBenefitArea.valueOf(rs.getString("area")),
                ProcurementRepository.date(rs, "call_date"), ProcurementRepository.date(rs, "offer_deadline"),
                rs.getBigDecimal("amount"), rs.getObject("winner_id") == null ? null : rs.getLong("winner_id"),
                rs.getString("winner_name"), rs.getString("winner_nip"), rs.getBoolean("winner_pes"),
                ProcurementRepository.date(rs, "period_start"), ProcurementRepository.date(rs, "period_end"));
    }
}
