package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import pl.koordynator.es.catalogue.AreaScope;

/**
 * A PES's declared capacity. {@code categories}: codes of the catalogue's categories;
 * {@code cpvDivisions}: two digits each ({@code 55}); {@code areaTeryts}: gminas (7 digits) for
 * scope GMINAS, powiats (4 digits) for POWIATS, none otherwise; {@code maxValue} PLN net.
 */
public record CapacityInput(
        @Size(max = 50) List<String> categories,
        @Size(max = 50) List<String> cpvDivisions,
        AreaScope areaScope,
        @Size(max = 200) List<String> areaTeryts,
        @DecimalMin("0") BigDecimal maxValue,
        @Size(max = 1000) String note) {

    public CapacityInput {
        categories = categories == null ? List.of() : List.copyOf(categories);
        cpvDivisions = cpvDivisions == null ? List.of() : List.copyOf(cpvDivisions);
        areaTeryts = areaTeryts == null ? List.of() : List.copyOf(areaTeryts);
        areaScope = areaScope == null ? AreaScope.GMINAS : areaScope;
    }
}
