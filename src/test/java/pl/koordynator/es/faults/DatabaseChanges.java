package pl.koordynator.es.faults;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notes which application tables a request wrote: a row trigger on each table (for the test
 * only) inserts the table's name into {@code fuzz_change}, in the writer's own transaction, so a
 * rolled-back write leaves nothing there. Updates that change nothing are not noted.
 */
final class DatabaseChanges {

    /**
     * Tables a rejected request may legitimately write: the abuse counters and proof-of-work
     * spent list (a refused request still costs its sender), sign-in bookkeeping, sessions, job
     * locks and the migration history; {@code event_publication} is Spring Modulith's outbox,
     * written by listeners of earlier (accepted) requests that complete in the background.
     */
    static final Set<String> BOOKKEEPING = Set.of("rate_limit_bucket", "challenge_spent", "login_throttle",
            "login_known_address", "spring_session", "spring_session_attributes", "scheduled_job_lock",
            "flyway_schema_history", "event_publication", "event_publication_archive", "fuzz_change");

    private final JdbcClient jdbc;
    private List<String> tables = List.of();

    DatabaseChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void install() {
        jdbc.sql("create table if not exists fuzz_change (id bigserial primary key, tbl text not null)").update();
        jdbc.sql("""
                create or replace function fuzz_note_change() returns trigger language plpgsql as $$
                begin
                    insert into fuzz_change (tbl) values (TG_TABLE_NAME);
                    return null;
                end $$""").update();
        tables = jdbc.sql("""
                        select tablename from pg_tables where schemaname = current_schema()
                        order by tablename""").query(String.class).list().stream()
                .filter(table -> !BOOKKEEPING.contains(table)).toList();
        for (String table : tables) {
            jdbc.sql("create trigger fuzz_write after insert or delete on \"" + table
                    + "\" for each row execute function fuzz_note_change()").update();
            jdbc.sql("create trigger fuzz_update after update on \"" + table
                    + "\" for each row when (old.* is distinct from new.*) execute function fuzz_note_change()")
                    .update();
        }
    }

    void uninstall() {
        for (String table : tables) {
            jdbc.sql("drop trigger if exists fuzz_write on \"" + table + "\"").update();
            jdbc.sql("drop trigger if exists fuzz_update on \"" + table + "\"").update();
        }
        jdbc.sql("drop function if exists fuzz_note_change()").update();
        jdbc.sql("drop table if exists fuzz_change").update();
    }

    List<String> tables() {
        return tables;
    }

    long mark() {
        return jdbc.sql("select coalesce(max(id), 0) from fuzz_change").query(Long.class).single();
    }

    /** The tables written since the mark. */
    List<String> since(long mark) {
        return jdbc.sql("select distinct tbl from fuzz_change where id > :mark order by tbl").param("mark", mark)
                .query(String.class).list();
    }

    /** Row count and a checksum of the content of every watched table. */
    Map<String, String> checksums() {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : tables) {
            sums.put(table, jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '' order by t::text)), '')"
                    + " from \"" + table + "\" t").query(String.class).single());
        }
        return sums;
    }
}
