package pl.koordynator.es.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/koordynator-backup, -restore and -compare as an operator meets them: wrong use is refused with
 * a message, a restore lays out a data directory PostgreSQL and libpq accept (owner-only modes) and
 * never writes over an installation, and a comparison fails on any table that differs. The database
 * parts need psql and a server; they were checked by hand (README, Backups).
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

    /** An archive laid out as koordynator-backup writes one, with a stand-in for the database files. */
    private Path embeddedArchive(String name, String tables) throws Exception {
        Path source = Files.createDirectories(work.resolve("src-" + name));
        Files.createDirectories(source.resolve("pg/pg_wal"));
        Files.writeString(source.resolve("pg/PG_VERSION"), "17");
        Files.writeString(source.resolve("pgpass"), "*:*:*:postgres:secret\n");
        Files.createDirectories(source.resolve("secrets"));
        Files.writeString(source.resolve("secrets/reintegration-person.key"), "a-key");
        Files.createDirectories(source.resolve("backup"));
        Files.writeString(source.resolve("backup/manifest"), "format=koordynator-backup 1\nmode=embedded\n"
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
        List<String> line = new ArrayList<>(List.of(BIN.resolve(command).toString()));
        line.addAll(List.of(arguments));
        Process process = new ProcessBuilder(line).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {
    }
}
