package pl.koordynator.es.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL: of the superuser {@code postgres} and of the role
 * the application signs in as. Generated on the first start and kept in
 * {@code <data-dir>/pgpass}, readable by the owner only, in libpq's password file format, so
 * that {@code PGPASSFILE=data/pgpass pg_dump ...} works without typing a password.
 */
record EmbeddedDatabaseCredentials(String superuserPassword, String applicationPassword, boolean generatedNow) {

    static final String FILE_NAME = "pgpass";
    static final String SUPERUSER = "postgres";
    static final String APPLICATION_ROLE = "koordynator";
    static final String DATABASE = "postgres";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    // letters and digits only: nothing that libpq's file format or a shell would need escaped
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** The credentials kept in {@code dataDir}, generated and written there when there are none. */
    static EmbeddedDatabaseCredentials loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Optional<EmbeddedDatabaseCredentials> existing = read(dataDir);
            if (existing.isPresent()) {
                // libpq ignores a password file others may read; a copied backup may have lost its mode
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                return existing.get();
            }
            EmbeddedDatabaseCredentials created = new EmbeddedDatabaseCredentials(generate(), generate(), true);
            Path temporary = dataDir.resolve(FILE_NAME + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(temporary, created.fileContent());
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(temporary);
                return read(dataDir).orElseThrow();
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the database passwords in " + file, e);
        }
    }

    /** The credentials kept in {@code dataDir}, if both passwords are there. */
    static Optional<EmbeddedDatabaseCredentials> read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file);
        Optional<String> superuser = password(lines, SUPERUSER);
        Optional<String> application = password(lines, APPLICATION_ROLE);
        if (superuser.isEmpty() || application.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EmbeddedDatabaseCredentials(superuser.get(), application.get(), false));
    }

    /** A file for initdb's {@code --pwfile}: the superuser's password alone, readable by the owner only. */
    Path writeSuperuserPasswordFile(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME + ".initdb");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, superuserPassword + "\n");
        return file;
    }

    private String fileContent() {
        return """
                # Koordynator ES: passwords of the embedded PostgreSQL in ./pg, generated on the first start.
                # The application signs in as %2$s, the owner of its tables; %3$s is the superuser.
                # A libpq password file: PGPASSFILE=<this file> pg_dump -h 127.0.0.1 -p <port> -U %2$s %4$s
                # Delete this file and restart to have both passwords replaced.
                *:*:*:%2$s:%5$s
                *:*:*:%3$s:%1$s
                """.formatted(superuserPassword, APPLICATION_ROLE, SUPERUSER, DATABASE, applicationPassword);
    }

    private static Optional<String> password(List<String> lines, String user) {
        return lines.stream().filter(line -> !line.startsWith("#"))
                .map(line -> line.split(":", 5))
                .filter(fields -> fields.length == 5 && fields[3].equals(user) && !fields[4].isBlank())
                .map(fields -> fields[4].strip()).findFirst();
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    @Override
    public String toString() {
        return "EmbeddedDatabaseCredentials[passwords hidden]";
    }
}
