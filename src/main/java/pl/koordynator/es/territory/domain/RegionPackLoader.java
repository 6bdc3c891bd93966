package pl.koordynator.es.territory.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a start with an empty territory, loads the configured region's pack
 * ({@code regions/<teryt>/TERC*.csv} and {@code *.geojson}) through the same importers the
 * admin uses, in one transaction, so that a fresh install has its units and boundaries.
 */
@Component
class RegionPackLoader implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(RegionPackLoader.class);

    private final UnitRepository units;
    private final TercImporter terc;
    private final BoundaryImporter boundaries;
    private final TerritorySettings settings;
    private final TransactionTemplate transaction;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    RegionPackLoader(UnitRepository units, TercImporter terc, BoundaryImporter boundaries, TerritorySettings settings,
            TransactionTemplate transaction) {
        this.units = units;
        this.terc = terc;
        this.boundaries = boundaries;
        this.settings = settings;
        this.transaction = transaction;
    }

    @Override
    public void initialize() {
        if (units.countAll() > 0) {
            return;
        }
        String pack = "classpath*:regions/" + settings.teryt() + "/";
        Resource[] tercFiles = resources(pack + "TERC*.csv");
        if (tercFiles.length == 0) {
            log.warn("""

                    ==================================================================
                     No region pack ships for TERYT {}: the territory is empty.
                     Sign in as administrator and import the official TERC file and
                     the boundaries (GeoJSON) on the page /admin/territory.
                    ==================================================================""", settings.teryt());
            return;
        }
        Resource[] boundaryFiles = resources(pack + "*.geojson");
        Arrays.sort(boundaryFiles, Comparator.comparing(Resource::getFilename));
        transaction.executeWithoutResult(status -> {
            TercImportResult units = terc.importAtStartup(read(tercFiles[0]));
            int withBoundary = 0;
            for (Resource file : boundaryFiles) {
                withBoundary += boundaries.importAtStartup(read(file)).matched();
            }
            log.info("Region pack {} loaded: {} units, {} boundaries", settings.teryt(), units.added(), withBoundary);
        });
    }

    private Resource[] resources(String pattern) {
        try {
            return resources.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
