package pl.koordynator.es;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesKeepToTheirDeclaredDependencies() {
        ApplicationModules.of(KoordynatorApplication.class).verify();
    }
}
