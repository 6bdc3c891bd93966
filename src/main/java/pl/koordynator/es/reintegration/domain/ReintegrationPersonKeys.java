package pl.koordynator.es.reintegration.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.privacy.PersonIdentity;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * The person keys (pseudonyms) of referred people: HMAC-SHA-256 of the person's canonical identity
 * with the installation's secret. The secret is kept outside the database (a file in the data
 * directory, or a setting for several instances), so a copy of the database alone cannot tell which
 * key belongs to which PESEL by trying them all. Its fingerprint is kept in the database: an instance
 * started with another secret stops with a message instead of giving known people new keys.
 */
@Component
public class ReintegrationPersonKeys {

    static final String FILE_NAME = "reintegration-person.key";
    private static final String FINGERPRINT_TEXT = "koordynator-es/reintegration/fingerprint";

    private final byte[] secret;

    ReintegrationPersonKeys(ReintegrationSettings settings, PlatformSettings platform, JdbcClient jdbc) {
        this.secret = loadOrCreate(settings, platform);
        checkFingerprint(jdbc);
    }

    /** The person's key: 64 hexadecimal characters. */
    public String keyOf(PersonIdentity person) {
        return hmac(person.canonical());
    }

    /** Where the secret is kept when no setting gives it. */
    static Path keyFile(ReintegrationSettings settings, PlatformSettings platform) {
        return settings.personKeyFile() != null ? settings.personKeyFile()
                : platform.dataDir().resolve("secrets").resolve(FILE_NAME);
    }

    private static byte[] loadOrCreate(ReintegrationSettings settings, PlatformSettings platform) {
        if (settings.personKey() != null && !settings.personKey().isBlank()) {
            return decode(settings.personKey().strip(), "koordynator.reintegration.person-key");
        }
        Path file = keyFile(settings, platform);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                Path written = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME, ".new");
                try {
                    restrict(written);
                    Files.writeString(written, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
                    // a hard link appears whole or not at all and never replaces: of two instances sharing the
                    // directory and starting together, the first one's key wins and the other reads it
                    Files.createLink(file, written);
                } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
                    // the file on disk wins
                } finally {
                    Files.deleteIfExists(written);
                }
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException failure) {
            throw new IllegalStateException("Cannot read or create the reintegration person key file " + file
                    + ": " + failure.getMessage(), failure);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // a file system without POSIX permissions (Windows): the directory's own protection applies
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("The reintegration person key in " + where + " is not Base64");
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("The reintegration person key in " + where + " is shorter than 32 bytes");
        }
        return bytes;
    }

    private void checkFingerprint(JdbcClient jdbc) {
        String fingerprint = hmac(FINGERPRINT_TEXT);
        jdbc.sql("insert into reintegration_key_check (id, fingerprint) values (1, :fingerprint) on conflict (id) do nothing")
                .param("fingerprint", fingerprint).update();
        String known = jdbc.sql("select fingerprint from reintegration_key_check where id = 1").query(String.class).single();
        if (!MessageDigest.isEqual(known.getBytes(StandardCharsets.US_ASCII), fingerprint.getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalStateException("The reintegration person key is not the one this database's referrals were "
                    + "written with: restore the key file (README, Backups) or set koordynator.reintegration.person-key "
                    + "to the original key. Starting with another key would give every referred person a new pseudonym.");
        }
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
