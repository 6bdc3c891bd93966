package pl.koordynator.es.territory.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.territory.GminaType;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Unit;

@Repository
class UnitRepository {

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countAll() {
        return jdbc.sql("select count(*) from territorial_unit").query(Long.class).single();
    }

    Optional<Unit> find(String teryt) {
        return jdbc.sql("select * from territorial_unit where teryt = :teryt").param("teryt", teryt)
                .query(UnitRepository::row).optional();
    }

    /** Current units of a level in the region, optionally under one parent, by code. */
    List<Unit> current(String region, Level level, String parentTeryt) {
        return jdbc.sql("""
                select * from territorial_unit
                where level = :level and not historical and teryt like :region || '%'
                  and (cast(:parent as varchar) is null or parent_teryt = :parent)
                order by teryt
                """)
                .param("level", level.name()).param("region", region).param("parent", parentTeryt)
                .query(UnitRepository::row).list();
    }

    /** Every unit of the region, historical ones too, by code. */
    Map<String, Unit> allOfRegion(String region) {
        Map<String, Unit> units = new LinkedHashMap<>();
        jdbc.sql("select * from territorial_unit where teryt like :region || '%' order by teryt")
                .param("region", region).query(UnitRepository::row).list()
                .forEach(unit -> units.put(unit.teryt(), unit));
        return units;
    }

    void insert(Unit unit) {
        jdbc.sql("""
                insert into territorial_unit (teryt, name, level, gmina_type, parent_teryt, historical)
                values (:teryt, :name, :level, :type, :parent, false)
                """)
                .param("teryt", unit.teryt()).param("name", unit.name()).param("level", unit.level().name())
                .param("type", unit.type() == null ? null : unit.type().name()).param("parent", unit.parentTeryt())
                .update();
    }

    /** Name, type and parent as the register has them now; a unit the register lists is current. */
    void update(Unit unit) {
        jdbc.sql("""
                update territorial_unit set name = :name, gmina_type = :type, parent_teryt = :parent,
                    historical = false, updated_at = now()
                where teryt = :teryt
                """)
                .param("teryt", unit.teryt()).param("name", unit.name())
                .param("type", unit.type() == null ? null : unit.type().name()).param("parent", unit.parentTeryt())
                .update();
    }

    void markHistorical(String teryt) {
        jdbc.sql("update territorial_unit set historical = true, updated_at = now() where teryt = :teryt")
                .param("teryt", teryt).update();
    }

    void setBoundary(String teryt, String geometryJson) {
        jdbc.sql("update territorial_unit set boundary = cast(:boundary as jsonb), updated_at = now() where teryt = :teryt")
                .param("teryt", teryt).param("boundary", geometryJson).update();
    }

    boolean hasBoundaries(String region, Level level) {
        return jdbc.sql("select exists (select 1 from territorial_unit where level = :level and not historical"
                        + " and boundary is not null and teryt like :region || '%')")
                .param("level", level.name()).param("region", region).query(Boolean.class).single();
    }

    Map<String, String> geometries(String region, Level level) {
        Map<String, String> geometries = new LinkedHashMap<>();
        jdbc.sql("select teryt, boundary::text from territorial_unit where level = :level and not historical"
                        + " and boundary is not null and teryt like :region || '%' order by teryt")
                .param("level", level.name()).param("region", region)
                .query((rs, n) -> geometries.put(rs.getString(1), rs.getString(2))).list();
        return geometries;
    }

    /** A GeoJSON FeatureCollection of the current units of a level that have a boundary. */
    String featureCollection(String region, Level level) {
        return jdbc.sql("""
                select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(
                    json_build_object('type', 'Feature',
                        'properties', json_build_object('teryt', teryt, 'name', name),
                        'geometry', boundary) order by teryt), '[]'::json))::text
                from territorial_unit
                where level = :level and not historical and boundary is not null and teryt like :region || '%'
                """)
                .param("level", level.name()).param("region", region).query(String.class).single();
    }

    TerritoryCounts counts(String region) {
        return jdbc.sql("""
                select count(*) filter (where level = 'VOIVODESHIP' and not historical) as voivodeships,
                       count(*) filter (where level = 'POWIAT' and not historical) as powiats,
                       count(*) filter (where level = 'GMINA' and not historical) as gminas,
                       count(*) filter (where boundary is not null and not historical) as with_boundary,
                       count(*) filter (where historical) as historical,
                       (select count(*) from subregion) as subregions
                from territorial_unit where teryt like :region || '%'
                """)
                .param("region", region)
                .query((rs, n) -> new TerritoryCounts(rs.getLong("voivodeships"), rs.getLong("powiats"),
                        rs.getLong("gminas"), rs.getLong("with_boundary"), rs.getLong("historical"),
                        rs.getLong("subregions")))
                .single();
    }

    PageOf<Unit> search(String region, UnitQuery query, Paging paging) {
        StringBuilder where = new StringBuilder(" where teryt like :region || '%'");
        Map<String, Object> params = new HashMap<>();
        params.put("region", region);
        if (query.level() != null) {
            where.append(" and level = :level");
            params.put("level", query.level().name());
        }
        if (query.powiatTeryt() != null) {
            where.append(" and (teryt = :powiat or parent_teryt = :powiat)");
            params.put("powiat", query.powiatTeryt());
        }
        if (query.text() != null) {
            where.append(" and lower(name) like :text");
            params.put("text", "%" + query.text().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from territorial_unit" + where).params(params)
                .query(Long.class).single();
        List<Unit> items = jdbc.sql("select * from territorial_unit" + where
                        + " order by teryt limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(UnitRepository::row).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    static Unit row(ResultSet rs, int rowNum) throws SQLException {
        String type = rs.getString("gmina_type");
        return new Unit(rs.getString("teryt"), rs.getString("name"), Level.valueOf(rs.getString("level")),
                type == null ? null : GminaType.valueOf(type), rs.getString("parent_teryt"),
                rs.getBoolean("historical"));
    }
}
