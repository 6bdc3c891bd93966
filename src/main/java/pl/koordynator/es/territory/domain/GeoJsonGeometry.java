package pl.koordynator.es.territory.domain;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The rules a boundary's geometry must meet before it is stored: a GeoJSON Polygon or
 * MultiPolygon in WGS84 whose rings are closed and have at least four positions. Answers the
 * message key of the first rule broken.
 */
final class GeoJsonGeometry {

    private GeoJsonGeometry() {
    }

    static Optional<String> problem(JsonNode geometry) {
        if (geometry == null || !geometry.isObject()) {
            return Optional.of("territory.boundaries.geometry.missing");
        }
        JsonNode type = geometry.get("type");
        JsonNode coordinates = geometry.get("coordinates");
        String typeName = type != null && type.isString() ? type.stringValue() : "";
        if (!typeName.equals("Polygon") && !typeName.equals("MultiPolygon")) {
            return Optional.of("territory.boundaries.geometry.type");
        }
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            return Optional.of("territory.boundaries.geometry.coordinates");
        }
        if (typeName.equals("Polygon")) {
            return polygon(coordinates);
        }
        for (JsonNode polygon : coordinates.values()) {
            if (!polygon.isArray() || polygon.isEmpty()) {
                return Optional.of("territory.boundaries.geometry.coordinates");
            }
            Optional<String> problem = polygon(polygon);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> polygon(JsonNode rings) {
        for (JsonNode ring : rings.values()) {
            if (!ring.isArray()) {
                return Optional.of("territory.boundaries.geometry.coordinates");
            }
            if (ring.size() < 4) {
                return Optional.of("territory.boundaries.geometry.ringTooShort");
            }
            for (JsonNode position : ring.values()) {
                Optional<String> problem = position(position);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            JsonNode first = ring.get(0);
            JsonNode last = ring.get(ring.size() - 1);
            if (first.get(0).doubleValue() != last.get(0).doubleValue()
                    || first.get(1).doubleValue() != last.get(1).doubleValue()) {
                return Optional.of("territory.boundaries.geometry.ringNotClosed");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            return Optional.of("territory.boundaries.geometry.position");
        }
        double longitude = position.get(0).doubleValue();
        double latitude = position.get(1).doubleValue();
        if (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90) {
            return Optional.of("territory.boundaries.geometry.range");
        }
        return Optional.empty();
    }
}
