package pl.koordynator.es.needs.web;

import pl.koordynator.es.needs.domain.NeedInput;
import pl.koordynator.es.needs.domain.NeedView;

/** The need form of the pages; the service checks it as it checks the API's input. */
public class NeedForm {

    private String category;
    private String gminaTeryt;
    private String title;
    private String description;
    private Long version;

    static NeedForm of(NeedView need) {
        NeedForm form = new NeedForm();
        form.category = need.category().name();
        form.gminaTeryt = need.gminaTeryt();
        form.title = need.title();
        form.description = need.description();
        form.version = need.version();
        return form;
    }

    NeedInput toInput() {
        return new NeedInput(category, gminaTeryt, title, description, version);
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getGminaTeryt() { return gminaTeryt; }
    public void setGminaTeryt(String gminaTeryt) { this.gminaTeryt = gminaTeryt; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
