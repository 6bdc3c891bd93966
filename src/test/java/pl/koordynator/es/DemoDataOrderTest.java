package pl.koordynator.es;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.runtime.ApplicationModulesRuntime;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up loaders carry no numbered order: Spring Modulith runs the application's
 * {@link ApplicationModuleInitializer}s in the order of the module dependency graph. Each one
 * reads what others loaded before it; this test sorts the application's own initializers the way
 * Spring Modulith does and fails when a loader would run before one whose data it needs (a
 * dependency removed, a loader moved, or a loader wrapped in a proxy whose class Spring Modulith
 * cannot place in a module), which on a first start would leave part of the demo empty.
 */
class DemoDataOrderTest extends IntegrationTest {

    private static final String BASE = "pl.koordynator.es.";

    /** Each loader and the loaders of other modules whose rows it reads. */
    private static final Map<String, List<String>> READS = Map.ofEntries(
            Map.entry("registry.domain.RegistryDemoData", List.of("territory.domain.RegionPackLoader",
                    "territory.domain.DemoSubregions", "security.domain.DemoUsers")),
            Map.entry("statistics.domain.StatisticsDemoData", List.of("territory.domain.RegionPackLoader")),
            Map.entry("needs.domain.NeedsDemoData", List.of("territory.domain.DemoSubregions",
                    "registry.domain.RegistryDemoData")),
            Map.entry("map.domain.ResourceRecount", List.of("registry.domain.RegistryDemoData",
                    "statistics.domain.StatisticsDemoData", "needs.domain.NeedsDemoData")),
            Map.entry("reporting.domain.ReportingDemoData", List.of("registry.domain.RegistryDemoData")),
            Map.entry("events.domain.EventsDemoData", List.of("registry.domain.RegistryDemoData",
                    "territory.domain.RegionPackLoader")),
            Map.entry("support.domain.SupportDemoData", List.of("registry.domain.RegistryDemoData")),
            Map.entry("programme.domain.ProgrammeSeed", List.of("registry.domain.RegistryDemoData")),
            Map.entry("committee.domain.CommitteeDemoData", List.of("registry.domain.RegistryDemoData",
                    "security.domain.DemoUsers")),
            Map.entry("catalogue.domain.CatalogueNewsDemoData", List.of("events.domain.EventsDemoData")),
            Map.entry("catalogue.domain.CatalogueDemoData", List.of("registry.domain.RegistryDemoData")),
            Map.entry("publicservices.domain.PublicServicesDemoData", List.of("registry.domain.RegistryDemoData",
                    "catalogue.domain.CatalogueDemoData")),
            Map.entry("publicservices.domain.MatchingDemoData", List.of("security.domain.DemoUsers",
                    "registry.domain.RegistryDemoData", "catalogue.domain.CatalogueDemoData")),
            Map.entry("localplans.domain.LocalPlansDemoData", List.of("security.domain.DemoUsers",
                    "territory.domain.DemoSubregions", "registry.domain.RegistryDemoData",
                    "programme.domain.ProgrammeSeed")),
            Map.entry("reintegration.domain.ReintegrationDemoData", List.of("security.domain.DemoUsers",
                    "registry.domain.RegistryDemoData")));

    @Autowired
    List<ApplicationModuleInitializer> initializers;

    @Autowired
    ApplicationModulesRuntime runtime;

    @Test
    void everyLoaderRunsAfterTheLoadersWhoseDataItReads() {
        ApplicationModules modules = runtime.get();
        for (ApplicationModuleInitializer initializer : initializers) {
            assertThat(modules.getModuleByType(initializer.getClass().getName()))
                    .as("%s is a class of a module, not a proxy (a @Transactional method makes one)",
                            initializer.getClass().getName())
                    .isPresent();
        }
        List<ApplicationModuleInitializer> sorted = new ArrayList<>(initializers);
        sorted.sort(modules.getComparator());

        List<String> order = sorted.stream().map(initializer -> initializer.getClass().getName())
                .map(name -> name.startsWith(BASE) ? name.substring(BASE.length()) : name).toList();
        assertThat(order).containsAll(READS.keySet());
        READS.forEach((loader, earlier) -> earlier.forEach(before ->
                assertThat(order.indexOf(before)).as("%s runs before %s in %s", before, loader, order)
                        .isGreaterThanOrEqualTo(0).isLessThan(order.indexOf(loader))));
    }
}
