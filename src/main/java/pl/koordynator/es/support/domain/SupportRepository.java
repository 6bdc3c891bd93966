package pl.koordynator.es.support.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.support.SupportTopic;

/** Support records in PostgreSQL; filtering, summing and paging happen in SQL. */
@Repository
class SupportRepository {

    private static final String COLUMNS = """
            r.id, r.organisation_id, r.organisation_name, r.owes_id, r.owes_name, r.gmina_teryt, r.adviser,
            r.support_date, r.hours, r.form, r.topic, r.notes, r.created_by, r.version, r.created_at, r.updated_at""";

    private final JdbcClient jdbc;

    SupportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SupportView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from support_record r where r.id = :id").param("id", id)
                .query(SupportRepository::map).optional();
    }

    long insert(SupportRules.Checked record, String createdBy) {
        return jdbc.sql("""
                insert into support_record (organisation_id, organisation_name, owes_id, owes_name, gmina_teryt,
                    adviser, support_date, hours, form, topic, notes, created_by)
                values (:organisationId, :organisationName, :owesId, :owesName, :gmina, :adviser, :date, :hours,
                    :form, :topic, :notes, :createdBy)
                returning id""")
                .params(fields(record)).param("createdBy", createdBy).query(Long.class).single();
    }

    /** False when the row is no longer at {@code version}: someone else changed or deleted it first. */
    boolean update(long id, long version, SupportRules.Checked record) {
        return jdbc.sql("""
                update support_record set organisation_id = :organisationId, organisation_name = :organisationName,
                    owes_id = :owesId, owes_name = :owesName, gmina_teryt = :gmina, adviser = :adviser,
                    support_date = :date, hours = :hours, form = :form, topic = :topic, notes = :notes,
                    version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .params(fields(record)).param("id", id).param("version", version).update() == 1;
    }

    boolean delete(long id, long version) {
        return jdbc.sql("delete from support_record where id = :id and version = :version")
                .param("id", id).param("version", version).update() == 1;
    }

    PageOf<SupportView> search(SupportQuery query, Paging paging) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        long total = jdbc.sql("select count(*) from support_record r" + where).params(params).query(Long.class).single();
        List<SupportView> items = jdbc.sql("select " + COLUMNS + " from support_record r" + where
                        + " order by r.support_date desc, r.id desc limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(SupportRepository::map).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** Every record of the filter, newest first, one at a time (for exports). */
    void each(SupportQuery query, Consumer<SupportView> action) {
        Map<String, Object> params = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from support_record r" + where(query, params)
                        + " order by r.support_date desc, r.id desc")
                .params(params).query((ResultSet rs) -> {
                    action.accept(map(rs, 0));
                });
    }

    SupportTotals totals(SupportQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        Map<SupportForm, BigDecimal> byForm = new EnumMap<>(SupportForm.class);
        jdbc.sql("select r.form, sum(r.hours) from support_record r" + where + " group by r.form order by r.form")
                .params(params).query((ResultSet rs) -> {
                    byForm.put(SupportForm.valueOf(rs.getString(1)), rs.getBigDecimal(2));
                });
        Map<SupportTopic, BigDecimal> byTopic = new EnumMap<>(SupportTopic.class);
        jdbc.sql("select r.topic, sum(r.hours) from support_record r" + where + " group by r.topic order by r.topic")
                .params(params).query((ResultSet rs) -> {
                    byTopic.put(SupportTopic.valueOf(rs.getString(1)), rs.getBigDecimal(2));
                });
        return jdbc.sql("select count(*), coalesce(sum(r.hours), 0) from support_record r" + where).params(params)
                .query((rs, row) -> new SupportTotals(rs.getLong(1), rs.getBigDecimal(2), byForm, byTopic)).single();
    }

    /** Distinct PES with a record dated in the days, by the OWES or by any when it is null. */
    List<pl.koordynator.es.support.SupportPair> supportPairs(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select owes_id, organisation_id, min(support_date), max(support_date) from support_record
                where support_date between :from and :to group by owes_id, organisation_id order by 1, 2""")
                .param("from", from).param("to", to)
                .query((rs, row) -> new pl.koordynator.es.support.SupportPair(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))).list();
    }

    Set<Long> supportedPes(LocalDate from, LocalDate to, Long owesId) {
        return new LinkedHashSet<>(jdbc.sql("""
                select distinct organisation_id from support_record
                where support_date between :from and :to and (cast(:owes as bigint) is null or owes_id = :owes)
                order by organisation_id""")
                .param("from", from).param("to", to).param("owes", owesId).query(Long.class).list());
    }

    /** Of these PES, those the OWES had supported before the day. */
    Set<Long> supportedBefore(Set<Long> organisations, LocalDate day, long owesId) {
        if (organisations.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("""
                select distinct organisation_id from support_record
                where owes_id = :owes and support_date < :day and organisation_id in (:ids)""")
                .param("owes", owesId).param("day", day).param("ids", organisations).query(Long.class).list());
    }

    long count(LocalDate from, LocalDate to, long owesId, SupportForm form) {
        return jdbc.sql("""
                select count(*) from support_record where owes_id = :owes and support_date between :from and :to
                    and (cast(:form as varchar) is null or form = :form)""")
                .param("owes", owesId).param("from", from).param("to", to)
                .param("form", form == null ? null : form.name()).query(Long.class).single();
    }

    BigDecimal hours(LocalDate from, LocalDate to, long owesId, SupportForm form) {
        return jdbc.sql("""
                select coalesce(sum(hours), 0) from support_record
                where owes_id = :owes and support_date between :from and :to and form = :form""")
                .param("owes", owesId).param("from", from).param("to", to).param("form", form.name())
                .query(BigDecimal.class).single();
    }

    Map<String, Long> countByGmina(LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select gmina_teryt, count(*) from support_record
                where gmina_teryt is not null and support_date between :from and :to
                group by gmina_teryt order by gmina_teryt""")
                .param("from", from).param("to", to).query((ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Distinct advisers of the records the query finds, for the filter's suggestions. */
    List<String> advisers(SupportQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select distinct r.adviser from support_record r" + where(query, params)
                        + " order by r.adviser limit 500")
                .params(params).query(String.class).list();
    }

    private static String where(SupportQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (query.organisationId() != null) {
            where.append(" and r.organisation_id = :organisationId");
            params.put("organisationId", query.organisationId());
        }
        if (query.owesId() != null) {
            where.append(" and r.owes_id = :owesId");
            params.put("owesId", query.owesId());
        }
        if (query.adviser() != null && !query.adviser().isBlank()) {
            where.append(" and r.adviser ilike :adviser");
            params.put("adviser", "%" + query.adviser().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (query.from() != null) {
            where.append(" and r.support_date >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and r.support_date <= :to");
            params.put("to", query.to());
        }
        if (query.form() != null) {
            where.append(" and r.form = :form");
            params.put("form", query.form().name());
        }
        if (query.topic() != null) {
            where.append(" and r.topic = :topic");
            params.put("topic", query.topic().name());
        }
        return where.toString();
    }

    private static Map<String, Object> fields(SupportRules.Checked record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("organisationId", record.pes().id());
        fields.put("organisationName", record.pes().name());
        fields.put("owesId", record.owes().id());
        fields.put("owesName", record.owes().name());
        fields.put("gmina", record.pes().gminaTeryt());
        fields.put("adviser", record.adviser());
        fields.put("date", record.date());
        fields.put("hours", record.hours());
        fields.put("form", record.form().name());
        fields.put("topic", record.topic().name());
        fields.put("notes", record.notes());
        return fields;
    }

    private static SupportView map(ResultSet rs, int row) throws SQLException {
        return new SupportView(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getLong("owes_id"), rs.getString("owes_name"), rs.getString("gmina_teryt"),
                rs.getString("adviser"), rs.getObject("support_date", LocalDate.class), rs.getBigDecimal("hours"),
                SupportForm.valueOf(rs.getString("form")), SupportTopic.valueOf(rs.getString("topic")),
                rs.getString("notes"), rs.getString("created_by"), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
