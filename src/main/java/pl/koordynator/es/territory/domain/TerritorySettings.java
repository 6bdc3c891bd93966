package pl.koordynator.es.territory.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the territory ({@code koordynator.region.*}).
 *
 * @param teryt 2-digit TERYT code of the voivodeship this installation serves; its region pack
 *              ({@code regions/<teryt>/}) is loaded on first start when one ships
 */
@ConfigurationProperties("koordynator.region")
public record TerritorySettings(@DefaultValue("22") String teryt) {

    public TerritorySettings {
        if (teryt == null || !teryt.strip().matches("\\d{2}")) {
            throw new IllegalArgumentException("koordynator.region.teryt must be a 2-digit voivodeship code, not "
                    + teryt);
        }
        teryt = teryt.strip();
    }
}
