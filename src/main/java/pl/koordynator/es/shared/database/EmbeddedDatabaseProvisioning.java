package pl.koordynator.es.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static pl.koordynator.es.shared.database.EmbeddedDatabaseCredentials.APPLICATION_ROLE;
import static pl.koordynator.es.shared.database.EmbeddedDatabaseCredentials.DATABASE;
import static pl.koordynator.es.shared.database.EmbeddedDatabaseCredentials.SUPERUSER;

/**
 * Brings the embedded server to what the application expects, on every start and idempotently:
 * the application's role {@value EmbeddedDatabaseCredentials#APPLICATION_ROLE} (no superuser)
 * owning schema {@code public} and everything in it, both passwords as in the credentials file,
 * and sign-ins with a password only. A data directory of an earlier version (everything owned
 * by {@code postgres}, no passwords, trust) is converted by the same steps.
 */
final class EmbeddedDatabaseProvisioning {

    /** Only SCRAM sign-ins, and the server listens on 127.0.0.1 only (see the configuration). */
    static final String HOST_BASED_AUTHENTICATION = """
            # Koordynator ES: the embedded PostgreSQL takes sign-ins with a password only (SCRAM),
            # and listens on 127.0.0.1 only. The passwords are in ../pgpass. Rewritten on every start.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            """;

    /**
     * Trust from this machine, as earlier versions ran: only for a start whose credentials were
     * just generated on an existing directory, until the passwords are set a moment later.
     */
    static final String TRUST_UNTIL_PROVISIONED = """
            # Koordynator ES: provisioning the passwords of an existing data directory; replaced at once.
            local   all   all                  trust
            host    all   all   127.0.0.1/32   trust
            """;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseProvisioning.class);

    // Everything in public not yet owned by the application's role, except members of extensions
    // (they stay with the superuser who created them) and sequences owned by a table's column,
    // which follow their table.
    private static final String TRANSFER_OWNERSHIP = """
            do $$
            declare
                owner_now regrole := '%1$s'::regrole;
                statement text;
            begin
                for statement in
                    select format('alter %%s %%s owner to %%I',
                               case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                                   when 'm' then 'materialized view' when 'f' then 'foreign table'
                                   when 'c' then 'type' else 'table' end,
                               c.oid::regclass, owner_now)
                    from pg_class c
                    where c.relnamespace = 'public'::regnamespace and c.relowner <> owner_now
                      and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f', 'c')
                      and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                                      and d.objid = c.oid and d.deptype = 'e')
                      and not (c.relkind = 'S' and exists (select from pg_depend d
                               where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                 and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')))
                    union all
                    select format('alter routine %%s owner to %%I', p.oid::regprocedure, owner_now)
                    from pg_proc p
                    where p.pronamespace = 'public'::regnamespace and p.proowner <> owner_now
                      and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass
                                      and d.objid = p.oid and d.deptype = 'e')
                    union all
                    select format('alter type %%s owner to %%I', t.oid::regtype, owner_now)
                    from pg_type t
                    where t.typnamespace = 'public'::regnamespace and t.typowner <> owner_now
                      and t.typtype in ('d', 'e', 'r')
                      and not exists (select from pg_depend d where d.classid = 'pg_type'::regclass
                                      and d.objid = t.oid and d.deptype = 'e')
                loop
                    execute statement;
                end loop;
            end
            $$""".formatted(APPLICATION_ROLE);

    private EmbeddedDatabaseProvisioning() {
    }

    /**
     * Run as the superuser right after the server started. Sets the role, the passwords and the
     * ownership, then makes the server accept only password sign-ins from now on.
     */
    static void provision(DataSource superuser, EmbeddedDatabaseCredentials credentials, Path pgData) {
        long started = System.nanoTime();
        try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
            // the statements below never reach the server's log, not even when one fails
            sql.execute("set log_statement = 'none'");
            sql.execute("set log_min_error_statement = 'panic'");
            sql.execute("""
                    do $$ begin
                        if not exists (select from pg_roles where rolname = '%1$s') then
                            create role %1$s;
                        end if;
                    end $$""".formatted(APPLICATION_ROLE));
            sql.execute("alter role " + APPLICATION_ROLE
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            PGConnection postgres = connection.unwrap(PGConnection.class);
            // hashed here, so that no password in clear ever travels to the server or its log
            postgres.alterUserPassword(APPLICATION_ROLE, credentials.applicationPassword().toCharArray(),
                    "scram-sha-256");
            postgres.alterUserPassword(SUPERUSER, credentials.superuserPassword().toCharArray(), "scram-sha-256");
            // CREATE on the database: trusted extensions (unaccent, pg_trgm, citext, pgcrypto) in migrations
            sql.execute("grant connect, create, temporary on database " + DATABASE + " to " + APPLICATION_ROLE);
            sql.execute("alter schema public owner to " + APPLICATION_ROLE);
            sql.execute(TRANSFER_OWNERSHIP);
            if (writeIfDifferent(pgData.resolve("pg_hba.conf"), HOST_BASED_AUTHENTICATION)) {
                sql.execute("select pg_reload_conf()");
                log.info("Embedded PostgreSQL now takes sign-ins with a password only");
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not provision the embedded PostgreSQL: " + e.getMessage(), e);
        }
        log.debug("Embedded PostgreSQL provisioned in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Writes the file when its content differs; true when it did. */
    static boolean writeIfDifferent(Path file, String content) throws IOException {
        if (Files.isRegularFile(file) && Files.readString(file).equals(content)) {
            return false;
        }
        Files.writeString(file, content);
        return true;
    }
}
