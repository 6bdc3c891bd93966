package pl.koordynator.es.programme.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;
import pl.koordynator.es.programme.ProgrammeStatus;
import pl.koordynator.es.programme.domain.ProgrammeInput;
import pl.koordynator.es.programme.domain.ProgrammeView;

/** A programme's or project's own fields; its tree is kept in the node and indicator forms. */
public class ProgrammeForm {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private String name;
    private boolean project;
    private String reference;
    private String startYear;
    private String endYear;
    private String resolutionNumber;
    private String resolutionDate;
    private ProgrammeStatus status = ProgrammeStatus.DRAFT;
    private Long version;

    static ProgrammeForm of(ProgrammeView programme) {
        ProgrammeForm form = new ProgrammeForm();
        form.name = programme.name();
        form.project = programme.project();
        form.reference = programme.reference();
        form.startYear = String.valueOf(programme.startYear());
        form.endYear = String.valueOf(programme.endYear());
        form.resolutionNumber = programme.resolutionNumber();
        form.resolutionDate = programme.resolutionDate() == null ? null : DAY.format(programme.resolutionDate());
        form.status = programme.status();
        form.version = programme.version();
        return form;
    }

    /** The input for the service (without a tree), or null when a year or the date could not be read. */
    ProgrammeInput toInput(BindingResult result) {
        Integer start = year(startYear, "startYear", result);
        Integer end = year(endYear, "endYear", result);
        LocalDate day = null;
        if (resolutionDate != null && !resolutionDate.isBlank()) {
            try {
                day = LocalDate.parse(resolutionDate.strip(), DAY);
            } catch (DateTimeParseException notADay) {
                result.rejectValue("resolutionDate", "programme.forms.notADate");
            }
        }
        if (result.hasErrors()) {
            return null;
        }
        return new ProgrammeInput(blank(name), project, blank(reference), start, end, blank(resolutionNumber), day,
                status, null, null, version);
    }

    private static Integer year(String text, String field, BindingResult result) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notAYear) {
            result.rejectValue(field, "programme.forms.notAYear");
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isProject() {
        return project;
    }

    public void setProject(boolean project) {
        this.project = project;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getStartYear() {
        return startYear;
    }

    public void setStartYear(String startYear) {
        this.startYear = startYear;
    }

    public String getEndYear() {
        return endYear;
    }

    public void setEndYear(String endYear) {
        this.endYear = endYear;
    }

    public String getResolutionNumber() {
        return resolutionNumber;
    }

    public void setResolutionNumber(String resolutionNumber) {
        this.resolutionNumber = resolutionNumber;
    }

    public String getResolutionDate() {
        return resolutionDate;
    }

    public void setResolutionDate(String resolutionDate) {
        this.resolutionDate = resolutionDate;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public void setStatus(ProgrammeStatus status) {
        this.status = status;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
