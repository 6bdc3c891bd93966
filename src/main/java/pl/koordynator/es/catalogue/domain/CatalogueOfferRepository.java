package pl.koordynator.es.catalogue.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.catalogue.Category;
import pl.koordynator.es.catalogue.OfferArea;
import pl.koordynator.es.catalogue.OfferKind;
import pl.koordynator.es.catalogue.OfferPhoto;
import pl.koordynator.es.catalogue.OfferStatus;
import pl.koordynator.es.catalogue.OfferSummary;
import pl.koordynator.es.catalogue.OfferView;
import pl.koordynator.es.catalogue.ReviewEntry;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;

/** Offers, their areas and review steps in {@code catalogue_offer*}. */
@Repository
class CatalogueOfferRepository {

    /** What a write needs to know of a stored offer. */
    record Stored(long id, long organisationId, OfferStatus status, long version, String name, String description) {
    }

    /** Whether a licence of the mark holds on {@code :today}. */
    static final String MARKED = """
            exists (select 1 from catalogue_mark_licence l where l.offer_id = o.id and l.revoked_on is null
                and l.granted_on <= :today and l.valid_until >= :today)""";

    /** The columns of {@link #summary}; needs {@code :today}. */
    static final String SUMMARY_COLUMNS = """
            o.id, o.organisation_id, o.organisation_name, o.organisation_kind, o.organisation_town,
            o.organisation_gmina_teryt, o.kind, o.name, o.category_code, o.top_category_code,
            left(o.description, 300) as lead, o.price_amount, o.price_unit, o.price_on_request, o.area_scope,
            o.status, o.updated_at, o.published_at,
            case when o.status = 'RETURNED' then o.review_comment end as review_comment,
            """ + MARKED + """
             as marked,
            (select p.id from catalogue_offer_photo p where p.offer_id = o.id order by p.position, p.id limit 1)
                as first_photo_id""";

    private final JdbcClient jdbc;

    CatalogueOfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> categories() {
        return jdbc.sql("""
                select c.code, c.parent_code, c.name_pl, c.name_en, c.position
                from catalogue_category c left join catalogue_category p on p.code = c.parent_code
                order by coalesce(p.position, c.position), c.parent_code nulls first, c.position""")
                .query(Category.class).list();
    }

    Map<String, Category> categoriesByCode() {
        Map<String, Category> byCode = new LinkedHashMap<>();
        categories().forEach(category -> byCode.put(category.code(), category));
        return byCode;
    }

    long insert(OfferRules.Checked offer, OrganisationView organisation, String place, OffsetDateTime now) {
        long id = jdbc.sql("""
                insert into catalogue_offer (organisation_id, organisation_name, organisation_kind, organisation_town,
                    organisation_gmina_teryt, organisation_powiat_teryt, organisation_active, social_enterprise_since,
                    social_enterprise_until, kind, name, category_code, top_category_code, cpv_code, description,
                    price_amount, price_unit, price_on_request, minimum_order, area_scope, lead_time, contact_route,
                    contact_email, contact_phone, contact_website, status, created_at, updated_at, place_search)
                values (:organisationId, :organisationName, :organisationKind, :town, :gmina, :powiat, :active,
                    :seSince, :seUntil, :kind, :name, :category, :topCategory, :cpv, :description, :price, :priceUnit,
                    :priceOnRequest, :minimumOrder, :areaScope, :leadTime, :contactRoute, :contactEmail,
                    :contactPhone, :contactWebsite, 'DRAFT', :now, :now, registry_search_text(:place))
                returning id""")
                .params(organisationParams(organisation))
                .params(offerParams(offer))
                .param("now", now)
                .param("place", place)
                .query(Long.class).single();
        replaceAreas(id, offer.areas());
        return id;
    }

    /** Writes the fields and the status; false when the version is no longer the stored one. */
    boolean update(long id, long version, OfferRules.Checked offer, OfferStatus status, String place,
            OffsetDateTime now) {
        int updated = jdbc.sql("""
                update catalogue_offer set kind = :kind, name = :name, category_code = :category,
                    top_category_code = :topCategory, cpv_code = :cpv, description = :description, price_amount = :price,
                    price_unit = :priceUnit, price_on_request = :priceOnRequest, minimum_order = :minimumOrder,
                    area_scope = :areaScope, lead_time = :leadTime, contact_route = :contactRoute,
                    contact_email = :contactEmail, contact_phone = :contactPhone, contact_website = :contactWebsite,
                    status = :status, place_search = registry_search_text(:place), updated_at = :now,
                    version = version + 1
                where id = :id and version = :version""")
                .params(offerParams(offer))
                .param("status", status.name())
                .param("place", place)
                .param("now", now)
                .param("id", id)
                .param("version", version)
                .update();
        if (updated == 1) {
            replaceAreas(id, offer.areas());
        }
        return updated == 1;
    }

    void setStatus(long id, OfferStatus status, String comment, OffsetDateTime now) {
        jdbc.sql("""
                update catalogue_offer set status = :status, review_comment = :comment, updated_at = :now,
                    published_at = case when :status = 'PUBLISHED' then :now else published_at end,
                    first_published_at = case when :status = 'PUBLISHED' then coalesce(first_published_at, :now)
                        else first_published_at end,
                    version = version + 1
                where id = :id""")
                .param("status", status.name())
                .param("comment", comment)
                .param("now", now)
                .param("id", id)
                .update();
    }

    void review(long offerId, OfferStatus status, String comment, Long userId, OffsetDateTime at) {
        jdbc.sql("""
                insert into catalogue_offer_review (offer_id, status, comment, user_id, at)
                values (:offerId, :status, :comment, :userId, :at)""")
                .param("offerId", offerId)
                .param("status", status.name())
                .param("comment", comment)
                .param("userId", userId)
                .param("at", at)
                .update();
    }

    List<ReviewEntry> history(long offerId) {
        return jdbc.sql("select at, status, comment from catalogue_offer_review where offer_id = :id order by at, id")
                .param("id", offerId)
                .query((rs, row) -> new ReviewEntry(rs.getObject("at", OffsetDateTime.class),
                        OfferStatus.valueOf(rs.getString("status")), rs.getString("comment")))
                .list();
    }

    /** The stored offer, its row locked until the transaction ends (one write at a time). */
    Optional<Stored> lock(long id) {
        return stored(id, " for update");
    }

    Optional<Stored> stored(long id) {
        return stored(id, "");
    }

    private Optional<Stored> stored(long id, String lock) {
        return jdbc.sql("""
                select id, organisation_id, status, version, name, description from catalogue_offer
                where id = :id""" + lock)
                .param("id", id)
                .query((rs, row) -> new Stored(rs.getLong("id"), rs.getLong("organisation_id"),
                        OfferStatus.valueOf(rs.getString("status")), rs.getLong("version"), rs.getString("name"),
                        rs.getString("description")))
                .optional();
    }

    /** Copies the register's facts about the organisation onto its offers (and the place words). */
    int refreshOrganisation(OrganisationView organisation, String organisationPlace) {
        return jdbc.sql("""
                update catalogue_offer o set organisation_name = :organisationName,
                    organisation_kind = :organisationKind, organisation_town = :town, organisation_gmina_teryt = :gmina,
                    organisation_powiat_teryt = :powiat, organisation_active = :active,
                    social_enterprise_since = :seSince, social_enterprise_until = :seUntil,
                    place_search = registry_search_text(concat_ws(' ', :place,
                        (select string_agg(a.name, ' ') from catalogue_offer_area a where a.offer_id = o.id)))
                where organisation_id = :organisationId""")
                .params(organisationParams(organisation))
                .param("place", organisationPlace)
                .update();
    }

    Optional<OfferView> find(long id, LocalDate today, Map<String, Category> categories) {
        return jdbc.sql("select o.*, " + MARKED + " as marked from catalogue_offer o where o.id = :id")
                .param("id", id)
                .param("today", today)
                .query((rs, row) -> view(rs, categories, today))
                .optional()
                .map(view -> complete(view, today));
    }

    private OfferView complete(OfferView offer, LocalDate today) {
        List<OfferArea> areas = jdbc.sql("select teryt, name from catalogue_offer_area where offer_id = :id order by teryt")
                .param("id", offer.id()).query(OfferArea.class).list();
        List<OfferPhoto> photos = jdbc.sql("""
                select id, position, alt_text as alt from catalogue_offer_photo where offer_id = :id
                order by position, id""")
                .param("id", offer.id()).query(OfferPhoto.class).list();
        long views = jdbc.sql("select coalesce(sum(views), 0) from catalogue_offer_views where offer_id = :id")
                .param("id", offer.id()).query(Long.class).single();
        record Licence(String licenceNumber, LocalDate validUntil) {
        }
        Optional<Licence> licence = jdbc.sql("""
                select licence_number, valid_until from catalogue_mark_licence
                where offer_id = :id and revoked_on is null and granted_on <= :today and valid_until >= :today
                order by valid_until desc limit 1""")
                .param("id", offer.id()).param("today", today).query(Licence.class).optional();
        return new OfferView(offer.id(), offer.organisationId(), offer.organisationName(), offer.organisationKind(),
                offer.organisationTown(), offer.organisationGminaTeryt(), offer.socialEnterprise(), offer.kind(),
                offer.name(), offer.category(), offer.topCategory(), offer.cpvCode(), offer.description(),
                offer.priceAmount(), offer.priceUnit(), offer.priceOnRequest(), offer.minimumOrder(),
                offer.areaScope(), areas, offer.leadTime(), offer.contactRoute(), offer.contactEmail(),
                offer.contactPhone(), offer.contactWebsite(), offer.status(), offer.reviewComment(), photos,
                licence.isPresent(), licence.map(Licence::licenceNumber).orElse(null),
                licence.map(Licence::validUntil).orElse(null), views, offer.version(), offer.createdAt(),
                offer.updatedAt(), offer.publishedAt());
    }

    private static OfferView view(ResultSet rs, Map<String, Category> categories, LocalDate today)
            throws SQLException {
        LocalDate since = rs.getObject("social_enterprise_since", LocalDate.class);
        LocalDate until = rs.getObject("social_enterprise_until", LocalDate.class);
        return new OfferView(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                Kind.valueOf(rs.getString("organisation_kind")), rs.getString("organisation_town"),
                rs.getString("organisation_gmina_teryt"), socialEnterprise(since, until, today),
                OfferKind.valueOf(rs.getString("kind")), rs.getString("name"),
                categories.get(rs.getString("category_code")), categories.get(rs.getString("top_category_code")),
                rs.getString("cpv_code"), rs.getString("description"), rs.getBigDecimal("price_amount"),
                rs.getString("price_unit"), rs.getBoolean("price_on_request"), rs.getString("minimum_order"),
                AreaScope.valueOf(rs.getString("area_scope")), List.of(), rs.getString("lead_time"),
                rs.getString("contact_route"), rs.getString("contact_email"), rs.getString("contact_phone"),
                rs.getString("contact_website"), OfferStatus.valueOf(rs.getString("status")),
                rs.getString("review_comment"), List.of(), rs.getBoolean("marked"), null, null, 0,
                rs.getLong("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class));
    }

    static boolean socialEnterprise(LocalDate since, LocalDate until, LocalDate today) {
        return since != null && !since.isAfter(today) && (until == null || !until.isBefore(today));
    }

    static OfferSummary summary(ResultSet rs, int row) throws SQLException {
        long firstPhoto = rs.getLong("first_photo_id");
        return new OfferSummary(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                Kind.valueOf(rs.getString("organisation_kind")), rs.getString("organisation_town"),
                rs.getString("organisation_gmina_teryt"), OfferKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("category_code"), rs.getString("top_category_code"),
                rs.getString("lead"), rs.getBigDecimal("price_amount"), rs.getString("price_unit"),
                rs.getBoolean("price_on_request"), AreaScope.valueOf(rs.getString("area_scope")),
                OfferStatus.valueOf(rs.getString("status")), rs.getBoolean("marked"),
                rs.wasNull() || firstPhoto == 0 ? null : firstPhoto, rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class), rs.getString("review_comment"));
    }

    private void replaceAreas(long offerId, List<OfferArea> areas) {
        jdbc.sql("delete from catalogue_offer_area where offer_id = :id").param("id", offerId).update();
        for (OfferArea area : areas) {
            jdbc.sql("insert into catalogue_offer_area (offer_id, teryt, name) values (:id, :teryt, :name)")
                    .param("id", offerId).param("teryt", area.teryt()).param("name", area.name()).update();
        }
    }

    private static Map<String, Object> organisationParams(OrganisationView organisation) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("organisationId", organisation.id());
        params.put("organisationName", organisation.name());
        params.put("organisationKind", organisation.kind().name());
        params.put("town", organisation.town());
        params.put("gmina", organisation.gminaTeryt());
        params.put("powiat", organisation.powiatTeryt());
        params.put("active", organisation.status() == OrganisationStatus.ACTIVE);
        params.put("seSince", organisation.socialEnterpriseSince());
        params.put("seUntil", organisation.socialEnterpriseUntil());
        return params;
    }

    private static Map<String, Object> offerParams(OfferRules.Checked offer) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("kind", offer.input().kind().name());
        params.put("name", offer.name());
        params.put("category", offer.category().code());
        params.put("topCategory", offer.topCategoryCode());
        params.put("cpv", offer.cpvCode());
        params.put("description", offer.description());
        params.put("price", offer.priceAmount());
        params.put("priceUnit", offer.priceUnit());
        params.put("priceOnRequest", offer.input().priceOnRequest());
        params.put("minimumOrder", offer.minimumOrder());
        params.put("areaScope", offer.input().areaScope().name());
        params.put("leadTime", offer.leadTime());
        params.put("contactRoute", offer.contactRoute());
        params.put("contactEmail", offer.contactEmail());
        params.put("contactPhone", offer.contactPhone());
        params.put("contactWebsite", offer.contactWebsite());
        return params;
    }
}
