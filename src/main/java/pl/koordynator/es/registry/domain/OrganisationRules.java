package pl.koordynator.es.registry.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.territory.Territory;

/**
 * The one place where the register's rules for an organisation live; the form, the API and the
 * import all pass through it, so they cannot disagree.
 */
@Component
public class OrganisationRules {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{6,40}$");

    /** Checked values, or the problems that stop them being stored. */
    public record Outcome(CheckedOrganisation organisation, List<FieldProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final Territory territory;
    private final FieldsOfActivity fields;
    private final OrganisationRepository organisations;

    OrganisationRules(Territory territory, FieldsOfActivity fields, OrganisationRepository organisations) {
        this.territory = territory;
        this.fields = fields;
        this.organisations = organisations;
    }

    /**
     * Checks an input. {@code previousGmina} is the stored gmina of an edited organisation: it
     * stays acceptable even if the official register has since marked it historical.
     */
    public Outcome check(OrganisationInput input, String previousGmina) {
        return check(input, previousGmina, this::owesExists);
    }

    Outcome check(OrganisationInput input, String previousGmina, Function<Long, Boolean> owesExists) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(input.name(), "name", 300, problems);
        if (name == null) {
            problems.add(new FieldProblem("name", "registry.name.required"));
        }
        String shortName = text(input.shortName(), "shortName", 100, problems);
        Kind kind = input.kind();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "registry.kind.required"));
        }
        String nip = parse(input.nip(), "nip", raw -> Nip.parse(raw).value(), problems);
        String regon = parse(input.regon(), "regon", raw -> Regon.parse(raw).value(), problems);
        String krs = parse(input.krs(), "krs", raw -> Krs.parse(raw).value(), problems);
        String gmina = blankToNull(input.gminaTeryt());
        if (gmina == null && kind != null && kind.isPes()) {
            problems.add(new FieldProblem("gminaTeryt", "registry.gmina.requiredForPes"));
        } else if (gmina != null && !gmina.equals(previousGmina) && territory.gmina(gmina).isEmpty()) {
            problems.add(new FieldProblem("gminaTeryt", "registry.gmina.unknown"));
        }
        String street = text(input.street(), "street", 200, problems);
        String postalCode = parse(input.postalCode(), "postalCode", raw -> PostalCode.parse(raw).value(), problems);
        String town = text(input.town(), "town", 100, problems);
        String email = text(input.email(), "email", 254, problems);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "registry.email.format"));
        }
        String phone = text(input.phone(), "phone", 40, problems);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "registry.phone.format"));
        }
        String website = website(text(input.website(), "website", 300, problems), problems);
        String description = text(input.description(), "description", 5000, problems);
        List<String> fieldCodes = fieldsOfActivity(input.fieldsOfActivity(), problems);
        Integer employees = nonNegative(input.employees(), "employees", problems);
        Integer atRisk = nonNegative(input.employeesAtRisk(), "employeesAtRisk", problems);
        if (employees != null && atRisk != null && atRisk > employees) {
            problems.add(new FieldProblem("employeesAtRisk", "registry.employeesAtRisk.moreThanEmployees"));
        }
        Integer places = nonNegative(input.reintegrationPlaces(), "reintegrationPlaces", problems);
        if (places != null && kind != null && !kind.isReintegrationUnit()) {
            problems.add(new FieldProblem("reintegrationPlaces", "registry.reintegrationPlaces.onlyUnits"));
        }
        String decision = text(input.socialEnterpriseDecision(), "socialEnterpriseDecision", 100, problems);
        checkSocialEnterprise(input, kind, decision, problems);
        Long owesId = input.owesId();
        if (owesId != null && !owesExists.apply(owesId)) {
            problems.add(new FieldProblem("owesId", "registry.owes.unknown"));
        }
        OrganisationStatus status = input.status() == null ? OrganisationStatus.ACTIVE : input.status();
        return new Outcome(new CheckedOrganisation(name, shortName, kind, nip, regon, krs, gmina, street, postalCode,
                town, email, phone, website, description, fieldCodes, employees, atRisk, places, decision,
                input.socialEnterpriseSince(), input.socialEnterpriseUntil(), owesId, status), List.copyOf(problems));
    }

    private void checkSocialEnterprise(OrganisationInput input, Kind kind, String decision,
            List<FieldProblem> problems) {
        boolean any = decision != null || input.socialEnterpriseSince() != null || input.socialEnterpriseUntil() != null;
        if (!any) {
            return;
        }
        if (kind != null && !kind.isPes()) {
            problems.add(new FieldProblem("socialEnterpriseDecision", "registry.socialEnterprise.onlyPes"));
            return;
        }
        if (decision == null) {
            problems.add(new FieldProblem("socialEnterpriseDecision", "registry.socialEnterprise.decisionRequired"));
        }
        if (input.socialEnterpriseSince() == null) {
            problems.add(new FieldProblem("socialEnterpriseSince", "registry.socialEnterprise.sinceRequired"));
        } else if (input.socialEnterpriseUntil() != null
                && input.socialEnterpriseUntil().isBefore(input.socialEnterpriseSince())) {
            problems.add(new FieldProblem("socialEnterpriseUntil", "registry.socialEnterprise.untilBeforeSince"));
        }
    }

    private List<String> fieldsOfActivity(List<String> given, List<FieldProblem> problems) {
        Map<String, String> known = fields.codesByAnyName();
        Set<String> codes = new LinkedHashSet<>();
        for (String value : given) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String code = known.get(value.strip().toLowerCase(Locale.ROOT));
            if (code == null) {
                problems.add(new FieldProblem("fieldsOfActivity", "registry.fieldsOfActivity.unknown"));
                return List.of();
            }
            codes.add(code);
        }
        return List.copyOf(codes);
    }

    private boolean owesExists(long id) {
        return organisations.isActiveOwes(id);
    }

    private static String website(String value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        String url = value.matches("(?i)^https?://.*") ? value : "https://" + value;
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !uri.getHost().contains(".") || value.contains(" ")) {
                throw new URISyntaxException(value, "no host");
            }
            return url;
        } catch (URISyntaxException e) {
            problems.add(new FieldProblem("website", "registry.website.format"));
            return null;
        }
    }

    private static Integer nonNegative(Integer value, String field, List<FieldProblem> problems) {
        if (value != null && value < 0) {
            problems.add(new FieldProblem(field, "registry.number.negative"));
            return null;
        }
        return value;
    }

    private static String parse(String raw, String field, Function<String, String> parser,
            List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (InvalidValueException invalid) {
            problems.add(new FieldProblem(field, invalid.messageKey()));
            return null;
        }
    }

    private static String text(String raw, String field, int max, List<FieldProblem> problems) {
        String value = blankToNull(raw);
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "registry.text.tooLong." + max));
            return null;
        }
        return value;
    }

    static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
