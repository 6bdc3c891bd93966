package pl.koordynator.es.shared.database;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every pool of the application, embedded database or external, is wrapped in {@link FailFastDataSource}. */
@Configuration(proxyBeanMethods = false)
class FailFastDataSources {

    @Bean
    static BeanPostProcessor failFastDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                // after initialisation: the pool's spring.datasource.hikari.* settings are bound by then
                return bean instanceof DataSource pool && !(bean instanceof FailFastDataSource)
                        ? new FailFastDataSource(pool, Clock.systemUTC()) : bean;
            }
        };
    }
}
