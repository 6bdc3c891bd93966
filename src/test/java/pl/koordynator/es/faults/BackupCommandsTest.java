package pl.koordynator.es.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/koordynator-backup, -restore and -compare as an operator meets them: wrong use is refused with
 * a message, a restore lays out a data directory PostgreSQL and libpq accept (owner-only modes) and
 * never writes over an installation, and a comparison fails on any table that differs. The database
 * itself is played by stand-ins for psql, postgres and pg_ctl (the scripts' own steps all run); a real
 * backup and restore were checked by hand (README, Backups).
 */
class BackupCommandsTest {

    private static final Path BIN = Path.of("bin").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void backupRefusesWrongUse() throws Exception {
        Result noArchive = run("koordynator-backup");
        assertThat(noArchive.exit()).isEqualTo(2);
        assertThat(noArchive.output()).contains("usage:");

        Result notTar = run("koordynator-backup", work.resolve("backup.zip").toString());
        assertThat(notTar.exit()).isEqualTo(1);
        assertThat(notTar.output()).contains("must end in .tar");

        Result noDataDir = run("koordynator-backup", "--data-dir", work.resolve("missing").toString(),
                work.resolve("b.tar").toString());
        assertThat(noDataDir.exit()).isEqualTo(1);
        assertThat(noDataDir.output()).contains("no data directory");
        assertThat(work.resolve("b.tar")).doesNotExist();
    }

    @Test
    void restoreLaysOutAnOwnerOnlyDataDirectoryAndNeverOverwrites() throws Exception {
        Path archive = embeddedArchive("a.tar", "public.user_account\t8\tabc\n");
        Path target = work.resolve("restored");

        Result restored = run("koordynator-restore", archive.toString(), "--data-dir", target.toString());
        assertThat(restored.exit()).as(restored.output()).isZero();
        assertThat(target.resolve("pg/PG_VERSION")).hasContent("17");
        assertThat(target.resolve("pg/pg_wal/archive_status")).isDirectory();
        assertThat(target.resolve("backup")).doesNotExist();
        assertThat(mode(target.resolve("pg"))).isEqualTo("rwx------");
        assertThat(mode(target.resolve("pgpass"))).isEqualTo("rw-------");
        assertThat(mode(target.resolve("secrets"))).isEqualTo("rwx------");
        assertThat(mode(target.resolve("secrets/reintegration-person.key"))).isEqualTo("rw-------");
        assertThat(target.resolve("secrets/reintegration-person.key")).hasContent("a-key");

        Result again = run("koordynator-restore", archive.toString(), "--data-dir", target.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.output()).contains("is not empty");

        Path otherKey = work.resolve("other.key");
        Files.writeString(otherKey, "another-key\n");
        Result keyClash = run("koordynator-restore", archive.toString(), "--data-dir",
                work.resolve("fresh").toString(), "--key-file", otherKey.toString());
        assertThat(keyClash.exit()).isEqualTo(1);
        assertThat(keyClash.output()).contains("holds another key");
        assertThat(otherKey).hasContent("another-key");
        assertThat(work.resolve("fresh")).doesNotExist();

        Result notAnArchive = run("koordynator-restore", otherKey.toString(), "--data-dir",
                work.resolve("fresh2").toString());
        assertThat(notAnArchive.exit()).isEqualTo(1);
        assertThat(notAnArchive.output()).contains("not an archive of koordynator-backup");
    }

    @Test
    void compareFailsOnAnyDifferentTable() throws Exception {
        Path same = embeddedArchive("same.tar", "public.a\t2\tx1\npublic.b\t0\tx2\n");
        Path alike = embeddedArchive("alike.tar", "public.a\t2\tx1\npublic.b\t0\tx2\n");
        Path changed = embeddedArchive("changed.tar", "public.a\t2\tx9\npublic.b\t0\tx2\npublic.c\t1\tx3\n");

        Result identical = run("koordynator-compare", same.toString(), alike.toString());
        assertThat(identical.exit()).as(identical.output()).isZero();
        assertThat(identical.output()).contains("2 tables, rows 2 / 2: 2 identical, 0 different")
                .contains("reintegration person key: same");

        Result different = run("koordynator-compare", same.toString(), changed.toString());
        assertThat(different.exit()).isEqualTo(1);
        assertThat(different.output()).containsPattern("public.a +2 +2 +differs +DIFFERENT")
                .containsPattern("public.b +0 +0 +same +ok")
                .containsPattern("public.c +- +1 .*DIFFERENT")
                .contains("1 identical, 2 different");
    }

    @Test
    void backupOfAStoppedDatabaseIsReadableByItsOwnerOnly() throws Exception {
        Path dataDir = dataDirectory("data");
        Map<String, String> env = fakePostgres();
        Path archive = work.resolve("b.tar");
        env.put("FAKE_PARTIAL", archive + ".partial");

        Result backup = run(env, "koordynator-backup", "--data-dir", dataDir.toString(), archive.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        assertThat(backup.output()).contains("copying the stopped database").contains("1 tables, 3 rows");
        assertThat(mode(archive)).isEqualTo("rw-------");
        assertThat(work.resolve("record/partial-mode")).hasContent("-rw-------");
        assertThat(archive.resolveSibling("b.tar.partial")).doesNotExist();
        // the temporary server's socket directory is nobody else's, as root too
        assertThat(work.resolve("record/socket-mode")).hasContent("700");
    }

    @Test
    void embeddedBackupSignsInWithItsPgpassEvenWhenTheShellHasAnotherPassword() throws Exception {
        Path dataDir = dataDirectory("data");
        Map<String, String> env = fakePostgres();
        env.put("PGPASSWORD", "of-another-database");
        Path archive = work.resolve("p.tar");

        Result backup = run(env, "koordynator-backup", "--data-dir", dataDir.toString(), archive.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        // libpq prefers PGPASSWORD to the pgpass file: inherited, it failed the sign-in to the embedded database
        assertThat(work.resolve("record/pgpassword")).doesNotExist();
    }

    @Test
    void backupRefusesToCopyADatabaseWhosePidFileNamesALiveProcess() throws Exception {
        Path dataDir = dataDirectory("data");
        Process sleeper = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(dataDir.resolve("pg/postmaster.pid"), sleeper.pid() + "\n" + dataDir + "/pg\n1\n5499\n");
            Result backup = run(fakePostgres(), "koordynator-backup", "--data-dir", dataDir.toString(),
                    work.resolve("b.tar").toString());
            assertThat(backup.exit()).isEqualTo(1);
            assertThat(backup.output()).contains("postmaster.pid names the live process " + sleeper.pid());
            assertThat(work.resolve("b.tar")).doesNotExist();
            assertThat(work.resolve("b.tar.partial")).doesNotExist();
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
    }

    @Test
    void aServerWhoseBinaryWasReplacedStillCountsAsRunning() throws Exception {
        // an upgrade replaces the binaries under a running server: its exe reads ".../postgres (deleted)"
        Path binary = Files.createDirectories(work.resolve("old/bin")).resolve("postgres");
        Files.copy(Path.of("/bin/sleep"), binary, StandardCopyOption.COPY_ATTRIBUTES);
        Process server = new ProcessBuilder(binary.toString(), "300").start();
        try {
            Files.delete(binary);
            Path pg = Files.createDirectories(work.resolve("live/pg"));
            Files.writeString(pg.resolve("postmaster.pid"), server.pid() + "\n" + pg + "\n1\n5499\n");
            Process probe = new ProcessBuilder("bash", "-c", ". \"$0\"; running_postmaster \"$1\"",
                    BIN.resolve("lib/koordynator-common.sh").toString(), pg.toString()).redirectErrorStream(true).start();
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(probe.waitFor()).as(output).isZero();
            assertThat(output.trim()).isEqualTo(server.pid() + " 5499");
        } finally {
            server.destroyForcibly().waitFor();
        }
    }

    @Test
    void binariesAnotherUserCouldHavePlantedAreNeverRun() throws Exception {
        Path dataDir = dataDirectory("data");
        Path archive = embeddedArchive("a.tar", "public.a\t3\tabc\n");
        Map<String, String> env = fakePostgres();
        // as the application unpacks them: $TMPDIR/embedded-pg/PG-<hash>/bin, but writable by anyone
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        Path planted = Files.createDirectories(tmp.resolve("embedded-pg/PG-0123/bin"));
        for (String binary : List.of("postgres", "pg_ctl")) {
            Files.copy(Path.of(env.get("KOORDYNATOR_PG_BIN"), binary), planted.resolve(binary),
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rwxrwxrwx"));
        env.remove("KOORDYNATOR_PG_BIN");
        env.put("TMPDIR", tmp.toString());
        env.put("HOME", work.toString());

        Result refused = run(env, "koordynator-compare", archive.toString(), dataDir.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("not using " + planted).contains("cannot find the PostgreSQL 17 binaries");
        assertThat(work.resolve("record/postgres-ran")).doesNotExist();

        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rwxr-xr-x"));
        Result used = run(env, "koordynator-compare", archive.toString(), dataDir.toString());
        assertThat(used.exit()).as(used.output()).isZero();
        assertThat(used.output()).contains("1 tables, rows 3 / 3: 1 identical, 0 different");
        assertThat(work.resolve("record/postgres-ran")).exists();
    }

    @Test
    void restoreRefusesAnUnknownModeAndLeavesNothingHalfDoneBehind() throws Exception {
        Path evil = archive("evil.tar", "mode=embedded_x\n", "", true, true);
        Result unknownMode = run("koordynator-restore", evil.toString(), "--data-dir", work.resolve("x").toString());
        assertThat(unknownMode.exit()).isEqualTo(1);
        assertThat(unknownMode.output()).contains("unknown database mode 'embedded_x'");
        assertThat(work.resolve("x")).doesNotExist();

        // unpacks pgpass, secrets/ and pg/, then fails: no PG_VERSION
        Path broken = archive("broken.tar", "mode=embedded\n", "", false, true);
        Path fresh = work.resolve("restored");
        Path key = work.resolve("keys/restored.key");
        Result failed = run("koordynator-restore", broken.toString(), "--data-dir", fresh.toString(), "--key-file",
                key.toString());
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.output()).contains("holds no embedded database");
        assertThat(fresh).doesNotExist();
        assertThat(key).doesNotExist();
        try (var left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".koordynator"));
        }

        Path empty = Files.createDirectories(work.resolve("mounted"));
        Result failedInEmpty = run("koordynator-restore", broken.toString(), "--data-dir", empty.toString());
        assertThat(failedInEmpty.exit()).isEqualTo(1);
        assertThat(empty).isEmptyDirectory();

        Path good = embeddedArchive("good.tar", "public.a\t1\tx\n");
        for (Path target : List.of(fresh, empty)) {
            Result retried = run("koordynator-restore", good.toString(), "--data-dir", target.toString());
            assertThat(retried.exit()).as(retried.output()).isZero();
            assertThat(target.resolve("pg/PG_VERSION")).hasContent("17");
            assertThat(mode(target)).isEqualTo("rwx------");
        }
    }

    @Test
    void compareSaysWhenAnArchiveHoldsNoKey() throws Exception {
        Path withKey = embeddedArchive("with.tar", "public.a\t2\tx1\n");
        Path withoutKey = archive("without.tar", "mode=embedded\n", "public.a\t2\tx1\n", true, false);

        Result compared = run("koordynator-compare", withKey.toString(), withoutKey.toString());
        assertThat(compared.exit()).as(compared.output()).isZero();
        assertThat(compared.output()).contains(withoutKey + " holds no reintegration person key")
                .contains("reintegration person key: not compared")
                .contains("1 tables, rows 2 / 2: 1 identical, 0 different");
    }

    /** A stopped embedded installation: pg/ (a stand-in), pgpass and the key. */
    private Path dataDirectory(String name) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        Files.createDirectories(dir.resolve("pg/pg_wal"));
        Files.writeString(dir.resolve("pg/PG_VERSION"), "17");
        Files.writeString(dir.resolve("pgpass"), "*:*:*:postgres:secret\n");
        Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(dir.resolve("secrets/reintegration-person.key"), "a-key");
        return dir;
    }

    /**
     * Stand-ins for PostgreSQL 17's postgres and pg_ctl (KOORDYNATOR_PG_BIN) and psql (PATH): the database
     * holds one table public.a of 3 rows; what the scripts showed them is written to record/.
     */
    private Map<String, String> fakePostgres() throws IOException {
        Path record = Files.createDirectories(work.resolve("record"));
        Path bin = Files.createDirectories(work.resolve("fake/pg17/bin"));
        Path path = Files.createDirectories(work.resolve("fake/path"));
        script(bin.resolve("postgres"), """
                touch "$FAKE_RECORD/postgres-ran"
                echo 'postgres (PostgreSQL) 17.6'
                """);
        script(bin.resolve("pg_ctl"), """
                while [ $# -gt 0 ]; do
                    [ "$1" = -l ] && stat -c %a "$(dirname "$2")" >"$FAKE_RECORD/socket-mode"
                    shift
                done
                exit 0
                """);
        script(path.resolve("psql"), """
                [ -z "${PGPASSWORD:-}" ] || echo "$PGPASSWORD" >"$FAKE_RECORD/pgpassword"
                for a; do [ "$a" = -c ] && { echo 42; exit 0; }; done
                cat >/dev/null
                [ -z "${FAKE_PARTIAL:-}" ] || stat -c %A "$FAKE_PARTIAL" | tr -d '\n' >"$FAKE_RECORD/partial-mode"
                printf 'public.a\t3\tabc\n'
                """);
        Map<String, String> env = new HashMap<>();
        env.put("FAKE_RECORD", record.toString());
        env.put("KOORDYNATOR_PG_BIN", bin.toString());
        env.put("PATH", path + ":" + System.getenv("PATH"));
        return env;
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** An archive laid out as koordynator-backup writes one, with a stand-in for the database files. */
    private Path embeddedArchive(String name, String tables) throws Exception {
        return archive(name, "mode=embedded\n", tables, true, true);
    }

    private Path archive(String name, String mode, String tables, boolean withVersion, boolean withKey)
            throws Exception {
        Path source = Files.createDirectories(work.resolve("src-" + name));
        Files.createDirectories(source.resolve("pg/pg_wal"));
        if (withVersion) {
            Files.writeString(source.resolve("pg/PG_VERSION"), "17");
        }
        Files.writeString(source.resolve("pgpass"), "*:*:*:postgres:secret\n");
        Files.createDirectories(source.resolve("secrets"));
        if (withKey) {
            Files.writeString(source.resolve("secrets/reintegration-person.key"), "a-key");
        }
        Files.createDirectories(source.resolve("backup"));
        Files.writeString(source.resolve("backup/manifest"), "format=koordynator-backup 1\n" + mode
                + "created=2026-01-01T00:00:00Z\ndatabase_version=17.11\n");
        Files.writeString(source.resolve("backup/tables.tsv"), tables);
        Path archive = work.resolve(name);
        Process tar = new ProcessBuilder("tar", "-cf", archive.toString(), "-C", source.toString(), "pg", "pgpass",
                "secrets", "backup").inheritIO().start();
        assertThat(tar.waitFor()).isZero();
        return archive;
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private Result run(String command, String... arguments) throws Exception {
        return run(Map.of(), command, arguments);
    }

    private Result run(Map<String, String> env, String command, String... arguments) throws Exception {
        List<String> line = new ArrayList<>(List.of(BIN.resolve(command).toString()));
        line.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(line).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().remove("KOORDYNATOR_PG_BIN");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {
    }
}
