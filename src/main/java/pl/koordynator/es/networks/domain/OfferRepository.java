package pl.koordynator.es.networks.domain;

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
import pl.koordynator.es.networks.OfferCategory;
import pl.koordynator.es.networks.OfferSide;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** The cooperation offers board in PostgreSQL; matching happens in SQL. */
@Repository
class OfferRepository {

    /** An offer as stored; the organisation's name is the register's. */
    record OfferRow(long id, OfferSide side, long organisationId, OfferCategory category, String title,
            String description, String areaTeryt, LocalDate deadline, boolean notifyMatches, boolean open,
            OffsetDateTime closedAt, Boolean ledToTie, Long tieId, long version, OffsetDateTime createdAt) {
    }

    private static final String COLUMNS = """
            o.id, o.side, o.organisation_id, o.category, o.title, o.description, o.area_teryt, o.deadline,
            o.notify_matches, o.status, o.closed_at, o.led_to_tie, o.tie_id, o.version, o.created_at""";

    /** Open and not past its deadline on :today. */
    private static final String OPEN = "o.status = 'OPEN' and (o.deadline is null or o.deadline >= :today)";

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OfferRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from cooperation_offer o where o.id = :id").param("id", id)
                .query(OfferRepository::map).optional();
    }

    long insert(OfferSide side, long organisationId, OfferCategory category, String title, String description,
            String area, LocalDate deadline, boolean notify, String createdBy) {
        return jdbc.sql("""
                insert into cooperation_offer (side, organisation_id, category, title, description, area_teryt, deadline,
                    notify_matches, created_by)
                values (:side, :organisation, :category, :title, :description, :area, :deadline, :notify, :createdBy)
                returning id""")
                .param("side", side.name()).param("organisation", organisationId).param("category", category.name())
                .param("title", title).param("description", description).param("area", area)
                .param("deadline", deadline).param("notify", notify).param("createdBy", createdBy)
                .query(Long.class).single();
    }

    boolean close(long id, long version, boolean ledToTie, Long tieId) {
        return jdbc.sql("""
                update cooperation_offer set status = 'CLOSED', closed_at = now(), led_to_tie = :led, tie_id = :tie,
                    version = version + 1, updated_at = now()
                where id = :id and version = :version and status = 'OPEN'""")
                .param("led", ledToTie).param("tie", tieId).param("id", id).param("version", version).update() == 1;
    }

    PageOf<OfferRow> search(OfferQuery query, LocalDate today, Paging paging) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", today);
        StringBuilder where = new StringBuilder(" where true");
        if (!Boolean.FALSE.equals(query.openOnly())) {
            where.append(" and ").append(OPEN);
        }
        if (query.side() != null) {
            where.append(" and o.side = :side");
            params.put("side", query.side().name());
        }
        if (query.category() != null) {
            where.append(" and o.category = :category");
            params.put("category", query.category().name());
        }
        if (query.powiatTeryt() != null && !query.powiatTeryt().isBlank()) {
            where.append(" and (o.area_teryt is null or left(o.area_teryt, 4) = :powiat)");
            params.put("powiat", query.powiatTeryt().strip());
        }
        if (query.organisationId() != null) {
            where.append(" and o.organisation_id = :organisation");
            params.put("organisation", query.organisationId());
        }
        long total = jdbc.sql("select count(*) from cooperation_offer o" + where).params(params).query(Long.class)
                .single();
        List<OfferRow> items = jdbc.sql("select " + COLUMNS + " from cooperation_offer o" + where
                        + " order by o.created_at desc, o.id desc limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(OfferRepository::map).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /**
     * Open offers of the other side in the same category whose areas overlap: either is the whole
     * region, or one lies within the other (a gmina in its powiat, or the same unit).
     */
    List<OfferRow> matches(OfferRow offer, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from cooperation_offer o where " + OPEN + """
                 and o.side = :side and o.category = :category and o.id <> :id and o.organisation_id <> :organisation
                  and (o.area_teryt is null or cast(:area as varchar) is null
                    or o.area_teryt like :area || '%' or :area like o.area_teryt || '%')
                order by o.created_at desc, o.id desc limit 100""")
                .param("today", today).param("side", offer.side().opposite().name())
                .param("category", offer.category().name()).param("id", offer.id())
                .param("organisation", offer.organisationId()).param("area", offer.areaTeryt())
                .query(OfferRepository::map).list();
    }

    private static OfferRow map(ResultSet rs, int row) throws SQLException {
        boolean led = rs.getBoolean("led_to_tie");
        Boolean ledToTie = rs.wasNull() ? null : led;
        long tie = rs.getLong("tie_id");
        Long tieId = rs.wasNull() ? null : tie;
        return new OfferRow(rs.getLong("id"), OfferSide.valueOf(rs.getString("side")), rs.getLong("organisation_id"),
                OfferCategory.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("description"),
                rs.getString("area_teryt"), rs.getObject("deadline", LocalDate.class), rs.getBoolean("notify_matches"),
                "OPEN".equals(rs.getString("status")), rs.getObject("closed_at", OffsetDateTime.class), ledToTie, tieId,
                rs.getLong("version"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
