package pl.koordynator.es.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" and "this year" are dates in the region's time zone, whatever zone the server runs in. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(PlatformSettings settings) {
        return Clock.system(settings.timeZone());
    }
}
