package pl.koordynator.es.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.koordynator.es.testing.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

class SecurityHeadersTest extends IntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/panel", "/no-such-page", "/api/v1/users", "/actuator/health",
            "/css/app.css"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        not(containsString("unsafe-inline")), containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
