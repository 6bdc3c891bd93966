package pl.koordynator.es.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own paths only: {@code /css}, {@code /js}, {@code /vendor} and the WebJars,
 * whose version-free links resolve to the jar's version. Spring Boot's default handler for {@code /**}
 * (switched off with {@code spring.web.resources.add-mappings=false}) made every link of every
 * page ({@code /organisations}, {@code /events/12}) a classpath lookup when Thymeleaf passed it
 * through the resource chain, uncached because it found nothing: most of a page's rendering time.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        // front-end code without a WebJar (the proof-of-work widget), committed with its licence
        registry.addResourceHandler("/vendor/**").addResourceLocations("classpath:/static/vendor/")
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
