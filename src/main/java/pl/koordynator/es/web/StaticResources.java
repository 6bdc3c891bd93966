package pl.koordynator.es.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * Static files under their own paths only: {@code /css}, {@code /js}, {@code /vendor} and the WebJars.
 * Spring Boot's default handler for {@code /**} (switched off with {@code spring.web.resources.add-mappings=false})
 * made every link of every page ({@code /organisations}, {@code /events/12}) a classpath lookup when Thymeleaf
 * passed it through the resource chain, uncached because it found nothing: most of a page's rendering time.
 * <p>
 * Pages link each file by an address that changes with its content ({@code /css/app-<md5>.css}, the
 * WebJar's version in {@code /webjars/bootstrap/5.3.8/...}), rewritten by the ResourceUrlEncodingFilter
 * behind Thymeleaf's {@code @{}}, so a browser may keep such a file for a year without asking again. The
 * same file under its plain address (an old bookmark, the error page the container writes by hand) may
 * change under it, so it is only revalidated (Last-Modified).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    /** The content hash VersionResourceResolver puts before the extension (its ContentVersionStrategy: MD5). */
    private static final Pattern CONTENT_HASH = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    private final WebJarVersionLocator webJars = new WebJarVersionLocator();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true)
                .addResolver(contentHashed());
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true)
                .addResolver(contentHashed());
        // front-end code without a WebJar (the proof-of-work widget), committed with its licence
        registry.addResourceHandler("/vendor/**").addResourceLocations("classpath:/static/vendor/")
                .resourceChain(true).addResolver(contentHashed());
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver(webJars));
    }

    private static VersionResourceResolver contentHashed() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // the resource handler has one Cache-Control for all its files; which one applies depends on the address
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, versioned(request.getRequestURI()
                        .substring(request.getContextPath().length())) ? IMMUTABLE : REVALIDATE);
                return true;
            }
        }).addPathPatterns("/css/**", "/js/**", "/vendor/**", "/webjars/**");
    }

    /**
     * Whether the address names one content for ever. A wrong hash or version is not served at all
     * (VersionResourceResolver checks the hash, a WebJar's folder is its version), so the shape of a
     * served address is enough.
     */
    boolean versioned(String path) {
        if (path.startsWith("/webjars/")) {
            String[] parts = path.split("/", 5);
            if (parts.length < 5) {
                return false;
            }
            String version = webJars.version(parts[2]);
            return version != null && version.equals(parts[3]);
        }
        return CONTENT_HASH.matcher(path).find();
    }
}
