package pl.koordynator.es.catalogue.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code koordynator.catalogue.*}.
 *
 * @param inquiryRetention how long the buyer's name, address, organisation and message of an
 *                         inquiry are kept (the inquiry stays, counted, without them)
 */
@ConfigurationProperties("koordynator.catalogue")
public record CatalogueSettings(@DefaultValue("730d") Duration inquiryRetention) {
}
