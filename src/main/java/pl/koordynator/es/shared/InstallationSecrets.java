package pl.koordynator.es.shared;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Random secrets of the installation (HMAC keys), made once on first use and kept in PostgreSQL,
 * so that every instance signs and checks with the same key and a restart keeps it.
 */
@Component
public class InstallationSecrets {

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> known = new ConcurrentHashMap<>();

    InstallationSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The secret of that name: 256 random bits, Base64; the first instance to ask makes it. */
    public String get(String name) {
        return known.computeIfAbsent(name, this::load);
    }

    private String load(String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        jdbc.sql("insert into installation_secret (name, value) values (:name, :value) on conflict (name) do nothing")
                .param("name", name).param("value", Base64.getEncoder().encodeToString(bytes)).update();
        return jdbc.sql("select value from installation_secret where name = :name").param("name", name)
                .query(String.class).single();
    }
}
