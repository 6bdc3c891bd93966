package pl.koordynator.es.territory.domain;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The features and points (positions) of a GeoJSON file, counted token by token before the file
 * is read as a tree, so that a file over a limit is refused at the first feature or point too
 * many, without building what it holds in memory.
 */
final class BoundaryFileLimits {

    private BoundaryFileLimits() {
    }

    /** Refuses a file with more than {@code maxFeatures} features or {@code maxPositions} points. */
    static void check(byte[] file, JsonMapper json, int maxFeatures, long maxPositions) {
        long features = 0;
        long positions = 0;
        try (JsonParser parser = json.createParser(file)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT && isFeature(parser.streamReadContext())) {
                    if (++features > maxFeatures) {
                        throw new ImportRejectedException("territory.boundaries.tooManyFeatures", maxFeatures);
                    }
                } else if (token.isNumeric() && startsPosition(parser.streamReadContext())) {
                    if (++positions > maxPositions) {
                        throw new ImportRejectedException("territory.boundaries.tooManyVertices", maxPositions);
                    }
                }
            }
        } catch (JacksonException notJson) {
            throw new ImportRejectedException("territory.boundaries.notJson");
        }
    }

    /** An object right inside the array {@code features} of the top-level object. */
    private static boolean isFeature(TokenStreamContext object) {
        TokenStreamContext array = object.getParent();
        TokenStreamContext collection = array == null ? null : array.getParent();
        return array != null && array.inArray() && collection != null && collection.inObject()
                && "features".equals(collection.currentName()) && collection.getParent() != null
                && collection.getParent().inRoot();
    }

    /** The first number of an array anywhere inside a {@code coordinates} value: one point. */
    private static boolean startsPosition(TokenStreamContext array) {
        if (!array.inArray() || array.getCurrentIndex() != 0) {
            return false;
        }
        for (TokenStreamContext outer = array.getParent(); outer != null; outer = outer.getParent()) {
            if (outer.inObject()) {
                return "coordinates".equals(outer.currentName());
            }
        }
        return false;
    }
}
