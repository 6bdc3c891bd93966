package pl.koordynator.es.catalogue.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.catalogue.MarkApplicationInput;
import pl.koordynator.es.catalogue.MarkRecommendationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * The checks of an application's criteria as typed: the organisation's age from the register or
 * declared, the own revenue share, the two recommendations and the length of every text. Each
 * check adds its problems to the list, so that one answer names every field to correct.
 */
final class MarkCriteria {

    /** Where the register's knowledge of an organisation's age came from. */
    static final String SOCIAL_ENTERPRISE_STATUS = "SOCIAL_ENTERPRISE_STATUS";
    static final String REGISTER_ENTRY = "REGISTER_ENTRY";
    static final String DECLARED = "DECLARED";

    static final int LONG_TEXT = 5000;

    record Activity(LocalDate since, String basis, String evidence) {
    }

    private MarkCriteria() {
    }

    /**
     * The register keeps no founding date. It knows two dates by which the organisation certainly
     * existed: the voivode's social enterprise status (a PS must have been active before it) and
     * the day the organisation entered the register; the earlier is the best it can say. When that
     * is 6 months ago or more the register decides; otherwise it cannot tell (the register may be
     * younger than the organisation) and the applicant declares the date with evidence.
     */
    static Activity activity(OrganisationView organisation, MarkApplicationInput input, LocalDate today, ZoneId zone,
            List<FieldProblem> problems) {
        LocalDate entered = organisation.createdAt() == null ? null
                : organisation.createdAt().atZoneSameInstant(zone).toLocalDate();
        LocalDate status = organisation.socialEnterpriseSince();
        if (status != null && MarkRules.activityMet(status, today)
                && (entered == null || !status.isAfter(entered))) {
            return new Activity(status, SOCIAL_ENTERPRISE_STATUS, null);
        }
        if (entered != null && MarkRules.activityMet(entered, today)) {
            return new Activity(entered, REGISTER_ENTRY, null);
        }
        if (status != null && MarkRules.activityMet(status, today)) {
            return new Activity(status, SOCIAL_ENTERPRISE_STATUS, null);
        }
        String evidence = text(input.activityEvidence(), "activityEvidence", LONG_TEXT, true, problems);
        if (input.activitySince() == null) {
            problems.add(new FieldProblem("activitySince", "catalogue.mark.activity.required"));
        } else if (input.activitySince().isAfter(today)) {
            problems.add(new FieldProblem("activitySince", "catalogue.mark.activity.future"));
        } else if (!MarkRules.activityMet(input.activitySince(), today)) {
            problems.add(new FieldProblem("activitySince", "catalogue.mark.activity.tooShort",
                    new Object[] {MarkRules.ACTIVITY_MONTHS}));
        }
        return new Activity(input.activitySince(), DECLARED, evidence);
    }

    static void revenue(MarkApplicationInput input, LocalDate today, List<FieldProblem> problems) {
        BigDecimal own = input.ownRevenue();
        BigDecimal total = input.totalRevenue();
        if (own == null) {
            problems.add(new FieldProblem("ownRevenue", "catalogue.mark.revenue.required"));
        } else if (own.signum() < 0 || own.precision() - own.scale() > 12) {
            problems.add(new FieldProblem("ownRevenue", "catalogue.mark.revenue.invalid"));
        }
        if (total == null) {
            problems.add(new FieldProblem("totalRevenue", "catalogue.mark.revenue.required"));
        } else if (total.signum() <= 0 || total.precision() - total.scale() > 12) {
            problems.add(new FieldProblem("totalRevenue", "catalogue.mark.revenue.invalid"));
        }
        if (input.revenueYear() == null) {
            problems.add(new FieldProblem("revenueYear", "catalogue.mark.revenueYear.required"));
        } else if (input.revenueYear() > today.getYear() || input.revenueYear() < today.getYear() - 3) {
            problems.add(new FieldProblem("revenueYear", "catalogue.mark.revenueYear.invalid"));
        }
        if (own != null && total != null && own.signum() >= 0 && total.signum() > 0) {
            if (own.compareTo(total) > 0) {
                problems.add(new FieldProblem("ownRevenue", "catalogue.mark.revenue.moreThanTotal"));
            } else {
                BigDecimal share = MarkRules.ownRevenueShare(own, total);
                if (!MarkRules.ownRevenueMet(share)) {
                    problems.add(new FieldProblem("ownRevenue", "catalogue.mark.revenue.tooLow",
                            new Object[] {share, MarkRules.MIN_OWN_REVENUE_PERCENT}));
                }
            }
        }
    }

    static List<MarkRecommendationInput> recommendations(List<MarkRecommendationInput> given,
            List<FieldProblem> problems) {
        if (given == null || given.size() != 2) {
            problems.add(new FieldProblem("recommendations", "catalogue.mark.recommendations.two"));
            return List.of();
        }
        List<MarkRecommendationInput> cleaned = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            MarkRecommendationInput one = given.get(i) == null
                    ? new MarkRecommendationInput(null, null, null, null) : given.get(i);
            String prefix = "recommendations[" + i + "].";
            String name = text(one.name(), prefix + "name", 200, true, problems);
            String organisation = text(one.organisation(), prefix + "organisation", 300, true, problems);
            String text = text(one.text(), prefix + "text", LONG_TEXT, true, problems);
            String email = text(one.email(), prefix + "email", 254, false, problems);
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}")) {
                problems.add(new FieldProblem(prefix + "email", "catalogue.mark.recommendation.email.invalid"));
            }
            cleaned.add(new MarkRecommendationInput(name, email, organisation, text));
        }
        return cleaned;
    }

    static String text(String value, String field, int longest, boolean required, List<FieldProblem> problems) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "catalogue.mark.field.required"));
            }
            return null;
        }
        if (stripped.length() > longest) {
            problems.add(new FieldProblem(field, "catalogue.mark.field.tooLong", new Object[] {longest}));
        }
        return stripped;
    }

}
