package pl.koordynator.es.catalogue.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.Category;
import pl.koordynator.es.catalogue.OfferArea;
import pl.koordynator.es.catalogue.OfferInput;
import pl.koordynator.es.catalogue.OfferQuery;
import pl.koordynator.es.catalogue.OfferSearch;
import pl.koordynator.es.catalogue.OfferSearchResult;
import pl.koordynator.es.catalogue.OfferStatus;
import pl.koordynator.es.catalogue.OfferSummary;
import pl.koordynator.es.catalogue.OfferView;
import pl.koordynator.es.catalogue.ReviewEntry;
import pl.koordynator.es.registry.OrganisationChanged;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.territory.Territory;

/**
 * Offers: writing, the review workflow, the public search and view counts. Writes to one offer
 * are serialised on its row; a stale version is a conflict, never a silent overwrite.
 */
@Service
@Transactional
public class OfferService implements CatalogueOffers {

    static final String ENTITY = "CatalogueOffer";
    private static final int REVIEW_COMMENT_SHOWN = 2000;

    private final CatalogueOfferRepository offers;
    private final OfferRules rules;
    private final OfferSearchQuery searchQuery;
    private final CatalogueAccess access;
    private final AuditTrail audit;
    private final Territory territory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    OfferService(CatalogueOfferRepository offers, OfferRules rules, OfferSearchQuery searchQuery, CatalogueAccess access,
            AuditTrail audit, Territory territory, JdbcClient jdbc, Clock clock, PlatformSettings settings) {
        this.offers = offers;
        this.rules = rules;
        this.searchQuery = searchQuery;
        this.access = access;
        this.audit = audit;
        this.territory = territory;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    /** Today in the region: a mark valid until today still shows today, and is gone tomorrow. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    @Override
    public OfferView create(OfferInput input) {
        CatalogueAccess.Viewer viewer = access.viewer();
        OrganisationView organisation = writableOrganisation(input, viewer);
        OfferRules.Checked checked = rules.check(input, offers.categoriesByCode());
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = offers.insert(checked, organisation, place(organisation, checked.areas()), now);
        offers.review(id, OfferStatus.DRAFT, null, viewer.userId(), now);
        OfferView created = view(id);
        audit.created(ENTITY, id, state(created));
        return created;
    }

    @Override
    public OfferView update(long offerId, long version, OfferInput input) {
        CatalogueAccess.Viewer viewer = access.viewer();
        CatalogueOfferRepository.Stored stored = lockWritable(offerId, viewer);
        if (input.organisationId() != null && input.organisationId() != stored.organisationId()) {
            throw InvalidInputException.of("organisationId", "catalogue.offer.organisation.fixed");
        }
        OfferView before = view(offerId);
        OfferRules.Checked checked = rules.check(withOrganisation(input, stored.organisationId()),
                offers.categoriesByCode());
        if (stored.version() != version) {
            throw stale();
        }
        // what ROPS checked is the offer's text (and photos); a new price or area needs no second look
        boolean textChanged = !checked.name().equals(stored.name())
                || !checked.description().equals(Objects.requireNonNullElse(stored.description(), ""));
        OfferStatus status = stored.status() == OfferStatus.PUBLISHED && textChanged ? OfferStatus.IN_REVIEW
                : stored.status();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OrganisationView organisation = organisation(stored.organisationId());
        if (!offers.update(offerId, version, checked, status, place(organisation, checked.areas()), now)) {
            throw stale();
        }
        if (status != stored.status()) {
            offers.review(offerId, status, null, viewer.userId(), now);
        }
        OfferView after = view(offerId);
        audit.updated(ENTITY, offerId, state(before), state(after));
        return after;
    }

    @Override
    public OfferView submit(long offerId) {
        CatalogueAccess.Viewer viewer = access.viewer();
        CatalogueOfferRepository.Stored stored = lockWritable(offerId, viewer);
        requireStatus(stored, "submit", OfferStatus.DRAFT, OfferStatus.RETURNED, OfferStatus.WITHDRAWN);
        return move(stored, OfferStatus.IN_REVIEW, null, viewer);
    }

    @Override
    public OfferView publish(long offerId) {
        CatalogueAccess.Viewer viewer = access.viewer();
        CatalogueOfferRepository.Stored stored = lockReviewable(offerId, viewer);
        requireStatus(stored, "publish", OfferStatus.IN_REVIEW);
        return move(stored, OfferStatus.PUBLISHED, null, viewer);
    }

    @Override
    public OfferView returnForChanges(long offerId, String comment) {
        CatalogueAccess.Viewer viewer = access.viewer();
        CatalogueOfferRepository.Stored stored = lockReviewable(offerId, viewer);
        String checked = OfferRules.comment(comment);
        requireStatus(stored, "return", OfferStatus.IN_REVIEW);
        return move(stored, OfferStatus.RETURNED, checked, viewer);
    }

    @Override
    public OfferView withdraw(long offerId) {
        CatalogueAccess.Viewer viewer = access.viewer();
        CatalogueOfferRepository.Stored stored = lockWritable(offerId, viewer);
        requireStatus(stored, "withdraw", OfferStatus.DRAFT, OfferStatus.IN_REVIEW, OfferStatus.PUBLISHED,
                OfferStatus.RETURNED);
        return move(stored, OfferStatus.WITHDRAWN, null, viewer);
    }

    /**
     * Checks that the caller may edit the offer (its PES, the serving OWES, ROPS): not found when
     * the caller may not see it, forbidden when they may see it but not write it.
     */
    public void requireEditable(long offerId) {
        lockWritable(offerId, access.viewer());
    }

    /**
     * A photo of the offer was added or removed (the caller checked {@link #requireEditable}): a
     * published offer goes back to review, since its photos are part of what ROPS checked.
     */
    public void photosChanged(long offerId) {
        CatalogueAccess.Viewer viewer = access.viewer();
        CatalogueOfferRepository.Stored stored = lockWritable(offerId, viewer);
        if (stored.status() == OfferStatus.PUBLISHED) {
            move(stored, OfferStatus.IN_REVIEW, null, viewer);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public OfferView offer(long offerId) {
        OfferView offer = offers.find(offerId, today(), offers.categoriesByCode())
                .orElseThrow(() -> new NotFoundException("offer", offerId));
        if (isPublic(offer)) {
            return offer;
        }
        CatalogueAccess.Viewer viewer = access.viewer();
        if (!viewer.mayWrite(organisation(offer.organisationId()))) {
            throw new NotFoundException("offer", offerId);
        }
        return offer;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewEntry> history(long offerId) {
        CatalogueOfferRepository.Stored stored = offers.stored(offerId)
                .orElseThrow(() -> new NotFoundException("offer", offerId));
        if (!access.viewer().mayWrite(organisation(stored.organisationId()))) {
            throw new NotFoundException("offer", offerId);
        }
        return offers.history(offerId);
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<OfferSummary> offers(OfferQuery query, Paging paging) {
        CatalogueAccess.Viewer viewer = access.viewer();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        scope(viewer, conditions, params);
        if (query.status() != null) {
            conditions.add("o.status = :status");
            params.put("status", query.status().name());
        }
        if (query.organisationId() != null) {
            conditions.add("o.organisation_id = :organisationId");
            params.put("organisationId", query.organisationId());
        }
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("o.name_search like '%' || registry_search_text(:text) || '%'");
            params.put("text", query.text().strip().replace("%", "").replace("_", ""));
        }
        return page(conditions, params, "o.updated_at desc, o.id desc", paging);
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<OfferSummary> reviewQueue(Paging paging) {
        CatalogueAccess.Viewer viewer = access.viewer();
        if (!viewer.admin() && !viewer.caller().is(Role.OWES)) {
            throw new AccessDeniedException("only ROPS and OWES review offers");
        }
        List<String> conditions = new ArrayList<>(List.of("o.status = 'IN_REVIEW'"));
        Map<String, Object> params = new LinkedHashMap<>();
        scope(viewer, conditions, params);
        return page(conditions, params, "o.updated_at, o.id", paging);
    }

    @Override
    @Transactional(readOnly = true)
    public OfferSearchResult search(OfferSearch search) {
        return searchQuery.search(search, offers.categoriesByCode(), today(), LocaleContextHolder.getLocale());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfferSummary> publishedOf(long organisationId) {
        return jdbc.sql("select " + CatalogueOfferRepository.SUMMARY_COLUMNS + """
                 from catalogue_offer o
                where o.organisation_id = :organisationId and o.status = 'PUBLISHED' and o.organisation_active
                order by lower(o.name), o.id""")
                .param("organisationId", organisationId)
                .param("today", today())
                .query(CatalogueOfferRepository::summary).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Category> categories() {
        return offers.categories();
    }

    /** Adds one to today's count of a published offer: one atomic upsert, so instances never lose a view. */
    @Override
    public void recordView(long offerId) {
        jdbc.sql("""
                insert into catalogue_offer_views (offer_id, day, views)
                select o.id, :day, 1 from catalogue_offer o
                where o.id = :id and o.status = 'PUBLISHED' and o.organisation_active
                on conflict (offer_id, day) do update set views = catalogue_offer_views.views + 1""")
                .param("id", offerId)
                .param("day", today())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public long recentViews(long organisationId, int days) {
        if (!access.viewer().mayWrite(organisation(organisationId))) {
            throw new AccessDeniedException("not an offer writer of organisation " + organisationId);
        }
        return jdbc.sql("""
                select coalesce(sum(v.views), 0) from catalogue_offer_views v
                join catalogue_offer o on o.id = v.offer_id
                where o.organisation_id = :organisationId and v.day > :since""")
                .param("organisationId", organisationId)
                .param("since", today().minusDays(Math.max(days, 1)))
                .query(Long.class).single();
    }

    /** The register changed an organisation: its offers follow its name, place, status and PS status. */
    @EventListener
    void on(OrganisationChanged changed) {
        access.organisation(changed.id())
                .ifPresent(organisation -> offers.refreshOrganisation(organisation, organisationPlace(organisation)));
    }

    private OfferView move(CatalogueOfferRepository.Stored stored, OfferStatus status, String comment,
            CatalogueAccess.Viewer viewer) {
        OfferView before = view(stored.id());
        OffsetDateTime now = OffsetDateTime.now(clock);
        offers.setStatus(stored.id(), status, comment, now);
        offers.review(stored.id(), status, comment, viewer.userId(), now);
        OfferView after = view(stored.id());
        audit.updated(ENTITY, stored.id(), state(before), state(after));
        return after;
    }

    private static void requireStatus(CatalogueOfferRepository.Stored stored, String action, OfferStatus... allowed) {
        for (OfferStatus status : allowed) {
            if (stored.status() == status) {
                return;
            }
        }
        throw new ConflictException("catalogue.offer.transition." + action,
                "cannot " + action + " an offer that is " + stored.status(),
                new Object[0], Map.of("offerStatus", stored.status().name()));
    }

    private static ConflictException stale() {
        return new ConflictException("catalogue.offer.stale", "the offer was changed by someone else");
    }

    private OrganisationView writableOrganisation(OfferInput input, CatalogueAccess.Viewer viewer) {
        if (input.organisationId() == null) {
            throw InvalidInputException.of("organisationId", "catalogue.offer.organisation.required");
        }
        OrganisationView organisation = access.organisation(input.organisationId())
                .orElseThrow(() -> InvalidInputException.of("organisationId", "catalogue.offer.organisation.unknown"));
        viewer.requireWrite(organisation);
        if (!organisation.kind().isPes()) {
            throw InvalidInputException.of("organisationId", "catalogue.offer.organisation.notPes");
        }
        if (organisation.status() == OrganisationStatus.CLOSED) {
            throw InvalidInputException.of("organisationId", "catalogue.offer.organisation.closed");
        }
        return organisation;
    }

    /** The offer locked for a write by its writer: 404 when the caller may not see it, 403 when only see. */
    private CatalogueOfferRepository.Stored lockWritable(long offerId, CatalogueAccess.Viewer viewer) {
        CatalogueOfferRepository.Stored stored = offers.lock(offerId).orElseThrow(() -> new NotFoundException("offer", offerId));
        OrganisationView organisation = organisation(stored.organisationId());
        if (!viewer.mayWrite(organisation)) {
            if (stored.status() == OfferStatus.PUBLISHED) {
                throw new AccessDeniedException("not an offer writer of organisation " + organisation.id());
            }
            throw new NotFoundException("offer", offerId);
        }
        return stored;
    }

    private CatalogueOfferRepository.Stored lockReviewable(long offerId, CatalogueAccess.Viewer viewer) {
        CatalogueOfferRepository.Stored stored = offers.lock(offerId).orElseThrow(() -> new NotFoundException("offer", offerId));
        OrganisationView organisation = organisation(stored.organisationId());
        if (!viewer.mayReview(organisation)) {
            if (stored.status() != OfferStatus.PUBLISHED && !viewer.mayWrite(organisation)) {
                throw new NotFoundException("offer", offerId);
            }
            throw new AccessDeniedException("not a reviewer of organisation " + organisation.id());
        }
        return stored;
    }

    /** Lists are scoped: a PES its own offers, an OWES those of the PES it serves, ROPS all, others none. */
    private void scope(CatalogueAccess.Viewer viewer, List<String> conditions, Map<String, Object> params) {
        if (viewer.admin()) {
            return;
        }
        if (viewer.caller().pesId() != null) {
            conditions.add("o.organisation_id = :scopePes");
            params.put("scopePes", viewer.caller().pesId());
        } else if (viewer.caller().owesId() != null) {
            conditions.add("o.organisation_id in (select unnest(string_to_array(:scopeServed, ','))::bigint)");
            params.put("scopeServed", String.join(",",
                    access.servedBy(viewer.caller().owesId()).stream().map(String::valueOf).toList()));
        } else if (viewer.caller().is(Role.PES) || viewer.caller().is(Role.OWES)) {
            // an account whose organisation is closed or not set acts for nobody: it sees no offers
            conditions.add("false");
        } else {
            throw new AccessDeniedException("only PES, OWES and ROPS have offers");
        }
    }

    private PageOf<OfferSummary> page(List<String> conditions, Map<String, Object> params, String order,
            Paging paging) {
        String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from catalogue_offer o where " + where).params(params)
                .query(Long.class).single();
        List<OfferSummary> items = jdbc.sql("select " + CatalogueOfferRepository.SUMMARY_COLUMNS
                        + " from catalogue_offer o where " + where + " order by " + order
                        + " limit :limit offset :offset")
                .params(params)
                .param("today", today())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(CatalogueOfferRepository::summary).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    private boolean isPublic(OfferView offer) {
        return offer.status() == OfferStatus.PUBLISHED
                && organisation(offer.organisationId()).status() == OrganisationStatus.ACTIVE;
    }

    private OrganisationView organisation(long organisationId) {
        return access.organisation(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", organisationId));
    }

    private OfferView view(long offerId) {
        return offers.find(offerId, today(), offers.categoriesByCode()).orElseThrow();
    }

    /** The words of where the offer is and goes: the provider's town and gmina, the units it serves. */
    private String place(OrganisationView organisation, List<OfferArea> areas) {
        List<String> words = new ArrayList<>();
        words.add(organisationPlace(organisation));
        areas.forEach(area -> words.add(area.name()));
        return String.join(" ", words);
    }

    private String organisationPlace(OrganisationView organisation) {
        List<String> words = new ArrayList<>();
        Optional.ofNullable(organisation.town()).ifPresent(words::add);
        Optional.ofNullable(organisation.gminaTeryt()).flatMap(territory::find)
                .filter(gmina -> !gmina.name().equals(organisation.town()))
                .ifPresent(gmina -> words.add(gmina.name()));
        return String.join(" ", words);
    }

    private static OfferInput withOrganisation(OfferInput input, long organisationId) {
        return new OfferInput(organisationId, input.kind(), input.name(), input.categoryCode(), input.cpvCode(),
                input.description(), input.priceAmount(), input.priceUnit(), input.priceOnRequest(),
                input.minimumOrder(), input.areaScope(), input.areaTeryts(), input.leadTime(), input.contactRoute(),
                input.contactEmail(), input.contactPhone(), input.contactWebsite());
    }

    static Map<String, Object> state(OfferView offer) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisationId", offer.organisationId());
        state.put("kind", offer.kind());
        state.put("name", offer.name());
        state.put("category", offer.category() == null ? null : offer.category().code());
        state.put("cpvCode", offer.cpvCode());
        state.put("description", offer.description());
        state.put("priceAmount", offer.priceAmount());
        state.put("priceUnit", offer.priceUnit());
        state.put("priceOnRequest", offer.priceOnRequest());
        state.put("minimumOrder", offer.minimumOrder());
        state.put("areaScope", offer.areaScope());
        state.put("areas", offer.areas().stream().map(OfferArea::teryt).toList());
        state.put("leadTime", offer.leadTime());
        state.put("contactRoute", offer.contactRoute());
        // a contact address or phone may be a person's own
        state.put("contactEmail", Personal.of(offer.contactEmail()));
        state.put("contactPhone", Personal.of(offer.contactPhone()));
        state.put("contactWebsite", offer.contactWebsite());
        state.put("status", offer.status());
        state.put("reviewComment", offer.reviewComment() == null ? null
                : offer.reviewComment().substring(0, Math.min(offer.reviewComment().length(), REVIEW_COMMENT_SHOWN)));
        return state;
    }
}
