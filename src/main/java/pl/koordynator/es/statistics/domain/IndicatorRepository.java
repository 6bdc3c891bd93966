package pl.koordynator.es.statistics.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.statistics.Aggregation;
import pl.koordynator.es.statistics.IndicatorCategory;
import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.statistics.Statistics;

@Repository
class IndicatorRepository {

    /** Built-in ones in the programme's order, then the others by code. */
    static final Comparator<StoredIndicator> ORDER = Comparator
            .comparingInt((StoredIndicator indicator) -> {
                int position = Statistics.BUILT_IN.indexOf(indicator.code());
                return position < 0 ? Integer.MAX_VALUE : position;
            })
            .thenComparing(StoredIndicator::code);

    private static final String SELECT = """
            select code, name_pl, name_en, unit_pl, unit_en, source, category, aggregation, live, built_in, bdl_names,
                   version, updated_at
            from indicator_definition
            """;

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredIndicator> all() {
        return jdbc.sql(SELECT).query(IndicatorRepository::row).list().stream().sorted(ORDER).toList();
    }

    Optional<StoredIndicator> find(String code) {
        return jdbc.sql(SELECT + " where code = :code").param("code", code).query(IndicatorRepository::row).optional();
    }

    void insert(IndicatorDefinition definition, List<String> bdlNames) {
        jdbc.sql("""
                insert into indicator_definition (code, name_pl, name_en, unit_pl, unit_en, source, category,
                    aggregation, live, built_in, bdl_names)
                values (:code, :namePl, :nameEn, :unitPl, :unitEn, :source, :category, :aggregation, false, false,
                    :bdlNames)""")
                .param("code", definition.code()).param("namePl", definition.namePl())
                .param("nameEn", definition.nameEn()).param("unitPl", definition.unitPl())
                .param("unitEn", definition.unitEn()).param("source", definition.source())
                .param("category", definition.category().name()).param("aggregation", definition.aggregation().name())
                .param("bdlNames", String.join("\n", bdlNames)).update();
    }

    /** Returns false when the row's version moved on since it was read (or it is built in). */
    boolean update(IndicatorDefinition definition, List<String> bdlNames, long expectedVersion) {
        return jdbc.sql("""
                update indicator_definition set name_pl = :namePl, name_en = :nameEn, unit_pl = :unitPl,
                    unit_en = :unitEn, source = :source, category = :category, aggregation = :aggregation,
                    bdl_names = :bdlNames, version = version + 1, updated_at = now()
                where code = :code and version = :version and not built_in""")
                .param("code", definition.code()).param("namePl", definition.namePl())
                .param("nameEn", definition.nameEn()).param("unitPl", definition.unitPl())
                .param("unitEn", definition.unitEn()).param("source", definition.source())
                .param("category", definition.category().name()).param("aggregation", definition.aggregation().name())
                .param("bdlNames", String.join("\n", bdlNames)).param("version", expectedVersion).update() == 1;
    }

    /** Deletes the indicator with its values; false when its version moved on (or it is built in). */
    boolean delete(String code, long expectedVersion) {
        return jdbc.sql("delete from indicator_definition where code = :code and version = :version and not built_in")
                .param("code", code).param("version", expectedVersion).update() == 1;
    }

    /** For each indicator with values: year → number of values, years ascending. */
    Map<String, SortedMap<Integer, Long>> valueCounts() {
        Map<String, SortedMap<Integer, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("select code, year, count(*) as n from statistic_value group by code, year order by code, year")
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("code"), code -> new TreeMap<>())
                            .put(rs.getInt("year"), rs.getLong("n"));
                });
        return counts;
    }

    private static StoredIndicator row(ResultSet rs, int rowNum) throws SQLException {
        IndicatorDefinition definition = new IndicatorDefinition(rs.getString("code"), rs.getString("name_pl"),
                rs.getString("name_en"), rs.getString("unit_pl"), rs.getString("unit_en"), rs.getString("source"),
                IndicatorCategory.valueOf(rs.getString("category")), Aggregation.valueOf(rs.getString("aggregation")),
                rs.getBoolean("live"), rs.getBoolean("built_in"));
        String names = rs.getString("bdl_names");
        List<String> bdlNames = names == null || names.isBlank() ? List.of()
                : Arrays.stream(names.split("\n")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        return new StoredIndicator(definition, bdlNames, rs.getLong("version"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
