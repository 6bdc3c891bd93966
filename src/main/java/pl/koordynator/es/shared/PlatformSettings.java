package pl.koordynator.es.shared;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the whole installation ({@code koordynator.*}).
 *
 * @param dataDir where the embedded database keeps its files
 * @param demo    load the fictional demo data set on first start; when unset it is on with the
 *                embedded database and off with an external one
 * @param timeZone the region's time zone, in which pages show times
 * @param publicUrl where users reach the installation; links in e-mails start with it
 */
@ConfigurationProperties("koordynator")
public record PlatformSettings(@DefaultValue("./data") Path dataDir, Boolean demo,
        @DefaultValue("Europe/Warsaw") ZoneId timeZone,
        @DefaultValue("http://localhost:8080") String publicUrl) {

    /** The public address without a trailing slash, to which a path like {@code /events/1} is appended. */
    public String link(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }
}
