package pl.koordynator.es.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import pl.koordynator.es.testing.Endpoint;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix covers every handler the application has: each mapping (path pattern and HTTP
 * method) of every {@link RequestMappingHandlerMapping} is tried by at least one row of
 * {@link EndpointAccessTest}, so a handler added without access tests fails here.
 */
class EndpointCoverageTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyHandlerHasARowInTheRoleMatrix() {
        List<Endpoint> rows = EndpointAccessTest.endpoints().toList();
        Set<String> missing = new TreeSet<>();
        int mappings = 0;
        for (RequestMappingHandlerMapping handlers : context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : handlers.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String value : info.getPatternValues()) {
                    PathPattern pattern = PathPatternParser.defaultInstance.parse(value);
                    mappings++;
                    if (methods.isEmpty()) {
                        if (rows.stream().noneMatch(row -> matches(pattern, row))) {
                            missing.add("(any method) " + value);
                        }
                        continue;
                    }
                    for (RequestMethod method : methods) {
                        if (rows.stream().noneMatch(row -> row.method().name().equals(method.name())
                                && matches(pattern, row))) {
                            missing.add(method + " " + value);
                        }
                    }
                }
            }
        }
        assertThat(mappings).as("handler mappings found").isGreaterThan(150);
        assertThat(new ArrayList<>(missing)).as("handlers without a row in the role matrix").isEmpty();
    }

    private static boolean matches(PathPattern pattern, Endpoint row) {
        String path = row.path().replace("{user}", "1");
        int query = path.indexOf('?');
        return pattern.matches(PathContainer.parsePath(query < 0 ? path : path.substring(0, query)));
    }
}
