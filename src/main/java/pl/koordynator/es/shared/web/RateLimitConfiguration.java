package pl.koordynator.es.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import pl.koordynator.es.shared.ProblemWriter;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration implements WebMvcConfigurer {

    private final RateLimitInterceptor interceptor;

    RateLimitConfiguration(RateLimits limits, ClientKeys clients, ProblemWriter problems, MessageSource messages) {
        this.interceptor = new RateLimitInterceptor(limits, clients, problems, messages);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor);
    }
}
