package pl.koordynator.es.map.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import pl.koordynator.es.map.IndicatorLayer;
import pl.koordynator.es.map.UnitValue;
import pl.koordynator.es.territory.Territory;
import tools.jackson.databind.json.JsonMapper;

/**
 * An indicator layer as a GeoJSON FeatureCollection: one feature per unit of the region with
 * {@code teryt}, {@code name}, {@code value} and {@code rank}, its boundary as geometry (null
 * when none was imported), and the indicator described in a foreign member {@code indicator}.
 */
@Component
class LayerGeoJson {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Territory territory;
    private final JsonMapper json;

    LayerGeoJson(Territory territory, JsonMapper json) {
        this.territory = territory;
        this.json = json;
    }

    /** The document and its strong ETag (a digest of its bytes, so equal data gives equal tags). */
    record Document(byte[] body, String etag) {
    }

    Document write(IndicatorLayer layer, Locale locale) {
        Map<String, String> geometries = territory.boundaryGeometries(layer.level().territoryLevel());
        StringBuilder out = new StringBuilder(64 * 1024 + geometries.values().stream().mapToInt(String::length).sum());
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", layer.indicator().code());
        indicator.put("name", layer.indicator().name(locale));
        indicator.put("unit", layer.indicator().unit(locale));
        indicator.put("source", layer.indicator().source());
        indicator.put("category", layer.indicator().category());
        indicator.put("year", layer.year());
        indicator.put("live", layer.live());
        indicator.put("populationYear", layer.populationYear());
        out.append("{\"type\":\"FeatureCollection\",\"level\":\"").append(layer.level().path())
                .append("\",\"indicator\":").append(json.writeValueAsString(indicator)).append(",\"features\":[");
        boolean first = true;
        for (UnitValue unit : layer.units()) {
            // written by hand: "no data" must be an explicit null, which the API's mapper leaves out
            String properties = "{\"teryt\":" + json.writeValueAsString(unit.teryt()) + ",\"name\":"
                    + json.writeValueAsString(unit.name()) + ",\"value\":"
                    + (unit.value() == null ? "null" : unit.value().toPlainString()) + ",\"rank\":" + unit.rank() + "}";
            out.append(first ? "" : ",").append("{\"type\":\"Feature\",\"id\":\"").append(unit.teryt())
                    .append("\",\"properties\":").append(properties)
                    .append(",\"geometry\":").append(geometries.getOrDefault(unit.teryt(), "null")).append('}');
            first = false;
        }
        out.append("]}");
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        return new Document(body, "\"" + digest(body) + "\"");
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
