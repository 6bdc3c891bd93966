package pl.koordynator.es.catalogue.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.catalogue.InquiryView;
import pl.koordynator.es.privacy.EmailAddress;
import pl.koordynator.es.privacy.PersonalData;
import pl.koordynator.es.privacy.PersonalDataErasure;
import pl.koordynator.es.privacy.PersonalDataFinding;
import pl.koordynator.es.privacy.PersonalDataRetention;
import pl.koordynator.es.privacy.PrivacySettings;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Buyers' data in inquiries. An erased inquiry stays a row with its offer, date and outcome, so
 * the counts ROPS sees and the programme's measures stay right; its name, address, organisation
 * and message go. After {@link CatalogueSettings#inquiryRetention()} the same happens to every
 * inquiry: by then the PES has answered it or never will.
 */
@Component
class CataloguePersonalData implements PersonalData, PersonalDataRetention {

    static final String INQUIRIES = "catalogue.personalData.inquiries";
    static final String RETENTION = "catalogue.inquiryRetention";
    static final String ERASED_NAME = "Usunięte dane";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CatalogueSettings catalogue;
    private final PlatformSettings platform;

    CataloguePersonalData(JdbcClient jdbc, AuditTrail audit, CatalogueSettings catalogue, PlatformSettings platform) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.catalogue = catalogue;
        this.platform = platform;
    }

    @Override
    public String module() {
        return "catalogue";
    }

    @Override
    public List<PersonalDataFinding> find(EmailAddress email) {
        return PersonalDataFinding.found(module(), INQUIRIES, inquiries(email),
                i -> i.offerName() + " (" + DAY.format(i.createdAt().atZoneSameInstant(platform.timeZone())) + "): "
                        + i.buyerName() + (i.buyerOrganisation() == null ? "" : ", " + i.buyerOrganisation()));
    }

    @Override
    public Map<String, Object> export(EmailAddress email) {
        Map<String, Object> section = new LinkedHashMap<>();
        List<InquiryView> inquiries = inquiries(email);
        if (!inquiries.isEmpty()) {
            section.put("inquiries", inquiries.stream().map(i -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("offerId", i.offerId());
                row.put("offer", i.offerName());
                row.put("name", i.buyerName());
                row.put("email", i.buyerEmail());
                row.put("organisation", i.buyerOrganisation());
                row.put("message", i.message());
                row.put("sentAt", i.createdAt().toString());
                row.put("outcome", i.outcome().name());
                return row;
            }).toList());
        }
        return section;
    }

    @Override
    public PersonalDataErasure erase(EmailAddress email) {
        List<InquiryView> inquiries = inquiries(email);
        Set<String> values = new HashSet<>();
        int auditEntries = 0;
        for (InquiryView before : inquiries) {
            eraseRow(before.id());
            auditEntries += audit.erasePersonalFields(InquiryService.ENTITY, before.id(), InquiryService.PERSONAL_FIELDS);
            audit.updated(InquiryService.ENTITY, before.id(), InquiryService.state(before),
                    InquiryService.state(find(before.id())));
            values.add(before.buyerName());
            if (before.buyerOrganisation() != null) {
                values.add(before.buyerOrganisation());
            }
        }
        List<PersonalDataFinding> erased = new ArrayList<>(PersonalDataFinding.erased(module(), INQUIRIES, inquiries));
        return new PersonalDataErasure(erased, values, auditEntries);
    }

    /** The buyers' data of inquiries older than the retention period; one idempotent statement. */
    @Override
    public List<Removed> removeExpired(PrivacySettings settings, Instant now) {
        int rows = jdbc.sql("""
                update catalogue_inquiry set buyer_name = :name,
                    buyer_email = 'erased-inquiry-' || id || '@invalid', buyer_organisation = null, message = '',
                    version = version + 1
                where created_at < :before and buyer_email not like 'erased-%@invalid'""")
                .param("name", ERASED_NAME)
                .param("before", OffsetDateTime.ofInstant(now.minus(catalogue.inquiryRetention()), ZoneOffset.UTC))
                .update();
        return List.of(new Removed(RETENTION, rows));
    }

    private void eraseRow(long id) {
        jdbc.sql("""
                update catalogue_inquiry set buyer_name = :name, buyer_email = :email, buyer_organisation = null,
                    message = '', version = version + 1
                where id = :id""")
                .param("name", ERASED_NAME)
                .param("email", EmailAddress.erasedPlaceholder("inquiry", id))
                .param("id", id)
                .update();
    }

    private InquiryView find(long id) {
        return jdbc.sql("""
                select i.*, o.name as offer_name from catalogue_inquiry i join catalogue_offer o on o.id = i.offer_id
                where i.id = :id""")
                .param("id", id).query(InquiryService::view).single();
    }

    private List<InquiryView> inquiries(EmailAddress email) {
        return jdbc.sql("""
                select i.*, o.name as offer_name from catalogue_inquiry i join catalogue_offer o on o.id = i.offer_id
                where lower(i.buyer_email) = :email order by i.created_at, i.id""")
                .param("email", email.value())
                .query(InquiryService::view).list();
    }
}
