package pl.koordynator.es.catalogue.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.catalogue.OfferArea;
import pl.koordynator.es.catalogue.OfferInput;
import pl.koordynator.es.catalogue.OfferKind;
import pl.koordynator.es.catalogue.OfferView;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * The offer form of a PES, its OWES or ROPS. The price is typed as Polish people write it
 * ("1 250,50"); the areas come from two multi-selects, gminas and powiats, of which the chosen
 * scope says which counts. The PES is picked by OWES and ROPS only: a PES writes for itself.
 */
public class OfferForm {

    private Long organisationId;
    private String organisationName;
    private String kind = OfferKind.SERVICE.name();
    private String name;
    private String categoryCode;
    private String cpvCode;
    private String description;
    private String priceAmount;
    private String priceUnit;
    private boolean priceOnRequest;
    private String minimumOrder;
    private String areaScope = AreaScope.REGION.name();
    private List<String> gminas = new ArrayList<>();
    private List<String> powiats = new ArrayList<>();
    private String leadTime;
    private String contactRoute;
    private String contactEmail;
    private String contactPhone;
    private String contactWebsite;
    private long version;

    static OfferForm of(OfferView offer) {
        OfferForm form = new OfferForm();
        form.organisationId = offer.organisationId();
        form.organisationName = offer.organisationName();
        form.kind = offer.kind().name();
        form.name = offer.name();
        form.categoryCode = offer.category().code();
        form.cpvCode = offer.cpvCode();
        form.description = offer.description();
        form.priceAmount = offer.priceAmount() == null ? null
                : offer.priceAmount().stripTrailingZeros().toPlainString().replace('.', ',');
        form.priceUnit = offer.priceUnit();
        form.priceOnRequest = offer.priceOnRequest();
        form.minimumOrder = offer.minimumOrder();
        form.areaScope = offer.areaScope().name();
        List<String> units = offer.areas().stream().map(OfferArea::teryt).toList();
        if (offer.areaScope() == AreaScope.POWIATS) {
            form.powiats = new ArrayList<>(units);
        } else if (offer.areaScope() == AreaScope.GMINAS) {
            form.gminas = new ArrayList<>(units);
        }
        form.leadTime = offer.leadTime();
        form.contactRoute = offer.contactRoute();
        form.contactEmail = offer.contactEmail();
        form.contactPhone = offer.contactPhone();
        form.contactWebsite = offer.contactWebsite();
        form.version = offer.version();
        return form;
    }

    /** The offer for the service; values the form cannot read are problems named by their field. */
    OfferInput toInput(Long organisation) {
        List<FieldProblem> problems = new ArrayList<>();
        OfferKind offerKind = choice(OfferKind.class, "kind", kind, problems);
        AreaScope scope = choice(AreaScope.class, "areaScope", areaScope, problems);
        BigDecimal price = null;
        if (!priceOnRequest && priceAmount != null && !priceAmount.isBlank()) {
            try {
                price = new BigDecimal(priceAmount.replaceAll("[\\s\\u00a0]", "").replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                problems.add(new FieldProblem("priceAmount", "catalogue.pages.error.price"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> areas = scope == AreaScope.GMINAS ? gminas : scope == AreaScope.POWIATS ? powiats : List.of();
        return new OfferInput(organisation, offerKind, strip(name), strip(categoryCode), strip(cpvCode),
                strip(description), price, priceOnRequest ? null : strip(priceUnit), priceOnRequest,
                strip(minimumOrder), scope, areas == null ? List.of() : areas.stream().filter(a -> !a.isBlank()).toList(),
                strip(leadTime), strip(contactRoute), strip(contactEmail), strip(contactPhone), strip(contactWebsite));
    }

    /**
     * The service's problems on the form's fields: the areas are the select of the chosen scope,
     * the organisation is the picker.
     */
    InvalidInputException onFields(InvalidInputException problems) {
        String areas = AreaScope.POWIATS.name().equals(areaScope) ? "powiats" : "gminas";
        Map<String, String> fields = Map.of("areaTeryts", areas);
        return new InvalidInputException(problems.problems().stream().map(p -> {
            String field = p.field() != null && p.field().startsWith("areaTeryts") ? areas
                    : fields.getOrDefault(p.field(), p.field());
            return new FieldProblem(field, p.messageKey(), p.arguments());
        }).toList());
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "catalogue.pages.error.choose"));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "catalogue.pages.error.choose"));
            return null;
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getCpvCode() {
        return cpvCode;
    }

    public void setCpvCode(String cpvCode) {
        this.cpvCode = cpvCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPriceAmount() {
        return priceAmount;
    }

    public void setPriceAmount(String priceAmount) {
        this.priceAmount = priceAmount;
    }

    public String getPriceUnit() {
        return priceUnit;
    }

    public void setPriceUnit(String priceUnit) {
        this.priceUnit = priceUnit;
    }

    public boolean isPriceOnRequest() {
        return priceOnRequest;
    }

    public void setPriceOnRequest(boolean priceOnRequest) {
        this.priceOnRequest = priceOnRequest;
    }

    public String getMinimumOrder() {
        return minimumOrder;
    }

    public void setMinimumOrder(String minimumOrder) {
        this.minimumOrder = minimumOrder;
    }

    public String getAreaScope() {
        return areaScope;
    }

    public void setAreaScope(String areaScope) {
        this.areaScope = areaScope;
    }

    public List<String> getGminas() {
        return gminas;
    }

    public void setGminas(List<String> gminas) {
        this.gminas = gminas;
    }

    public List<String> getPowiats() {
        return powiats;
    }

    public void setPowiats(List<String> powiats) {
        this.powiats = powiats;
    }

    public String getLeadTime() {
        return leadTime;
    }

    public void setLeadTime(String leadTime) {
        this.leadTime = leadTime;
    }

    public String getContactRoute() {
        return contactRoute;
    }

    public void setContactRoute(String contactRoute) {
        this.contactRoute = contactRoute;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactWebsite() {
        return contactWebsite;
    }

    public void setContactWebsite(String contactWebsite) {
        this.contactWebsite = contactWebsite;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
