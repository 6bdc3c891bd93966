package pl.koordynator.es.events.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.events.EventTopic;
import pl.koordynator.es.events.domain.EventInput;
import pl.koordynator.es.events.domain.EventView;

/**
 * The event form's fields. Date-times come from {@code datetime-local} fields, in the region's
 * time zone; the organiser is {@code ""} for ROPS or a registry id (ROPS staff only choose it).
 */
public class EventForm {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private String title;
    private String type;
    private String description;
    private String organiserId;
    private String startsAt;
    private String endsAt;
    private String gminaTeryt;
    private String venue;
    private String onlineUrl;
    private Integer capacity;
    private String registrationOpensAt;
    private String registrationClosesAt;
    private String audience;
    private boolean publicEvent = true;
    private List<String> topics = new ArrayList<>();
    private Integer peopleReached;
    private Integer materialsDistributed;
    private Long version;

    static EventForm of(EventView event, ZoneId zone) {
        EventForm form = new EventForm();
        form.title = event.title();
        form.type = event.type().name();
        form.description = event.description();
        form.organiserId = event.organiserId() == null ? "" : event.organiserId().toString();
        form.startsAt = local(event.startsAt(), zone);
        form.endsAt = local(event.endsAt(), zone);
        form.gminaTeryt = event.gminaTeryt();
        form.venue = event.venue();
        form.onlineUrl = event.onlineUrl();
        form.capacity = event.capacity();
        form.registrationOpensAt = local(event.registrationOpensAt(), zone);
        form.registrationClosesAt = local(event.registrationClosesAt(), zone);
        form.audience = event.audience();
        form.publicEvent = event.publicEvent();
        form.topics = new ArrayList<>(event.topics().stream().map(EventTopic::name).toList());
        form.peopleReached = event.peopleReached();
        form.materialsDistributed = event.materialsDistributed();
        form.version = event.version();
        return form;
    }

    private static String local(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : LOCAL.format(time.atZoneSameInstant(zone));
    }

    /** The input with the status the event is to have (kept on edit, DRAFT or PUBLISHED when new). */
    EventInput toInput(String status) {
        Long organiser = organiserId == null || organiserId.isBlank() || !organiserId.matches("\\d{1,18}") ? null
                : Long.valueOf(organiserId);
        return new EventInput(title, type, description, organiser, startsAt, endsAt, gminaTeryt, venue, onlineUrl,
                capacity, registrationOpensAt, registrationClosesAt, audience, publicEvent, status, topics,
                peopleReached, materialsDistributed, version);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOrganiserId() { return organiserId; }
    public void setOrganiserId(String organiserId) { this.organiserId = organiserId; }
    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
    public String getEndsAt() { return endsAt; }
    public void setEndsAt(String endsAt) { this.endsAt = endsAt; }
    public String getGminaTeryt() { return gminaTeryt; }
    public void setGminaTeryt(String gminaTeryt) { this.gminaTeryt = gminaTeryt; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getOnlineUrl() { return onlineUrl; }
    public void setOnlineUrl(String onlineUrl) { this.onlineUrl = onlineUrl; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getRegistrationOpensAt() { return registrationOpensAt; }
    public void setRegistrationOpensAt(String registrationOpensAt) { this.registrationOpensAt = registrationOpensAt; }
    public String getRegistrationClosesAt() { return registrationClosesAt; }
    public void setRegistrationClosesAt(String registrationClosesAt) { this.registrationClosesAt = registrationClosesAt; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public boolean isPublicEvent() { return publicEvent; }
    public void setPublicEvent(boolean publicEvent) { this.publicEvent = publicEvent; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics == null ? new ArrayList<>() : topics; }
    public Integer getPeopleReached() { return peopleReached; }
    public void setPeopleReached(Integer peopleReached) { this.peopleReached = peopleReached; }
    public Integer getMaterialsDistributed() { return materialsDistributed; }
    public void setMaterialsDistributed(Integer materialsDistributed) { this.materialsDistributed = materialsDistributed; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
