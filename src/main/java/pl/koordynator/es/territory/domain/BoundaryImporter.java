package pl.koordynator.es.territory.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Unit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces unit boundaries from a GeoJSON FeatureCollection (PRG exports name the code
 * {@code JPT_KOD_JE}, simplified sets {@code teryt}). Every feature is checked before anything
 * is written, so a broken file changes nothing. Units are never created here.
 */
@Service
public class BoundaryImporter {

    static final String ENTITY = "TerritoryBoundaries";

    private final UnitRepository units;
    private final TerritorySettings settings;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final UploadSettings uploads;

    BoundaryImporter(UnitRepository units, TerritorySettings settings, AuditTrail audit, JsonMapper json,
            UploadSettings uploads) {
        this.units = units;
        this.settings = settings;
        this.audit = audit;
        this.json = json;
        this.uploads = uploads;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public BoundaryImportResult importFile(byte[] file) {
        Uploads.require(file, uploads.boundaries());
        return importBoundaries(file);
    }

    /** For the region pack at first start, before anyone can sign in. */
    @Transactional
    public BoundaryImportResult importAtStartup(byte[] file) {
        return importBoundaries(file);
    }

    private BoundaryImportResult importBoundaries(byte[] file) {
        Map<String, String> geometries = read(file);
        Map<String, Unit> region = units.allOfRegion(settings.teryt());
        List<String> matched = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<Level> levels = EnumSet.noneOf(Level.class);
        geometries.forEach((code, geometry) -> {
            Unit unit = region.get(code);
            if (unit == null) {
                unknown.add(code);
            } else {
                units.setBoundary(code, geometry);
                matched.add(code);
                levels.add(unit.level());
            }
        });
        List<String> missing = region.values().stream()
                .filter(unit -> !unit.historical() && levels.contains(unit.level()) && !geometries.containsKey(unit.teryt()))
                .map(Unit::teryt).toList();
        BoundaryImportResult result = BoundaryImportResult.of(matched.stream().sorted().toList(),
                unknown.stream().sorted().toList(), missing);
        if (!matched.isEmpty()) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("levels", String.join(", ", levels.stream().map(Level::code).toList()));
            state.put("matched", result.matched());
            state.put("unknown", String.join(", ", result.unknownCodes()));
            state.put("missing", String.join(", ", result.missingCodes()));
            state.put("units", String.join(", ", result.matchedCodes()));
            audit.created(ENTITY, String.join(",", levels.stream().map(Level::code).toList()), state);
        }
        return result;
    }

    /** Each feature's code and geometry (as stored JSON), all checked; the first broken one rejects the file. */
    private Map<String, String> read(byte[] file) {
        BoundaryFileLimits.check(file, json, uploads.boundaryFeatures(), uploads.boundaryVertices());
        JsonNode root;
        try {
            root = json.readTree(file);
        } catch (JacksonException notJson) {
            throw new ImportRejectedException("territory.boundaries.notJson");
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))
                || root.get("features") == null || !root.get("features").isArray()) {
            throw new ImportRejectedException("territory.boundaries.notFeatureCollection");
        }
        Map<String, String> geometries = new LinkedHashMap<>();
        JsonNode features = root.get("features");
        for (int index = 0; index < features.size(); index++) {
            JsonNode feature = features.get(index);
            if (!feature.isObject() || !"Feature".equals(text(feature.get("type")))) {
                throw new ImportRejectedException("territory.boundaries.notFeature", index);
            }
            String code = code(feature.get("properties"));
            if (code == null) {
                throw new ImportRejectedException("territory.boundaries.noCode", index);
            }
            JsonNode geometry = feature.get("geometry");
            Optional<String> problem = GeoJsonGeometry.problem(geometry);
            if (problem.isPresent()) {
                throw new ImportRejectedException(problem.get(), index, code);
            }
            geometries.put(code, json.writeValueAsString(geometry));
        }
        return geometries;
    }

    private static String code(JsonNode properties) {
        if (properties == null || !properties.isObject()) {
            return null;
        }
        for (String name : List.of("teryt", "JPT_KOD_JE")) {
            JsonNode value = properties.get(name);
            if (value != null && (value.isString() || value.isNumber()) && !value.asString().isBlank()) {
                return value.asString().strip();
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}
