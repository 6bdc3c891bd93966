package pl.koordynator.es.territory.domain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.TerritoryFiles;
import pl.koordynator.es.territory.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh install has loaded the Pomorskie pack: the units of GUS's list and every boundary. */
class RegionPackTest extends IntegrationTest {

    @Autowired
    Territory territory;

    @Autowired
    TerritoryService service;

    @Test
    void loadedUnitsAreThoseOfTheOfficialList() {
        List<String> rows = TerritoryFiles.text("pomorskie-teryt.csv").lines().skip(1).toList();
        assertThat(rows).hasSize(143);
        for (String row : rows) {
            String[] cells = row.split(",", -1);
            Unit unit = territory.find(cells[1]).orElseThrow(() -> new AssertionError("missing " + row));
            assertThat(unit.level().code()).as(row).isEqualTo(cells[0]);
            assertThat(unit.name()).as(row).isEqualTo(cells[2]);
            assertThat(unit.type() == null ? "" : unit.type().code()).as(row).isEqualTo(cells[3]);
            assertThat(unit.parentTeryt()).as(row).isEqualTo(cells[0].equals("powiat") ? "22" : cells[4]);
            assertThat(unit.historical()).as(row).isFalse();
        }
        assertThat(territory.units(Level.VOIVODESHIP, null)).extracting(Unit::teryt, Unit::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("22", "pomorskie"));
        assertThat(territory.units(Level.POWIAT, null)).hasSize(20);
        assertThat(territory.units(Level.GMINA, null)).hasSize(123);
        assertThat(territory.units(Level.GMINA, "2261")).extracting(Unit::teryt).containsExactly("2261011");
    }

    @Test
    void everyUnitHasItsBoundary() {
        TerritoryCounts counts = service.counts();
        assertThat(counts.voivodeships()).isEqualTo(1);
        assertThat(counts.powiats()).isEqualTo(20);
        assertThat(counts.gminas()).isEqualTo(123);
        assertThat(counts.withBoundary()).isEqualTo(144);
    }

    @Test
    void unitsOfAPowiatComeInPolishAlphabeticalOrder() {
        assertThat(territory.units(Level.GMINA, "2201")).extracting(Unit::name)
                .startsWith("Borzytuchom", "Bytów", "Czarna Dąbrówka");
        assertThat(territory.regionTeryt()).isEqualTo("22");
        assertThat(territory.gmina("2201023")).map(Unit::name).contains("Bytów");
        assertThat(territory.gmina("2201")).isEmpty();
    }
}
