/**
 * The territory of the configured region: TERYT units (voivodeship, powiats, gminas) with their
 * boundaries, and the subregions ROPS divides it into, each served by an OWES. Loaded from the
 * region pack on first start, updated from official TERC and PRG files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory",
        allowedDependencies = {"shared", "audit", "security"})
package pl.koordynator.es.territory;
