package pl.koordynator.es.shared;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import org.altcha.altcha.Altcha;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proof-of-work challenge (ALTCHA) that an anonymous form must solve before it may write:
 * a browser spends a second of work on it, a script filling an event with invented addresses
 * spends that on every one. No third-party service and no cookie is involved. A challenge is
 * signed with the installation's key (the same on every instance), expires, and its solution
 * is spent once: the first write that uses it records it in {@code challenge_spent}.
 */
@Component
public class ProofOfWork {

    /** What the widget (or a script) gets to solve: the ALTCHA v1 challenge format. */
    public record Challenge(String algorithm, String challenge, long maxnumber, String salt, String signature) {
    }

    /**
     * Settings {@code koordynator.challenge.*}: the largest number the solver may have to try
     * (a browser tries about a million a second), and how long a challenge may be solved and used.
     */
    @ConfigurationProperties("koordynator.challenge")
    public record Settings(@DefaultValue("100000") long maxNumber, @DefaultValue("10m") Duration expires) {
    }

    private final InstallationSecrets secrets;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Settings settings;

    ProofOfWork(InstallationSecrets secrets, JdbcClient jdbc, JsonMapper json, Settings settings) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
    }

    public Challenge challenge() {
        try {
            Altcha.Challenge made = Altcha.createChallenge(new Altcha.ChallengeOptions()
                    .setMaxNumber(settings.maxNumber())
                    .setHmacKey(key())
                    .setExpiresInSeconds(settings.expires().toSeconds()));
            return new Challenge(made.algorithm, made.challenge, made.maxnumber, made.salt, made.signature);
        } catch (Exception e) {
            throw new IllegalStateException("could not make a challenge", e);
        }
    }

    /** Whether the payload (Base64 JSON, as the widget submits it) solves an unexpired challenge of ours. */
    public boolean solved(String payload) {
        if (payload == null || payload.isBlank() || payload.length() > 2000) {
            return false;
        }
        try {
            return Altcha.verifySolution(payload.strip(), key(), true);
        } catch (Exception malformed) {
            return false;
        }
    }

    /**
     * Records a solved payload as used, in the caller's transaction (so a write that rolls back
     * leaves it unused); false when it is not solved or was used before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean spend(String payload) {
        if (!solved(payload)) {
            return false;
        }
        JsonNode solution = json.readTree(new String(Base64.getDecoder().decode(payload.strip()),
                StandardCharsets.UTF_8));
        try {
            jdbc.sql("insert into challenge_spent (signature, expires_at) values (:signature, :expires)")
                    .param("signature", solution.path("signature").asString())
                    .param("expires", expiry(solution.path("salt").asString())).update();
            return true;
        } catch (DuplicateKeyException replayed) {
            return false;
        }
    }

    /** Forgets spent solutions whose challenges have expired (they can no longer be replayed). */
    public int removeExpired() {
        return jdbc.sql("delete from challenge_spent where expires_at < now()").update();
    }

    private OffsetDateTime expiry(String salt) {
        try {
            Map<String, String> params = Altcha.extractParams(salt);
            if (params.containsKey("expires")) {
                return Instant.ofEpochSecond(Long.parseLong(params.get("expires"))).atOffset(ZoneOffset.UTC);
            }
        } catch (Exception unreadable) {
            // fall through to the longest a challenge lives
        }
        return OffsetDateTime.now(ZoneOffset.UTC).plus(settings.expires());
    }

    private String key() {
        return secrets.get("challenge");
    }
}
