package pl.koordynator.es.catalogue.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.catalogue.MarkApplicationInput;
import pl.koordynator.es.catalogue.MarkApplicationKind;
import pl.koordynator.es.catalogue.MarkApplicationStatus;
import pl.koordynator.es.catalogue.MarkApplicationView;
import pl.koordynator.es.catalogue.MarkEvidenceFile;
import pl.koordynator.es.catalogue.MarkOfferOption;
import pl.koordynator.es.catalogue.MarkRecommendationInput;
import pl.koordynator.es.catalogue.domain.MarkApplicationReader.Row;
import pl.koordynator.es.catalogue.domain.MarkCriteria.Activity;
import pl.koordynator.es.catalogue.domain.MarkLicences.Licence;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;

/**
 * A PES (or its OWES) applying: the offers it may apply for, a new or renewal application with
 * the register's criteria taken as they are at submission and the declared ones checked, its
 * reading and its withdrawal while open.
 */
@Component
class MarkApplications {

    private record Offer(long id, String name, long organisationId, String status) {
    }

    private final JdbcClient jdbc;
    private final MarkAccess access;
    private final MarkApplicationReader reader;
    private final MarkLicences licences;
    private final MarkEvidence evidence;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    MarkApplications(JdbcClient jdbc, MarkAccess access, MarkApplicationReader reader, MarkLicences licences,
            MarkEvidence evidence, Organisations organisations, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.reader = reader;
        this.licences = licences;
        this.evidence = evidence;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Optional<Offer> offer(long id) {
        return jdbc.sql("select id, name, organisation_id, status from catalogue_offer where id = :id")
                .param("id", id).query((rs, n) -> new Offer(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4))).optional();
    }

    /** {@code file} null or empty: no evidence. */
    MarkApplicationView apply(MarkApplicationInput input, MarkEvidenceFile file) {
        if (input == null || input.offerId() == null) {
            throw InvalidInputException.of("offerId", "catalogue.mark.offer.required");
        }
        Offer offer = offer(input.offerId()).orElseThrow(() -> new NotFoundException("offer", input.offerId()));
        OrganisationView organisation = organisations.find(offer.organisationId())
                .orElseThrow(() -> new NotFoundException("organisation", offer.organisationId()));
        access.requireApplicant(organisation);
        if (!"PUBLISHED".equals(offer.status())) {
            throw InvalidInputException.of("offerId", "catalogue.mark.offer.notPublished");
        }
        LocalDate today = today();
        MarkApplicationKind kind = input.kind() == null ? MarkApplicationKind.NEW : input.kind();
        Optional<Licence> latest = licences.latestLicence(offer.id());
        Long previousLicence = null;
        if (kind == MarkApplicationKind.RENEWAL) {
            Licence licence = latest.filter(l -> MarkRules.renewable(l.validUntil(), l.revokedOn(), today))
                    .orElseThrow(() -> InvalidInputException.of("kind", "catalogue.mark.renewal.noLicence",
                            MarkRules.RENEWAL_GRACE_DAYS));
            previousLicence = licence.id();
        } else if (latest.filter(l -> l.revokedOn() == null && !l.validUntil().isBefore(today)).isPresent()) {
            throw InvalidInputException.of("kind", "catalogue.mark.alreadyMarked", latest.get().number());
        }

        List<FieldProblem> problems = new ArrayList<>();
        boolean legalForm = organisation.kind() != null && organisation.kind().isPes();
        if (!legalForm) {
            problems.add(new FieldProblem("offerId", "catalogue.mark.legalForm.notPes"));
        }
        Activity activity = MarkCriteria.activity(organisation, input, today, clock.getZone(), problems);
        int longest = MarkCriteria.LONG_TEXT;
        String socialAims = MarkCriteria.text(input.socialAims(), "socialAims", longest, true, problems);
        String socialAimsEvidence = MarkCriteria.text(input.socialAimsEvidence(), "socialAimsEvidence", longest, false,
                problems);
        String revenueEvidence = MarkCriteria.text(input.revenueEvidence(), "revenueEvidence", longest, true, problems);
        MarkCriteria.revenue(input, today, problems);
        List<MarkRecommendationInput> recommendations = MarkCriteria.recommendations(input.recommendations(), problems);
        String evidenceName = file != null && file.given() ? evidence.checked(file, problems) : null;
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        OffsetDateTime now = OffsetDateTime.now(clock);
        long id;
        try {
            id = jdbc.sql("""
                    insert into catalogue_mark_application (offer_id, organisation_id, kind, previous_licence_id,
                        status, social_aims, social_aims_evidence, own_revenue, total_revenue, revenue_year,
                        revenue_evidence, pes_kind, legal_form_met, activity_since, activity_basis, activity_met,
                        activity_evidence, submitted_at, submitted_by, created_by)
                    values (:offer, :organisation, :kind, :previous, 'SUBMITTED', :aims, :aimsEvidence, :own, :total,
                        :year, :revenueEvidence, :pesKind, :legalForm, :since, :basis, :activityMet,
                        :activityEvidence, :now, :by, :by)
                    returning id""").param("offer", offer.id()).param("organisation", organisation.id())
                    .param("kind", kind.name()).param("previous", previousLicence).param("aims", socialAims)
                    .param("aimsEvidence", socialAimsEvidence).param("own", input.ownRevenue())
                    .param("total", input.totalRevenue()).param("year", input.revenueYear())
                    .param("revenueEvidence", revenueEvidence).param("pesKind", organisation.kind().name())
                    .param("legalForm", legalForm).param("since", activity.since()).param("basis", activity.basis())
                    .param("activityMet", true).param("activityEvidence", activity.evidence()).param("now", now)
                    .param("by", access.username()).query(Long.class).single();
        } catch (DuplicateKeyException openAlready) {
            throw new ConflictException("catalogue.mark.open.exists", "an application for this offer is open already");
        }
        for (int i = 0; i < recommendations.size(); i++) {
            MarkRecommendationInput recommendation = recommendations.get(i);
            jdbc.sql("""
                    insert into catalogue_mark_recommendation (application_id, position, recommender_name,
                        recommender_email, organisation, text)
                    values (:application, :position, :name, :email, :organisation, :text)""")
                    .param("application", id).param("position", i + 1).param("name", recommendation.name())
                    .param("email", recommendation.email()).param("organisation", recommendation.organisation())
                    .param("text", recommendation.text()).update();
        }
        if (evidenceName != null) {
            evidence.store(id, evidenceName, file.content());
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("offerId", offer.id());
        state.put("organisationId", organisation.id());
        state.put("kind", kind.name());
        state.put("status", MarkApplicationStatus.SUBMITTED.name());
        state.put("ownRevenue", input.ownRevenue());
        state.put("totalRevenue", input.totalRevenue());
        state.put("revenueYear", input.revenueYear());
        state.put("activityBasis", activity.basis());
        if (evidenceName != null) {
            state.put("evidence", evidenceName);
        }
        for (int i = 0; i < recommendations.size(); i++) {
            state.put("recommendation" + (i + 1) + ".name", Personal.of(recommendations.get(i).name()));
            state.put("recommendation" + (i + 1) + ".email", Personal.of(recommendations.get(i).email()));
            state.put("recommendation" + (i + 1) + ".organisation", recommendations.get(i).organisation());
        }
        audit.created(MarkService.APPLICATION_ENTITY, id, state);
        return reader.view(id);
    }

    MarkApplicationView application(long id) {
        Row row = reader.loadRow(id);
        if (!reader.mayRead(row)) {
            throw new NotFoundException("mark application", id);
        }
        return reader.views(List.of(row)).get(0);
    }

    List<MarkOfferOption> offersToApplyFor() {
        Caller caller = access.caller();
        List<Long> organisationIds = caller.pesId() != null ? List.of(caller.pesId())
                : caller.owesId() != null ? organisations.activePesServedBy(caller.owesId()).stream()
                        .map(OrganisationView::id).toList() : List.of();
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return jdbc.sql("""
                select o.id, o.name, o.organisation_name, l.licence_number, l.valid_until, l.revoked_on,
                    exists (select 1 from catalogue_mark_application a where a.offer_id = o.id
                        and a.status in ('DRAFT', 'SUBMITTED')) as open_application
                from catalogue_offer o
                    left join lateral (select * from catalogue_mark_licence x where x.offer_id = o.id
                        order by x.valid_until desc, x.id desc limit 1) l on true
                where o.status = 'PUBLISHED' and o.organisation_id in (:organisations)
                order by o.organisation_name, o.name, o.id limit 500""").param("organisations", organisationIds)
                .query((rs, n) -> {
                    LocalDate validUntil = rs.getObject("valid_until", LocalDate.class);
                    LocalDate revokedOn = rs.getObject("revoked_on", LocalDate.class);
                    boolean marked = validUntil != null && revokedOn == null && !validUntil.isBefore(today);
                    boolean renewable = validUntil != null && MarkRules.renewable(validUntil, revokedOn, today);
                    return new MarkOfferOption(rs.getLong("id"), rs.getString("name"),
                            rs.getString("organisation_name"), rs.getString("licence_number"), validUntil, marked,
                            renewable, rs.getBoolean("open_application"));
                }).list();
    }

    MarkApplicationView withdraw(long applicationId) {
        Row row = reader.loadRow(applicationId);
        OrganisationView organisation = organisations.find(row.organisationId())
                .orElseThrow(() -> new NotFoundException("mark application", applicationId));
        access.requireApplicant(organisation);
        int changed = jdbc.sql("""
                update catalogue_mark_application set status = 'WITHDRAWN', version = version + 1
                where id = :id and status in ('DRAFT', 'SUBMITTED')""").param("id", applicationId).update();
        if (changed == 0) {
            throw new ConflictException("catalogue.mark.withdraw.closed", "the application is decided already");
        }
        audit.updated(MarkService.APPLICATION_ENTITY, applicationId, Map.of("status", row.status().name()),
                Map.of("status", "WITHDRAWN"));
        return reader.view(applicationId);
    }
}
