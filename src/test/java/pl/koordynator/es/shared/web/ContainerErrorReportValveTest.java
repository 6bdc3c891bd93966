package pl.koordynator.es.shared.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerErrorReportValveTest {

    @Test
    void readsThePathFromARequestLineTomcatStoppedReading() {
        assertThat(path("GET /api/v1/organisations?q=aaaa")).isEqualTo("/api/v1/organisations");
        assertThat(path("\r\nPOST /events/12 HTTP/1.1\r\n")).isEqualTo("/events/12");
        assertThat(path("GET http://localhost:8080/api/v1/events?x")).isEqualTo("/api/v1/events");
        assertThat(path("GET /api/v1/" + "x".repeat(50))).isEqualTo("/api/v1/" + "x".repeat(50));
        assertThat(path("GET *")).isNull();
        assertThat(path("")).isNull();
    }

    private static String path(String requestLine) {
        byte[] bytes = ("junk" + requestLine).getBytes(StandardCharsets.ISO_8859_1);
        return ContainerErrorReportValve.pathOfRequestLine(bytes, 4, bytes.length);
    }
}
