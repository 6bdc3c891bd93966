package pl.koordynator.es.catalogue.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;
import pl.koordynator.es.catalogue.MarkApplicationInput;
import pl.koordynator.es.catalogue.MarkApplicationKind;
import pl.koordynator.es.catalogue.MarkEvidenceFile;
import pl.koordynator.es.catalogue.MarkRecommendationInput;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * The application form of a PES as typed: amounts and the date as text, so that "12 500,50" and
 * "01.03.2024" are read as people write them and a typo is a message on the field, not an error page;
 * with the optional PDF evidence of the declared criteria.
 */
public class MarkApplicationForm {

    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<String, String> RECOMMENDATION_FIELDS = Map.of(
            "recommendations[0].name", "rec1Name", "recommendations[0].email", "rec1Email",
            "recommendations[0].organisation", "rec1Organisation", "recommendations[0].text", "rec1Text",
            "recommendations[1].name", "rec2Name", "recommendations[1].email", "rec2Email",
            "recommendations[1].organisation", "rec2Organisation", "recommendations[1].text", "rec2Text");

    private Long offerId;
    private MarkApplicationKind kind = MarkApplicationKind.NEW;
    private String socialAims;
    private String socialAimsEvidence;
    private String ownRevenue;
    private String totalRevenue;
    private String revenueYear;
    private String revenueEvidence;
    private String activitySince;
    private String activityEvidence;
    private String rec1Name;
    private String rec1Email;
    private String rec1Organisation;
    private String rec1Text;
    private String rec2Name;
    private String rec2Email;
    private String rec2Organisation;
    private String rec2Text;
    private MultipartFile evidence;

    /** The input for the service; a number or a date that cannot be read is a problem on its field. */
    MarkApplicationInput toInput() {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal own = amount(ownRevenue, "ownRevenue", problems);
        BigDecimal total = amount(totalRevenue, "totalRevenue", problems);
        Integer year = null;
        if (revenueYear != null && !revenueYear.isBlank()) {
            try {
                year = Integer.valueOf(revenueYear.strip());
            } catch (NumberFormatException notAYear) {
                problems.add(new FieldProblem("revenueYear", "catalogue.mark.revenueYear.invalid"));
            }
        }
        LocalDate since = null;
        if (activitySince != null && !activitySince.isBlank()) {
            String typed = activitySince.strip();
            try {
                since = typed.contains("-") ? LocalDate.parse(typed) : LocalDate.parse(typed, POLISH_DATE);
            } catch (DateTimeParseException notADate) {
                problems.add(new FieldProblem("activitySince", "catalogue.mark.date.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new MarkApplicationInput(offerId, kind, socialAims, socialAimsEvidence, own, total, year,
                revenueEvidence, since, activityEvidence, List.of(
                        new MarkRecommendationInput(rec1Name, rec1Email, rec1Organisation, rec1Text),
                        new MarkRecommendationInput(rec2Name, rec2Email, rec2Organisation, rec2Text)));
    }

    private static BigDecimal amount(String typed, String field, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.replaceAll("[\\s\\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "catalogue.mark.revenue.invalid"));
            return null;
        }
    }

    /** The PDF chosen in the form; null when none was (the browser then sends an empty part). */
    MarkEvidenceFile evidenceFile() {
        if (evidence == null || evidence.isEmpty()) {
            return null;
        }
        try {
            return new MarkEvidenceFile(evidence.getOriginalFilename(), evidence.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The service's names of the recommendations' fields, as this form names them. */
    static InvalidInputException onFields(InvalidInputException problems) {
        return new InvalidInputException(problems.problems().stream()
                .map(problem -> new FieldProblem(RECOMMENDATION_FIELDS.getOrDefault(problem.field(),
                        "recommendations".equals(problem.field()) ? "rec1Name" : problem.field()),
                        problem.messageKey(), problem.arguments()))
                .toList());
    }

    public Long getOfferId() { return offerId; }
    public void setOfferId(Long offerId) { this.offerId = offerId; }
    public MarkApplicationKind getKind() { return kind; }
    public void setKind(MarkApplicationKind kind) { this.kind = kind; }
    public String getSocialAims() { return socialAims; }
    public void setSocialAims(String socialAims) { this.socialAims = socialAims; }
    public String getSocialAimsEvidence() { return socialAimsEvidence; }
    public void setSocialAimsEvidence(String socialAimsEvidence) { this.socialAimsEvidence = socialAimsEvidence; }
    public String getOwnRevenue() { return ownRevenue; }
    public void setOwnRevenue(String ownRevenue) { this.ownRevenue = ownRevenue; }
    public String getTotalRevenue() { return totalRevenue; }
    public void setTotalRevenue(String totalRevenue) { this.totalRevenue = totalRevenue; }
    public String getRevenueYear() { return revenueYear; }
    public void setRevenueYear(String revenueYear) { this.revenueYear = revenueYear; }
    public String getRevenueEvidence() { return revenueEvidence; }
    public void setRevenueEvidence(String revenueEvidence) { this.revenueEvidence = revenueEvidence; }
    public String getActivitySince() { return activitySince; }
    public void setActivitySince(String activitySince) { this.activitySince = activitySince; }
    public String getActivityEvidence() { return activityEvidence; }
    public void setActivityEvidence(String activityEvidence) { this.activityEvidence = activityEvidence; }
    public String getRec1Name() { return rec1Name; }
    public void setRec1Name(String rec1Name) { this.rec1Name = rec1Name; }
    public String getRec1Email() { return rec1Email; }
    public void setRec1Email(String rec1Email) { this.rec1Email = rec1Email; }
    public String getRec1Organisation() { return rec1Organisation; }
    public void setRec1Organisation(String rec1Organisation) { this.rec1Organisation = rec1Organisation; }
    public String getRec1Text() { return rec1Text; }
    public void setRec1Text(String rec1Text) { this.rec1Text = rec1Text; }
    public String getRec2Name() { return rec2Name; }
    public void setRec2Name(String rec2Name) { this.rec2Name = rec2Name; }
    public String getRec2Email() { return rec2Email; }
    public void setRec2Email(String rec2Email) { this.rec2Email = rec2Email; }
    public String getRec2Organisation() { return rec2Organisation; }
    public void setRec2Organisation(String rec2Organisation) { this.rec2Organisation = rec2Organisation; }
    public String getRec2Text() { return rec2Text; }
    public void setRec2Text(String rec2Text) { this.rec2Text = rec2Text; }
    public MultipartFile getEvidence() { return evidence; }
    public void setEvidence(MultipartFile evidence) { this.evidence = evidence; }
}
