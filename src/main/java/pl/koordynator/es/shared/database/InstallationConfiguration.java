package pl.koordynator.es.shared.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.shared.PlatformSettings;

@Configuration(proxyBeanMethods = false)
class InstallationConfiguration {

    @Bean
    Installation installation(Environment environment, PlatformSettings settings) {
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean demo = settings.demo() == null ? embedded : settings.demo();
        return new Installation(embedded, demo);
    }
}
