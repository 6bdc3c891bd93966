package pl.koordynator.es.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.Installation;

/**
 * The frame of every page: the layout's model and the language. Polish by default, English on
 * {@code ?lang=en}, remembered in a cookie. API clients that send no cookie may ask for English
 * problem messages with {@code Accept-Language: en}.
 */
@Configuration(proxyBeanMethods = false)
class WebFrameConfiguration implements WebMvcConfigurer {

    static final Locale POLISH = Locale.forLanguageTag("pl");

    private final LayoutModel layout;

    WebFrameConfiguration(UserAccounts users, Installation installation, Navigation navigation) {
        this.layout = new LayoutModel(users, installation, navigation);
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            String accept = request.getHeader("Accept-Language");
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            return api && accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : POLISH;
        });
        return resolver;
    }

    /** Right after Spring Security, which tells who is asking. */
    @Bean
    FilterRegistrationBean<KeptHomePage> keptHomePage(DataChanges changes, LocaleResolver localeResolver, Clock clock) {
        FilterRegistrationBean<KeptHomePage> registration = new FilterRegistrationBean<>(
                new KeptHomePage(changes, localeResolver, clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedLocalesOnly(change));
        registry.addInterceptor(layout);
    }
}
