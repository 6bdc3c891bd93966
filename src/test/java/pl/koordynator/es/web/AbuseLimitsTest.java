package pl.koordynator.es.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shared limits a visitor runs into: requests per client address (public exports, the search
 * API), the address taken from a proxy's header only when the proxy is trusted, and searches and
 * page numbers bounded.
 */
class AbuseLimitsTest extends IntegrationTest {

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void publicExportsStopAfterThirtyAMinuteFromOneAddressWithThePolishPageAndRetryAfter() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/organisations/export.csv").with(from("198.51.100.20"))).andExpect(status().isOk());
        }
        mvc.perform(get("/map/export.xlsx").with(from("198.51.100.20")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(get("/organisations/export.csv").with(from("198.51.100.21"))).andExpect(status().isOk());
    }

    @Test
    void theSearchApiAnswers429ProblemAfterItsLimitAndASignedInUserCountsAlone() throws Exception {
        for (int i = 0; i < 120; i++) {
            mvc.perform(get("/api/v1/organisations?q=razem").with(from("198.51.100.30"))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/organisations?q=razem").with(from("198.51.100.30")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Zbyt wiele żądań")));
        mvc.perform(get("/api/v1/organisations?q=razem").with(from("198.51.100.30")).with(users.as(Role.PARTNER)))
                .andExpect(status().isOk());
    }

    @Test
    void aForwardedAddressCountsOnlyWhenATrustedProxySendsIt() throws Exception {
        // a trusted proxy (127.0.0.2 in tests) sends its client's address: that client uses up its exports
        for (int i = 0; i < 30; i++) {
            assertThat(exportVia("127.0.0.2", "203.0.113.50")).isEqualTo(200);
        }
        assertThat(exportVia("127.0.0.2", "203.0.113.50")).isEqualTo(429);
        assertThat(exportVia("127.0.0.2", "203.0.113.51")).as("another client behind the proxy").isEqualTo(200);
        // anyone else's header is ignored: a spoofed address neither escapes its own limit nor hits another's
        assertThat(exportVia("127.0.0.1", "203.0.113.52")).isEqualTo(200);
        for (int i = 0; i < 29; i++) {
            exportVia("127.0.0.1", "203.0.113." + (60 + i));
        }
        assertThat(exportVia("127.0.0.1", "203.0.113.99")).as("all counted against 127.0.0.1").isEqualTo(429);
    }

    @Test
    void aSearchOfMoreThanTenWordsOrTwoHundredCharactersIsABadRequestNamingQ() throws Exception {
        String hundredWords = "słowo ".repeat(100).strip();
        mvc.perform(get("/api/v1/organisations").param("q", hundredWords))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value("Wpisz najwyżej 10 słów i 200 znaków."));
        mvc.perform(get("/api/v1/events").param("q", "a".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/organisations").param("q", "spółdzielnia socjalna razem gdańsk")).andExpect(status().isOk());
        mvc.perform(get("/organisations").param("q", hundredWords)).andExpect(status().isBadRequest());
    }

    @Test
    void aPageBeyondTenThousandOrASizeOverTwoHundredIsABadRequestNamingIt() throws Exception {
        mvc.perform(get("/api/v1/organisations").param("page", "10000000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/events").param("size", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/organisations").param("page", "10000").param("size", "200"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content").isEmpty());
        mvc.perform(get("/events").param("page", "10000001")).andExpect(status().isBadRequest());
    }

    /** GET of the register's CSV over a socket bound to {@code local}, with X-Forwarded-For; the status. */
    private int exportVia(String local, String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /organisations/export.csv HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: "
                    + forwardedFor + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                head.write(b);
            }
            String statusLine = head.toString(StandardCharsets.US_ASCII);
            in.transferTo(OutputStream.nullOutputStream());
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
