package pl.koordynator.es.registry.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.territory.OwesDirectory;

/** Tells the territory module which OWES exist, for assigning them to subregions. */
@Component
class RegisteredOwes implements OwesDirectory {

    private final JdbcClient jdbc;

    RegisteredOwes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Owes> all() {
        return jdbc.sql("select id, name from organisation where kind = 'OWES' and status <> 'CLOSED' order by lower(name), id")
                .query((rs, n) -> new Owes(rs.getLong(1), rs.getString(2))).list();
    }

    @Override
    public Optional<Owes> find(long id) {
        return jdbc.sql("select id, name from organisation where id = :id and kind = 'OWES'").param("id", id)
                .query((rs, n) -> new Owes(rs.getLong(1), rs.getString(2))).optional();
    }
}
