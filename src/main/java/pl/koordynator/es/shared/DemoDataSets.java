package pl.koordynator.es.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which module has loaded its part of the demo data set, so that "first start" means
 * the first start of each module's demo data, also after an upgrade adds a module.
 */
@Component
public class DemoDataSets {

    private final JdbcClient jdbc;

    DemoDataSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the module's demo data set; true when it had not been loaded before. */
    public boolean claim(String module) {
        return jdbc.sql("insert into demo_data_set (module) values (:module) on conflict do nothing")
                .param("module", module).update() == 1;
    }
}
