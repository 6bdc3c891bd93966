package pl.koordynator.es.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.access.AuthorizationManagerWebInvocationPrivilegeEvaluator.HttpServletRequestTransformer;
import org.springframework.security.web.access.PathPatternRequestTransformer;

/**
 * Lets the menu ask the URL rules about a path ({@link Navigation}). Spring Security asks them
 * with a stand-in request that cannot say its dispatcher type, which the page chain's first rule
 * (error dispatches are open) reads; a page opened from the menu is an ordinary request.
 */
@Configuration(proxyBeanMethods = false)
class NavigationConfiguration {

    @Bean
    HttpServletRequestTransformer menuRequestTransformer() {
        PathPatternRequestTransformer paths = new PathPatternRequestTransformer();
        return request -> paths.transform(new HttpServletRequestWrapper(request) {
            @Override
            public DispatcherType getDispatcherType() {
                return DispatcherType.REQUEST;
            }
        });
    }
}
