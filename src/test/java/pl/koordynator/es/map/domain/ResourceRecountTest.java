package pl.koordynator.es.map.domain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;

/** A start recounts the map only when the register changed since the last full recount (issue 17). */
class ResourceRecountTest extends IntegrationTest {

    static final String GDANSK = "2261011";

    @Autowired
    ResourceRecount recount;

    @Autowired
    ResourceAggregates aggregates;

    @Autowired
    RegistryFixtures registry;

    @Test
    void aRestartWithAnUnchangedRegisterSkipsTheRecountAndAChangeByHandIsCountedAtTheNext() throws Exception {
        registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Liczona", GDANSK));
        recount.initialize();
        assertThat(activePes()).isEqualTo(1);

        List<String> unchanged = SqlStatements.of(recount::initialize);
        assertThat(unchanged).as("a restart on an unchanged register").noneMatch(sql -> sql.contains("from organisation"))
                .noneMatch(sql -> sql.contains("map_gmina_resource"));

        // a change the map heard nothing about: SQL typed by hand, or a restored backup of the register
        jdbc.sql("update organisation set status = 'SUSPENDED'").update();
        assertThat(activePes()).isEqualTo(1);
        recount.initialize();
        assertThat(activePes()).isZero();
        assertThat(aggregates.current()).isTrue();
    }

    private long activePes() {
        return jdbc.sql("select coalesce(sum(value), 0) from map_gmina_resource where gmina_teryt = :g and code = 'PES_ACTIVE'")
                .param("g", GDANSK).query(Long.class).single();
    }
}
