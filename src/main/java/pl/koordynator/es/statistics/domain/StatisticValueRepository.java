package pl.koordynator.es.statistics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StatisticValueRepository {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    StatisticValueRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    Map<String, BigDecimal> values(String code, int year) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        jdbc.sql("select teryt, value from statistic_value where code = :code and year = :year order by teryt")
                .param("code", code).param("year", year)
                .query(rs -> {
                    values.put(rs.getString("teryt"), StatisticNumbers.normalised(rs.getBigDecimal("value")));
                });
        return values;
    }

    Map<String, SortedMap<Integer, BigDecimal>> valuesOf(String teryt) {
        Map<String, SortedMap<Integer, BigDecimal>> values = new LinkedHashMap<>();
        jdbc.sql("select code, year, value from statistic_value where teryt = :teryt order by code, year")
                .param("teryt", teryt)
                .query(rs -> {
                    values.computeIfAbsent(rs.getString("code"), code -> new TreeMap<>())
                            .put(rs.getInt("year"), StatisticNumbers.normalised(rs.getBigDecimal("value")));
                });
        return values;
    }

    List<Integer> years(String code) {
        return jdbc.sql("select distinct year from statistic_value where code = :code order by year")
                .param("code", code).query(Integer.class).list();
    }

    int count(String code, int year) {
        return jdbc.sql("select count(*) from statistic_value where code = :code and year = :year")
                .param("code", code).param("year", year).query(Integer.class).single();
    }

    int count(String code) {
        return jdbc.sql("select count(*) from statistic_value where code = :code").param("code", code)
                .query(Integer.class).single();
    }

    /** Removes every value of the indicator in the year, for all units; returns how many there were. */
    int deleteYear(String code, int year) {
        return jdbc.sql("delete from statistic_value where code = :code and year = :year")
                .param("code", code).param("year", year).update();
    }

    void insert(Collection<ParsedImport.Value> values) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (ParsedImport.Value value : values) {
            rows.add(new Object[] {value.code(), value.year(), value.teryt(), value.value()});
            if (rows.size() == BATCH) {
                flush(rows);
            }
        }
        flush(rows);
    }

    /** Imports of the same indicator and year wait for each other instead of failing on the primary key. */
    void lockForImport() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('statistic_value import'))").query().singleRow();
    }

    private void flush(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate("insert into statistic_value (code, year, teryt, value) values (?, ?, ?, ?)", rows);
            rows.clear();
        }
    }
}
