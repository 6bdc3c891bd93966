package pl.koordynator.es.catalogue;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An offer as its PES (or the serving OWES, or ROPS) writes it. {@code categoryCode} is a
 * subcategory or a top category; {@code cpvCode} like {@code 55520000-1}; a price
 * ({@code priceAmount} per {@code priceUnit}, e.g. "za osobę") or {@code priceOnRequest};
 * {@code areaTeryts}: 7-digit gminas for {@link AreaScope#GMINAS}, 4-digit powiats for
 * {@link AreaScope#POWIATS}, none otherwise. {@code contactEmail} left out: inquiries go to the
 * organisation's e-mail in the register.
 */
public record OfferInput(
        @NotNull Long organisationId,
        @NotNull OfferKind kind,
        @NotBlank @Size(min = 3, max = 200) String name,
        @NotBlank @Size(max = 40) String categoryCode,
        @Size(max = 10) String cpvCode,
        @Size(max = 5000) String description,
        @DecimalMin("0") BigDecimal priceAmount,
        @Size(max = 100) String priceUnit,
        Boolean priceOnRequest,
        @Size(max = 200) String minimumOrder,
        @NotNull AreaScope areaScope,
        List<@NotBlank @Size(max = 7) String> areaTeryts,
        @Size(max = 200) String leadTime,
        @Size(max = 500) String contactRoute,
        @Email @Size(max = 254) String contactEmail,
        @Size(max = 40) String contactPhone,
        @Size(max = 500) String contactWebsite) {

    public OfferInput {
        // left out of a JSON body, it means a price is given
        priceOnRequest = Boolean.TRUE.equals(priceOnRequest);
        areaTeryts = areaTeryts == null ? List.of() : List.copyOf(areaTeryts);
    }
}
