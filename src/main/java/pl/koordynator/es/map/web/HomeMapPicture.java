package pl.koordynator.es.map.web;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import pl.koordynator.es.map.IndicatorLayer;
import pl.koordynator.es.map.UnitValue;
import pl.koordynator.es.shared.HomeSection;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region's gminas as a small SVG for the home page, shaded like the map's default layer.
 * Drawn on the server from the stored boundaries, so the home page loads no map script and no
 * tiles: the points are projected to a {@value #WIDTH}-unit wide view box, rounded to whole units
 * and thinned to those at least a unit apart, which keeps Pomorskie's 123 gminas at about 20 kB.
 */
@Component
class HomeMapPicture {

    static final int WIDTH = 400;
    /** Points closer than this (in view-box units) to the last one kept are left out. */
    private static final double MIN_STEP = 1.5;

    private final Territory territory;
    private final JsonMapper json;

    HomeMapPicture(Territory territory, JsonMapper json) {
        this.territory = territory;
        this.json = json;
    }

    /** The picture of a gmina layer (the map's default: active PES), or null when no gmina has a boundary. */
    HomeSection.Picture draw(IndicatorLayer layer) {
        Map<String, String> geometries = territory.boundaryGeometries(Level.GMINA);
        Map<String, List<List<double[]>>> rings = new HashMap<>();
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (UnitValue unit : layer.units()) {
            String geometry = geometries.get(unit.teryt());
            if (geometry == null) {
                continue;
            }
            List<List<double[]>> unitRings = rings(json.readTree(geometry));
            rings.put(unit.teryt(), unitRings);
            for (List<double[]> ring : unitRings) {
                for (double[] point : ring) {
                    minX = Math.min(minX, point[0]);
                    maxX = Math.max(maxX, point[0]);
                    minY = Math.min(minY, point[1]);
                    maxY = Math.max(maxY, point[1]);
                }
            }
        }
        if (rings.isEmpty()) {
            return null;
        }
        // an equirectangular projection true to scale at the region's middle latitude: at this size
        // nobody tells it from the map page's Web Mercator
        double squeeze = Math.cos(Math.toRadians((minY + maxY) / 2));
        double scale = (WIDTH - 2) / ((maxX - minX) * squeeze);
        int height = (int) Math.ceil((maxY - minY) * scale) + 2;
        ClassBreaks breaks = ClassBreaks.of(layer.units());
        List<HomeSection.Shape> shapes = new ArrayList<>();
        for (UnitValue unit : layer.units()) {
            List<List<double[]>> unitRings = rings.get(unit.teryt());
            if (unitRings == null) {
                continue;
            }
            StringBuilder path = new StringBuilder();
            for (List<double[]> ring : unitRings) {
                path(path, ring, minX, maxY, squeeze, scale);
            }
            int shade = unit.value() == null ? -1 : breaks.shade(breaks.classOf(unit.value()));
            shapes.add(new HomeSection.Shape(path.toString(), shade, unit.value() == null
                    ? literal(unit.name()) : message("home.map.shape", unit.name(), unit.value())));
        }
        List<HomeSection.Legend> legend = breaks.ranges().stream()
                .map(range -> new HomeSection.Legend(breaks.shade(range.index()),
                        range.lowest().compareTo(range.highest()) == 0 ? message("home.map.legendOne", range.lowest())
                                : message("home.map.legendRange", range.lowest(), range.highest())))
                .toList();
        return new HomeSection.Picture(WIDTH, height, shapes, message("home.map.description"), legend);
    }

    /** One ring as "M x y l dx dy … z", relative steps in whole units being the shortest text. */
    private static void path(StringBuilder path, List<double[]> ring, double minX, double maxY, double squeeze,
            double scale) {
        long lastX = 0, lastY = 0;
        double keptX = 0, keptY = 0;
        int points = 0;
        for (int i = 0; i < ring.size(); i++) {
            double x = 1 + (ring.get(i)[0] - minX) * squeeze * scale;
            double y = 1 + (maxY - ring.get(i)[1]) * scale;
            if (points > 0 && i < ring.size() - 1 && Math.hypot(x - keptX, y - keptY) < MIN_STEP) {
                continue;
            }
            long roundX = Math.round(x), roundY = Math.round(y);
            if (points == 0) {
                path.append('M').append(roundX).append(' ').append(roundY).append('l');
            } else if (roundX != lastX || roundY != lastY) {
                long dx = roundX - lastX, dy = roundY - lastY;
                if (path.charAt(path.length() - 1) != 'l' && dx >= 0) {
                    path.append(' ');
                }
                path.append(dx);
                if (dy >= 0) {
                    path.append(' ');
                }
                path.append(dy);
            }
            lastX = roundX;
            lastY = roundY;
            keptX = x;
            keptY = y;
            points++;
        }
        if (path.charAt(path.length() - 1) == 'l') {
            // a ring thinned to one point: a bare "l" would end the whole path's drawing
            path.setLength(path.length() - 1);
        }
        path.append('z');
    }

    /** The outer and inner rings of a GeoJSON Polygon or MultiPolygon, as [lon, lat] points. */
    private static List<List<double[]>> rings(JsonNode geometry) {
        List<List<double[]>> rings = new ArrayList<>();
        JsonNode coordinates = geometry.path("coordinates");
        switch (geometry.path("type").asString()) {
            case "Polygon" -> coordinates.forEach(ring -> rings.add(points(ring)));
            case "MultiPolygon" -> coordinates.forEach(polygon -> polygon.forEach(ring -> rings.add(points(ring))));
            default -> { }
        }
        return rings;
    }

    private static List<double[]> points(JsonNode ring) {
        List<double[]> points = new ArrayList<>(ring.size());
        ring.forEach(point -> points.add(new double[] {point.get(0).asDouble(), point.get(1).asDouble()}));
        return points;
    }
}
