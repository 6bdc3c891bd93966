package pl.koordynator.es.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RawHttp;
import pl.koordynator.es.testing.RawHttp.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzz probe: every GET address of the role matrix with a query or path the server cannot
 * decode. None may answer 5xx; the API answers 400 (or 404) problem+json, the pages the Polish
 * 400 page; nothing is logged with a stack trace. Before the fix 51 of 420 such requests got 500.
 */
@ExtendWith(OutputCaptureExtension.class)
class UndecodableRequestFuzzTest extends IntegrationTest {

    private static final List<String> BROKEN_QUERIES = List.of("?from=%ZZ", "?q=a%", "?q=%C3%28", "?q=%FF",
            "?%ZZ=1", "?=1", "?q=" + "x".repeat(20_000));
    private static final List<String> BROKEN_PATH_ENDINGS = List.of("/%ZZ", ";x=%ZZ");

    private static final String JSON = "Accept: application/json";
    private static final String BROWSER = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void noUndecodableRequestFailsTheServer(CapturedOutput output) {
        int logStart = output.getAll().length();
        List<String> targets = targets();
        List<String> wrong = new ArrayList<>();

        long started = System.nanoTime();
        for (String target : targets) {
            boolean api = target.startsWith("/api/");
            Answer answer = RawHttp.get(port, target, api ? JSON : BROWSER);
            String problem = api ? apiProblem(answer) : pageProblem(answer);
            if (problem != null) {
                wrong.add(shorten(target) + " → " + problem + " " + answer);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(targets).hasSizeGreaterThan(350);
        assertThat(wrong).as("%d of %d requests answered wrongly (%d ms)", wrong.size(), targets.size(), millis)
                .isEmpty();
        String log = output.getAll().substring(logStart);
        assertThat(log).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private static List<String> targets() {
        Set<String> paths = new LinkedHashSet<>();
        EndpointAccessTest.endpoints().filter(endpoint -> endpoint.method() == HttpMethod.GET)
                .map(Endpoint::path)
                .map(path -> path.replace("{user}", "999999"))
                .map(path -> path.contains("?") ? path.substring(0, path.indexOf('?')) : path)
                .forEach(paths::add);
        // three broken variants per address, taken in turn so that each variant meets every kind of address
        List<String> targets = new ArrayList<>();
        int turn = 0;
        for (String path : paths) {
            targets.add(path + BROKEN_QUERIES.get(turn % BROKEN_QUERIES.size()));
            targets.add(path + BROKEN_QUERIES.get((turn + 3) % BROKEN_QUERIES.size()));
            targets.add(path + BROKEN_PATH_ENDINGS.get(turn % BROKEN_PATH_ENDINGS.size()));
            turn++;
        }
        return targets;
    }

    private static String apiProblem(Answer answer) {
        if (answer.status() != 400 && answer.status() != 404) {
            return "status " + answer.status();
        }
        return answer.contentType().startsWith("application/problem+json") ? null : "not a problem";
    }

    private static String pageProblem(Answer answer) {
        if (answer.status() != 400) {
            return "status " + answer.status();
        }
        if (!answer.contentType().startsWith("text/html")) {
            return "not HTML";
        }
        return answer.body().contains("lang=\"pl\"") && answer.body().contains("Nieprawidłowe żądanie") ? null
                : "not the Polish 400 page";
    }

    private static String shorten(String target) {
        return target.length() > 80 ? target.substring(0, 80) + "…" : target;
    }
}
