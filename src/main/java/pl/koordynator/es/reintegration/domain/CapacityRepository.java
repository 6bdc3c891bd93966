package pl.koordynator.es.reintegration.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.reintegration.FreePlaces;
import pl.koordynator.es.reintegration.ReferralPartyKind;
import pl.koordynator.es.reintegration.ReferralView;
import pl.koordynator.es.reintegration.UnitCapacity;

/**
 * The units' places ({@code reintegration_unit}, {@code reintegration_capacity}). The unit's name, kind and
 * place are copies of the register's, refreshed on every save and when the register changes the
 * organisation, so that public lists need no call to the register per unit.
 */
@Repository
class CapacityRepository {

    private final JdbcClient jdbc;

    CapacityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UnitCapacity> find(long organisationId) {
        Optional<UnitCapacity> unit = jdbc.sql("""
                select organisation_id, organisation_name, organisation_kind, gmina_teryt, powiat_teryt, updated_on, version
                from reintegration_unit where organisation_id = :id
                """).param("id", organisationId)
                .query((rs, n) -> new UnitCapacity(rs.getLong("organisation_id"), rs.getString("organisation_name"),
                        ReferralPartyKind.valueOf(rs.getString("organisation_kind")), rs.getString("gmina_teryt"),
                        rs.getString("powiat_teryt"), rs.getDate("updated_on").toLocalDate(), rs.getLong("version"),
                        List.of()))
                .optional();
        return unit.map(u -> new UnitCapacity(u.organisationId(), u.organisationName(), u.kind(), u.gminaTeryt(),
                u.powiatTeryt(), u.updatedOn(), u.version(), lines(organisationId)));
    }

    private List<UnitCapacity.Line> lines(long organisationId) {
        return jdbc.sql("""
                select programme, places, occupied, waiting from reintegration_capacity
                where organisation_id = :id order by position
                """).param("id", organisationId)
                .query((rs, n) -> new UnitCapacity.Line(rs.getString("programme"), rs.getInt("places"),
                        rs.getInt("occupied"), rs.getInt("places") - rs.getInt("occupied"), rs.getInt("waiting")))
                .list();
    }

    /** A unit's first report; false when another one was written meanwhile. */
    boolean insertUnit(ReferralView.Party unit, String gminaTeryt, LocalDate updatedOn) {
        return jdbc.sql("""
                insert into reintegration_unit (organisation_id, organisation_name, organisation_kind, gmina_teryt,
                    powiat_teryt, updated_on)
                values (:id, :name, :kind, :gmina, :powiat, :updatedOn)
                on conflict (organisation_id) do nothing
                """).param("id", unit.id()).param("name", unit.name()).param("kind", unit.kind().name())
                .param("gmina", gminaTeryt).param("powiat", gminaTeryt.substring(0, 4)).param("updatedOn", updatedOn)
                .update() == 1;
    }

    /** The unit's copy and day confirmed, if its version is still {@code version}; false when it is not. */
    boolean updateUnit(ReferralView.Party unit, String gminaTeryt, LocalDate updatedOn, long version) {
        return jdbc.sql("""
                update reintegration_unit set organisation_name = :name, organisation_kind = :kind, gmina_teryt = :gmina,
                    powiat_teryt = :powiat, updated_on = :updatedOn, updated_at = now(), version = version + 1
                where organisation_id = :id and version = :version
                """).param("id", unit.id()).param("name", unit.name()).param("kind", unit.kind().name())
                .param("gmina", gminaTeryt).param("powiat", gminaTeryt.substring(0, 4)).param("updatedOn", updatedOn)
                .param("version", version).update() == 1;
    }

    void replaceLines(long organisationId, List<UnitCapacity.Line> lines) {
        jdbc.sql("delete from reintegration_capacity where organisation_id = :id").param("id", organisationId).update();
        int position = 0;
        for (UnitCapacity.Line line : lines) {
            jdbc.sql("""
                    insert into reintegration_capacity (organisation_id, position, programme, places, occupied, waiting)
                    values (:id, :position, :programme, :places, :occupied, :waiting)
                    """).param("id", organisationId).param("position", position++).param("programme", line.programme())
                    .param("places", line.places()).param("occupied", line.occupied()).param("waiting", line.waiting())
                    .update();
        }
    }

    /** The register changed the organisation: its copy follows (no new version: the figures are unchanged). */
    int refreshCopy(long organisationId, String name, ReferralPartyKind kind, String gminaTeryt) {
        return jdbc.sql("""
                update reintegration_unit set organisation_name = :name, organisation_kind = :kind, gmina_teryt = :gmina,
                    powiat_teryt = :powiat
                where organisation_id = :id
                  and (organisation_name, organisation_kind, gmina_teryt) is distinct from (:name, :kind, :gmina)
                """).param("id", organisationId).param("name", name).param("kind", kind.name())
                .param("gmina", gminaTeryt).param("powiat", gminaTeryt.substring(0, 4)).update();
    }

    boolean exists(long organisationId) {
        return jdbc.sql("select count(*) from reintegration_unit where organisation_id = :id").param("id", organisationId)
                .query(Long.class).single() > 0;
    }

    int delete(long organisationId) {
        return jdbc.sql("delete from reintegration_unit where organisation_id = :id").param("id", organisationId)
                .update();
    }

    /** Every reported unit with its totals, by powiat and name. */
    List<UnitTotals> totals() {
        return jdbc.sql("""
                select u.organisation_id, u.organisation_name, u.organisation_kind, u.gmina_teryt, u.powiat_teryt,
                       u.updated_on, coalesce(sum(c.places), 0) as places, coalesce(sum(c.occupied), 0) as occupied,
                       coalesce(sum(c.waiting), 0) as waiting
                from reintegration_unit u left join reintegration_capacity c on c.organisation_id = u.organisation_id
                group by u.organisation_id
                order by u.powiat_teryt, u.organisation_name, u.organisation_id
                """).query((rs, n) -> new UnitTotals(rs.getLong("organisation_id"), rs.getString("organisation_name"),
                ReferralPartyKind.valueOf(rs.getString("organisation_kind")), rs.getString("gmina_teryt"),
                rs.getString("powiat_teryt"), date(rs.getDate("updated_on")), rs.getInt("places"),
                rs.getInt("occupied"), rs.getInt("waiting"))).list();
    }

    record UnitTotals(long organisationId, String name, ReferralPartyKind kind, String gminaTeryt, String powiatTeryt,
            LocalDate updatedOn, int places, int occupied, int waiting) {

        int free() {
            return places - occupied;
        }

        FreePlaces.Unit asUnit() {
            return new FreePlaces.Unit(organisationId, name, kind, gminaTeryt, powiatTeryt, places, free(), waiting,
                    updatedOn);
        }
    }

    /** Free places per gmina of the units' seats, today's figures. */
    Map<String, BigDecimal> freeByGmina() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        jdbc.sql("""
                select u.gmina_teryt, sum(c.places - c.occupied) as free
                from reintegration_unit u join reintegration_capacity c on c.organisation_id = u.organisation_id
                group by u.gmina_teryt order by u.gmina_teryt
                """).query((rs, n) -> Map.entry(rs.getString("gmina_teryt"), rs.getBigDecimal("free")))
                .list().forEach(e -> values.put(e.getKey(), e.getValue()));
        return values;
    }

    /** The day the unit last confirmed its places; empty when it never reported. */
    Optional<LocalDate> updatedOn(long organisationId) {
        return jdbc.sql("select updated_on from reintegration_unit where organisation_id = :id")
                .param("id", organisationId).query((rs, n) -> rs.getDate(1).toLocalDate()).optional();
    }

    /** The units that reported, as parties, by name. */
    List<ReferralView.Party> reportedUnits() {
        return jdbc.sql("""
                select organisation_id, organisation_name, organisation_kind, powiat_teryt from reintegration_unit
                order by organisation_name, organisation_id
                """).query((rs, n) -> new ReferralView.Party(rs.getLong(1), rs.getString(2),
                ReferralPartyKind.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
