package pl.koordynator.es.support.web;

import pl.koordynator.es.support.domain.SupportInput;
import pl.koordynator.es.support.domain.SupportView;

/**
 * The support form of the pages; the service checks it as it checks the API's input. The ids are
 * text so that a tampered value is reported as an unknown organisation, not as an error page.
 */
public class SupportRecordForm {

    private String organisationId;
    /** The text of the PES picker; resolved on the server when typed without its script. */
    private String organisationName;
    private String owesId;
    private String adviser;
    private String date;
    private String hours;
    private String form;
    private String topic;
    private String notes;
    private Long version;

    static SupportRecordForm of(SupportView record, String date, String hours) {
        SupportRecordForm form = new SupportRecordForm();
        form.organisationId = String.valueOf(record.organisationId());
        form.organisationName = record.organisationName();
        form.owesId = String.valueOf(record.owesId());
        form.adviser = record.adviser();
        form.date = date;
        form.hours = hours;
        form.form = record.form().name();
        form.topic = record.topic().name();
        form.notes = record.notes();
        form.version = record.version();
        return form;
    }

    /** The id of the picked PES, or the PES the typed name stands for (see {@code SupportService.pickedPes}). */
    Long pickedId() {
        return id(organisationId);
    }

    SupportInput toInput() {
        return new SupportInput(id(organisationId), id(owesId), adviser, date, hours, form, topic, notes, version);
    }

    /** An id, or -1 for text that is none (reported as an unknown organisation), or null when left empty. */
    private static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException notAnId) {
            return -1L;
        }
    }

    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public String getOwesId() { return owesId; }
    public void setOwesId(String owesId) { this.owesId = owesId; }
    public String getAdviser() { return adviser; }
    public void setAdviser(String adviser) { this.adviser = adviser; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = hours; }
    public String getForm() { return form; }
    public void setForm(String form) { this.form = form; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
