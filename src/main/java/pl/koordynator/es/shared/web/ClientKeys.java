package pl.koordynator.es.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.InstallationSecrets;

/**
 * Keys that name a client in counters (rate limits, sign-in throttling) without storing who it
 * is: an IP address is personal data, so it is kept only as an HMAC with the installation's
 * secret. The address is the one Tomcat resolved: the proxy's {@code X-Forwarded-For} only when
 * the proxy is trusted ({@code server.tomcat.remoteip.internal-proxies}), the peer otherwise.
 */
@Component
public class ClientKeys {

    private final InstallationSecrets secrets;

    ClientKeys(InstallationSecrets secrets) {
        this.secrets = secrets;
    }

    /** The signed-in user's key, or else the client address's. */
    public String of(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getPrincipal())) {
            return "user:" + hash(authentication.getName().toLowerCase(java.util.Locale.ROOT));
        }
        return address(request.getRemoteAddr());
    }

    /** The key of a client address. */
    public String address(String address) {
        return "address:" + hash(address == null ? "" : address);
    }

    /** An HMAC-SHA-256 of the text, hex, 32 characters: enough to tell clients apart, useless to find them. */
    public String hash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get("client-keys").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
