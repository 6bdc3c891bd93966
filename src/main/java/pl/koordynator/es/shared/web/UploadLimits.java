package pl.koordynator.es.shared.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import pl.koordynator.es.shared.UploadSettings;

/**
 * The server's own upload limit: the largest of the uploads' limits ({@link UploadSettings}), so
 * Tomcat stops reading anything bigger, whatever the endpoint; each module refuses a file over
 * its own, smaller limit with a message beside the field.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    /** Room for the other fields of an upload form and the multipart headers. */
    static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

    /** Replaces Boot's own, which would take {@code spring.servlet.multipart.max-*-size} instead. */
    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, UploadSettings uploads) {
        long largest = uploads.largest().toBytes();
        return new MultipartConfigElement(multipart.getLocation() == null ? "" : multipart.getLocation(), largest,
                largest + FORM_FIELDS.toBytes(),
                multipart.getFileSizeThreshold() == null ? 0 : (int) multipart.getFileSizeThreshold().toBytes());
    }

    /** Before Spring Security, whose CSRF check is the first to read a page's form. */
    @Bean
    FilterRegistrationBean<UploadTooLargePage> uploadTooLargePage(UploadSettings uploads) {
        FilterRegistrationBean<UploadTooLargePage> registration = new FilterRegistrationBean<>(
                new UploadTooLargePage(uploads));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
