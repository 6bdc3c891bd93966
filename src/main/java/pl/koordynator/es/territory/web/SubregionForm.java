package pl.koordynator.es.territory.web;

import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.domain.SubregionChange;

/** The subregion form of the admin pages. */
public class SubregionForm {

    private String name;
    private List<String> powiatTeryts = new ArrayList<>();
    private Long owesOrganisationId;
    private Long version;

    static SubregionForm of(Subregion subregion) {
        SubregionForm form = new SubregionForm();
        form.name = subregion.name();
        form.powiatTeryts = new ArrayList<>(subregion.powiatTeryts());
        form.owesOrganisationId = subregion.owesOrganisationId();
        form.version = subregion.version();
        return form;
    }

    SubregionChange toChange() {
        return new SubregionChange(name, powiatTeryts, owesOrganisationId, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getPowiatTeryts() {
        return powiatTeryts;
    }

    public void setPowiatTeryts(List<String> powiatTeryts) {
        this.powiatTeryts = powiatTeryts == null ? new ArrayList<>() : powiatTeryts;
    }

    public Long getOwesOrganisationId() {
        return owesOrganisationId;
    }

    public void setOwesOrganisationId(Long owesOrganisationId) {
        this.owesOrganisationId = owesOrganisationId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
