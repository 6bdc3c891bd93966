package pl.koordynator.es.testing;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;

/**
 * One endpoint of the role matrix that {@code EndpointAccessTest} tries as an anonymous visitor
 * and as a user of each role. {@code anonymous} says whether visitors without an account may use
 * it; {@code json} is the body sent with API writes. Paths may contain {@code {user}}, replaced by
 * the id of a freshly created user.
 */
public record Endpoint(HttpMethod method, String path, boolean anonymous, Set<Role> roles, String json) {

    public static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    public static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    public static Endpoint page(HttpMethod method, String path, boolean anonymous, Set<Role> roles) {
        return new Endpoint(method, path, anonymous, roles, null);
    }

    public static Endpoint api(HttpMethod method, String path, Set<Role> roles, String json) {
        return new Endpoint(method, path, false, roles, json);
    }

    /** An API endpoint open to everyone, signed in or not. */
    public static Endpoint publicApi(HttpMethod method, String path) {
        return new Endpoint(method, path, true, EVERYONE, null);
    }

    public boolean api() {
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
