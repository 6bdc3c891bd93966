package pl.koordynator.es.security.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSecurityPolicyTest {

    @Test
    void theMapTileServerIsTheOnlyForeignImageOrigin() {
        assertThat(WebSecurityConfiguration.tileOrigin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://tile.openstreetmap.org");
        assertThat(WebSecurityConfiguration.tileOrigin("https://{s}.tiles.example.pl/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tiles.example.pl");
        assertThat(WebSecurityConfiguration.tileOrigin("")).isNull();
        assertThat(WebSecurityConfiguration.tileOrigin("https://evil.example; script-src *")).isNull();
        assertThat(WebSecurityConfiguration.contentSecurityPolicy(""))
                .contains("img-src 'self' data:;").contains("script-src 'self';");
        assertThat(WebSecurityConfiguration.contentSecurityPolicy("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: https://tile.openstreetmap.org;");
    }
}
