package pl.koordynator.es.catalogue.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.catalogue.Category;
import pl.koordynator.es.catalogue.OfferArea;
import pl.koordynator.es.catalogue.OfferInput;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The rules of an offer's fields, for the pages and the API alike: every problem at once, each
 * naming its field.
 */
@Component
public class OfferRules {

    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int COMMENT_MAX = 2000;

    /**
     * A CPV code of the Common Procurement Vocabulary (Regulation 213/2008): eight digits, a dash and
     * a check digit. The check digit's algorithm is not published with the vocabulary, so only the
     * form is checked; a code that does not exist is for the buyer to notice.
     */
    static final Pattern CPV = Pattern.compile("\\d{8}-\\d");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]+\\.[^\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{6,40}");
    private static final BigDecimal PRICE_MAX = new BigDecimal("9999999999.99");

    /** An offer's fields as stored: trimmed, blanks as null, areas with their names, the category's top. */
    record Checked(OfferInput input, String name, String description, Category category, String topCategoryCode,
            String cpvCode, BigDecimal priceAmount, String priceUnit, String minimumOrder, List<OfferArea> areas,
            String leadTime, String contactRoute, String contactEmail, String contactPhone, String contactWebsite) {
    }

    private final Territory territory;

    OfferRules(Territory territory) {
        this.territory = territory;
    }

    Checked check(OfferInput input, Map<String, Category> categories) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.organisationId() == null) {
            problems.add(new FieldProblem("organisationId", "catalogue.offer.organisation.required"));
        }
        if (input.kind() == null) {
            problems.add(new FieldProblem("kind", "catalogue.offer.kind.required"));
        }
        String name = line(input.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "catalogue.offer.name.required"));
        } else if (name.length() < NAME_MIN || name.length() > NAME_MAX) {
            problems.add(new FieldProblem("name", "catalogue.offer.name.length", new Object[] {NAME_MIN, NAME_MAX}));
        }
        String description = text(input.description());
        if (description != null && description.length() > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "catalogue.offer.description.tooLong",
                    new Object[] {DESCRIPTION_MAX}));
        }
        Category category = null;
        String categoryCode = line(input.categoryCode());
        if (categoryCode == null) {
            problems.add(new FieldProblem("categoryCode", "catalogue.offer.category.required"));
        } else {
            category = categories.get(categoryCode);
            if (category == null) {
                problems.add(new FieldProblem("categoryCode", "catalogue.offer.category.unknown"));
            }
        }
        String cpv = line(input.cpvCode());
        if (cpv != null && !CPV.matcher(cpv).matches()) {
            problems.add(new FieldProblem("cpvCode", "catalogue.offer.cpv.invalid"));
        }
        BigDecimal price = input.priceAmount();
        if (price != null && (price.signum() < 0 || price.compareTo(PRICE_MAX) > 0 || price.scale() > 2)) {
            problems.add(new FieldProblem("priceAmount", "catalogue.offer.price.invalid"));
        } else if (price == null && !input.priceOnRequest()) {
            problems.add(new FieldProblem("priceAmount", "catalogue.offer.price.required"));
        }
        String priceUnit = limited(input.priceUnit(), 100, "priceUnit", problems);
        String minimumOrder = limited(input.minimumOrder(), 200, "minimumOrder", problems);
        String leadTime = limited(input.leadTime(), 200, "leadTime", problems);
        String contactRoute = limited(input.contactRoute(), 500, "contactRoute", problems);
        List<OfferArea> areas = areas(input, problems);
        String email = line(input.contactEmail());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem("contactEmail", "catalogue.offer.contactEmail.invalid"));
        }
        String phone = line(input.contactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("contactPhone", "catalogue.offer.contactPhone.invalid"));
        }
        String website = line(input.contactWebsite());
        if (website != null && (website.length() > 500 || !WEBSITE.matcher(website).matches())) {
            problems.add(new FieldProblem("contactWebsite", "catalogue.offer.contactWebsite.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(input, name, description == null ? "" : description, category,
                category.isTop() ? category.code() : category.parentCode(), cpv,
                input.priceOnRequest() && price == null ? null : price, priceUnit, minimumOrder, areas, leadTime,
                contactRoute, email, phone, website);
    }

    /** Gminas for GMINAS, powiats for POWIATS, each a current unit of the region; nothing for the others. */
    private List<OfferArea> areas(OfferInput input, List<FieldProblem> problems) {
        if (input.areaScope() == null) {
            problems.add(new FieldProblem("areaScope", "catalogue.offer.areaScope.required"));
            return List.of();
        }
        Set<String> teryts = new LinkedHashSet<>();
        input.areaTeryts().stream().map(OfferRules::line).filter(t -> t != null).forEach(teryts::add);
        if (input.areaScope() == AreaScope.REGION || input.areaScope() == AreaScope.COUNTRY) {
            if (!teryts.isEmpty()) {
                problems.add(new FieldProblem("areaTeryts", "catalogue.offer.areas.notForScope"));
            }
            return List.of();
        }
        if (teryts.isEmpty()) {
            problems.add(new FieldProblem("areaTeryts", "catalogue.offer.areas.required"));
            return List.of();
        }
        boolean gminas = input.areaScope() == AreaScope.GMINAS;
        List<OfferArea> areas = new ArrayList<>();
        for (String teryt : teryts) {
            Optional<Unit> unit = teryt.matches(gminas ? "\\d{7}" : "\\d{4}") ? territory.find(teryt)
                    .filter(u -> !u.historical() && u.level() == (gminas ? Level.GMINA : Level.POWIAT)
                            && u.teryt().startsWith(territory.regionTeryt()))
                    : Optional.empty();
            if (unit.isEmpty()) {
                problems.add(new FieldProblem("areaTeryts", gminas ? "catalogue.offer.areas.unknownGmina"
                        : "catalogue.offer.areas.unknownPowiat", new Object[] {teryt}));
            } else {
                areas.add(new OfferArea(teryt, unit.get().name()));
            }
        }
        return areas;
    }

    /** The comment of a return: required, at most {@link #COMMENT_MAX} characters. */
    static String comment(String typed) {
        String comment = text(typed);
        if (comment == null) {
            throw InvalidInputException.of("comment", "catalogue.offer.comment.required");
        }
        if (comment.length() > COMMENT_MAX) {
            throw InvalidInputException.of("comment", "catalogue.offer.comment.tooLong", COMMENT_MAX);
        }
        return comment;
    }

    private static String limited(String typed, int max, String field, List<FieldProblem> problems) {
        String value = line(typed);
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "catalogue.offer.field.tooLong", new Object[] {max}));
        }
        return value;
    }

    static String line(String typed) {
        if (typed == null) {
            return null;
        }
        String value = typed.strip().replaceAll("\\s+", " ");
        return value.isEmpty() ? null : value;
    }

    static String text(String typed) {
        if (typed == null) {
            return null;
        }
        String value = typed.strip().replace("\r\n", "\n");
        return value.isEmpty() ? null : value;
    }
}
