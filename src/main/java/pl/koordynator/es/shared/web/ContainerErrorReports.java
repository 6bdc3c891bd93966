package pl.koordynator.es.shared.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ContainerErrorReportValve} in place of Tomcat's error report valve. Runs after
 * Spring Boot's own customizer, which adds Tomcat's valve (with {@code
 * server.error.include-stacktrace=never}), so that the replacement is the only one: two would
 * nest, and the inner one would answer first.
 */
@Component
class ContainerErrorReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final ObjectProvider<BadRequests> badRequests;

    ContainerErrorReports(ObjectProvider<BadRequests> badRequests) {
        this.badRequests = badRequests;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ContainerErrorReportValve(context.getPath(), badRequests::getObject));
            // otherwise the host adds Tomcat's valve again when it starts, as it finds none of that class
            if (context.getParent() instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ContainerErrorReportValve.class.getName());
            }
        });
    }
}
