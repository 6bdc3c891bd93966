package pl.koordynator.es.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real HTTP client with a cookie jar that signs in through the login form, as a browser does. */
public class SignedInClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;

    public SignedInClient(String baseUrl, String username) throws IOException, InterruptedException {
        this(baseUrl, username, TestUsers.PASSWORD);
    }

    public SignedInClient(String baseUrl, String username, String password) throws IOException, InterruptedException {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = get("/login").body();
        Matcher token = CSRF.matcher(loginPage);
        if (!token.find()) {
            throw new IllegalStateException("login page has no CSRF token");
        }
        HttpResponse<String> login = post("/login", "username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + encode(token.group(1)));
        String location = login.headers().firstValue("Location").orElse("");
        if (!location.endsWith("/panel")) {
            throw new IllegalStateException("login of " + username + " failed: " + location);
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with extra headers, given as name, value, name, value… (e.g. {@code "HX-Request", "true"}). */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
                .headers(headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a file as the form on {@code formPath} does (multipart, with the form's CSRF token and
     * the form's page as Referer) to {@code action}.
     */
    public HttpResponse<String> upload(String formPath, String action, String fileName, byte[] content)
            throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(formPath).body());
        if (!token.find()) {
            throw new IllegalStateException(formPath + " has no CSRF token");
        }
        String boundary = "----koordynator" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + action)).header("Accept", "text/html")
                .header("Referer", baseUrl + formPath).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
