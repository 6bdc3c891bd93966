package pl.koordynator.es.programme.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.programme.ProgrammeAction;

/** Reads the programmes' actions for other modules' plans that refer to them. */
@Repository
class ProgrammeActionsReader {

    private static final String SELECT = """
            select n.id, n.code, n.name, p.id as programme_id, p.name as programme_name
            from programme_node n join programme p on p.id = n.programme_id
            where n.level = 'ACTION'
            """;

    private final JdbcClient jdbc;

    ProgrammeActionsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProgrammeAction> inForce() {
        return jdbc.sql(SELECT + " and p.status = 'IN_FORCE' and not p.project order by p.name, p.id, n.code, n.id")
                .query(this::action).list();
    }

    Optional<ProgrammeAction> find(long nodeId) {
        return jdbc.sql(SELECT + " and n.id = :id").param("id", nodeId).query(this::action).optional();
    }

    private ProgrammeAction action(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ProgrammeAction(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getLong("programme_id"), rs.getString("programme_name"));
    }
}
