package pl.koordynator.es.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.security.domain.ApiTokenService;
import pl.koordynator.es.testing.IntegrationTest;

/**
 * Tests that play API clients over real HTTP with a bearer token each, as scripts of the users'
 * own systems do: the requests of one test may run on many threads at once.
 */
abstract class BearerApiTest extends IntegrationTest {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    ApiTokenService tokens;

    /** A new API token of {@code user}. */
    String token(UserView user) {
        users.signIn(user);
        try {
            return tokens.create("wyścigi").secret();
        } finally {
            users.signOut();
        }
    }

    /** A JSON request ({@code json} null for none) with the token, as the client sends it. */
    HttpResponse<String> call(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
