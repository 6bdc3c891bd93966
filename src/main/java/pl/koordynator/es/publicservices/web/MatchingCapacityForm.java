package pl.koordynator.es.publicservices.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.publicservices.Capacity;
import pl.koordynator.es.publicservices.CapacityInput;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The capacity form of the opportunities page: categories as checkboxes, CPV divisions and TERYT
 * codes typed as lists ("55, 90"), the largest value with Polish separators ("150 000,50").
 */
public class MatchingCapacityForm {

    private List<String> categories = new ArrayList<>();
    private String cpvDivisions = "";
    private String areaScope = AreaScope.GMINAS.name();
    private String areaTeryts = "";
    private String maxValue = "";
    private String note = "";

    static MatchingCapacityForm of(Capacity capacity) {
        MatchingCapacityForm form = new MatchingCapacityForm();
        form.categories = new ArrayList<>(capacity.categories());
        form.cpvDivisions = String.join(", ", capacity.cpvDivisions());
        form.areaScope = capacity.areaScope().name();
        form.areaTeryts = String.join(", ", capacity.areaTeryts());
        form.maxValue = capacity.maxValue() == null ? "" : capacity.maxValue().stripTrailingZeros().toPlainString()
                .replace('.', ',');
        form.note = capacity.note() == null ? "" : capacity.note();
        return form;
    }

    CapacityInput toInput() {
        AreaScope scope;
        try {
            scope = AreaScope.valueOf(areaScope == null ? "" : areaScope.strip());
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("areaScope", "publicservices.matching.error.areaScope");
        }
        BigDecimal max = null;
        String typed = maxValue == null ? "" : maxValue.replaceAll("[\\s\u00a0]", "").replace(',', '.');
        if (!typed.isEmpty()) {
            try {
                max = new BigDecimal(typed);
            } catch (NumberFormatException notANumber) {
                throw InvalidInputException.of("maxValue", "publicservices.matching.error.maxValue");
            }
        }
        return new CapacityInput(categories, list(cpvDivisions), scope, list(areaTeryts), max, note);
    }

    private static List<String> list(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : categories;
    }

    public String getCpvDivisions() {
        return cpvDivisions;
    }

    public void setCpvDivisions(String cpvDivisions) {
        this.cpvDivisions = cpvDivisions;
    }

    public String getAreaScope() {
        return areaScope;
    }

    public void setAreaScope(String areaScope) {
        this.areaScope = areaScope;
    }

    public String getAreaTeryts() {
        return areaTeryts;
    }

    public void setAreaTeryts(String areaTeryts) {
        this.areaTeryts = areaTeryts;
    }

    public String getMaxValue() {
        return maxValue;
    }

    public void setMaxValue(String maxValue) {
        this.maxValue = maxValue;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
