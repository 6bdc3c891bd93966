package pl.koordynator.es.shared.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An error the container sends for an API address (Tomcat's 405 for TRACE, an exception thrown
 * in a filter) is answered as the problem+json the API promises, not as Spring Boot's
 * {@code {"timestamp": ...}} map: the error dispatch for {@code /api/**} ends here.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorDispatches {

    @Bean
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter(BadRequests badRequests) {
        FilterRegistrationBean<ApiErrorFilter> registration = new FilterRegistrationBean<>(
                new ApiErrorFilter(badRequests));
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static final class ApiErrorFilter extends OncePerRequestFilter {

        private final BadRequests badRequests;

        ApiErrorFilter(BadRequests badRequests) {
            this.badRequests = badRequests;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return request.getDispatcherType() != DispatcherType.ERROR || !(uri instanceof String path)
                    || !path.startsWith(request.getContextPath() + "/api/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                    ? HttpStatus.resolve(code) : null;
            if (status == null || response.isCommitted()) {
                chain.doFilter(request, response);
                return;
            }
            String original = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            // the problem's instance is the address asked for, not /error
            HttpServletRequest asked = new HttpServletRequestWrapper(request) {
                @Override
                public String getRequestURI() {
                    return original;
                }
            };
            response.resetBuffer();
            badRequests.writeProblem(asked, response, status, null);
        }
    }
}
