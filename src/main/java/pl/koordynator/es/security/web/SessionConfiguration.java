package pl.koordynator.es.security.web;

import java.time.Clock;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import pl.koordynator.es.security.domain.SessionSettings;
import pl.koordynator.es.shared.PlatformSettings;

/** The session cookie and the absolute lifetime of signed-in sessions. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration implements WebMvcConfigurer {

    private final SessionSettings settings;
    private final Clock clock;

    SessionConfiguration(SessionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Spring Session writes its own cookie: never readable by scripts, not sent along with
     * cross-site posts, and, where the installation is reached over https, never sent in clear,
     * whatever the request in hand looks like (behind a balancer that terminates TLS it may
     * arrive as plain http).
     */
    @Bean
    DefaultCookieSerializerCustomizer sessionCookie(PlatformSettings platform) {
        boolean https = platform.publicUrl() != null && platform.publicUrl().regionMatches(true, 0, "https://", 0, 8);
        return serializer -> {
            serializer.setUseHttpOnlyCookie(true);
            serializer.setSameSite("Lax");
            if (https) {
                serializer.setUseSecureCookie(true);
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SessionLifetime(settings.absoluteTimeout(), clock))
                .excludePathPatterns("/api/**", "/actuator/**");
    }
}
