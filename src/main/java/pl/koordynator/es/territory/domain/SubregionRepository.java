package pl.koordynator.es.territory.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubregionRepository {

    /** A subregion row with its powiats; the OWES name comes from the registry, not from here. */
    record StoredSubregion(long id, String name, List<String> powiatTeryts, Long owesOrganisationId, long version) {
    }

    private static final String SELECT = """
            select s.id, s.name, s.owes_organisation_id, s.version,
                   array_remove(array_agg(p.powiat_teryt order by p.powiat_teryt), null) as powiats
            from subregion s left join subregion_powiat p on p.subregion_id = s.id
            """;

    private final JdbcClient jdbc;

    SubregionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredSubregion> all() {
        return jdbc.sql(SELECT + " group by s.id order by s.name").query(SubregionRepository::row).list();
    }

    Optional<StoredSubregion> find(long id) {
        return jdbc.sql(SELECT + " where s.id = :id group by s.id").param("id", id)
                .query(SubregionRepository::row).optional();
    }

    Optional<StoredSubregion> findByPowiat(String powiatTeryt) {
        return jdbc.sql(SELECT + " where s.id = (select subregion_id from subregion_powiat where powiat_teryt = :powiat)"
                        + " group by s.id")
                .param("powiat", powiatTeryt).query(SubregionRepository::row).optional();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select count(*) from subregion where lower(name) = lower(:name) and id <> coalesce(:id, -1)")
                .param("name", name).param("id", exceptId).query(Long.class).single() > 0;
    }

    /** Those of the powiats that another subregion already has. */
    List<String> powiatsTakenByOthers(List<String> powiats, Long exceptId) {
        if (powiats.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select powiat_teryt from subregion_powiat
                where powiat_teryt in (:powiats) and subregion_id <> coalesce(:id, -1) order by powiat_teryt
                """)
                .param("powiats", powiats).param("id", exceptId).query(String.class).list();
    }

    long insert(String name, Long owesOrganisationId) {
        return jdbc.sql("insert into subregion (name, owes_organisation_id) values (:name, :owes) returning id")
                .param("name", name).param("owes", owesOrganisationId).query(Long.class).single();
    }

    /** Returns false when the row's version moved on since it was read. */
    boolean update(long id, long expectedVersion, String name, Long owesOrganisationId) {
        return jdbc.sql("""
                update subregion set name = :name, owes_organisation_id = :owes, version = version + 1, updated_at = now()
                where id = :id and version = :version
                """)
                .param("id", id).param("version", expectedVersion).param("name", name)
                .param("owes", owesOrganisationId).update() == 1;
    }

    void replacePowiats(long id, List<String> powiats) {
        jdbc.sql("delete from subregion_powiat where subregion_id = :id").param("id", id).update();
        for (String powiat : powiats) {
            jdbc.sql("insert into subregion_powiat (subregion_id, powiat_teryt) values (:id, :powiat)")
                    .param("id", id).param("powiat", powiat).update();
        }
    }

    boolean delete(long id, long expectedVersion) {
        return jdbc.sql("delete from subregion where id = :id and version = :version")
                .param("id", id).param("version", expectedVersion).update() == 1;
    }

    private static StoredSubregion row(ResultSet rs, int rowNum) throws SQLException {
        Array powiats = rs.getArray("powiats");
        long owes = rs.getLong("owes_organisation_id");
        Long owesOrganisationId = rs.wasNull() ? null : owes;
        return new StoredSubregion(rs.getLong("id"), rs.getString("name"),
                powiats == null ? List.of() : List.copyOf(Arrays.asList((String[]) powiats.getArray())),
                owesOrganisationId, rs.getLong("version"));
    }
}
