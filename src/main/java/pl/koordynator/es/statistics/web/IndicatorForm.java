package pl.koordynator.es.statistics.web;

import java.util.Arrays;
import java.util.List;

import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.statistics.domain.IndicatorInput;
import pl.koordynator.es.statistics.domain.StoredIndicator;

/** The indicator form of the admin pages; BDL aliases one per line. */
public class IndicatorForm {

    private String code;
    private String namePl;
    private String nameEn;
    private String unitPl;
    private String unitEn;
    private String source;
    private String category = "NEED";
    private String aggregation = "SUM";
    private String bdlNames;
    private Long version;

    static IndicatorForm of(StoredIndicator stored) {
        IndicatorDefinition d = stored.definition();
        IndicatorForm form = new IndicatorForm();
        form.code = d.code();
        form.namePl = d.namePl();
        form.nameEn = d.nameEn();
        form.unitPl = d.unitPl();
        form.unitEn = d.unitEn();
        form.source = d.source();
        form.category = d.category().name();
        form.aggregation = d.aggregation().name();
        form.bdlNames = String.join("\n", stored.bdlNames());
        form.version = stored.version();
        return form;
    }

    IndicatorInput toInput() {
        List<String> aliases = bdlNames == null ? List.of() : Arrays.asList(bdlNames.split("\\R"));
        return new IndicatorInput(code, namePl, nameEn, unitPl, unitEn, source, category, aggregation, aliases,
                version);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNamePl() {
        return namePl;
    }

    public void setNamePl(String namePl) {
        this.namePl = namePl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getUnitPl() {
        return unitPl;
    }

    public void setUnitPl(String unitPl) {
        this.unitPl = unitPl;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public void setUnitEn(String unitEn) {
        this.unitEn = unitEn;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getAggregation() {
        return aggregation;
    }

    public void setAggregation(String aggregation) {
        this.aggregation = aggregation;
    }

    public String getBdlNames() {
        return bdlNames;
    }

    public void setBdlNames(String bdlNames) {
        this.bdlNames = bdlNames;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
