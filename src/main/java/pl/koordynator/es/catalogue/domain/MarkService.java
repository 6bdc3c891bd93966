package pl.koordynator.es.catalogue.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.catalogue.CatalogueMarks;
import pl.koordynator.es.catalogue.MarkApplicationInput;
import pl.koordynator.es.catalogue.MarkApplicationKind;
import pl.koordynator.es.catalogue.MarkApplicationStatus;
import pl.koordynator.es.catalogue.MarkApplicationView;
import pl.koordynator.es.catalogue.MarkBoardMember;
import pl.koordynator.es.catalogue.MarkCriterion;
import pl.koordynator.es.catalogue.MarkDecisionInput;
import pl.koordynator.es.catalogue.MarkOfferOption;
import pl.koordynator.es.catalogue.MarkRecommendationInput;
import pl.koordynator.es.catalogue.MarkRecommendationView;
import pl.koordynator.es.catalogue.MarkTally;
import pl.koordynator.es.catalogue.MarkView;
import pl.koordynator.es.catalogue.MarkVoteChoice;
import pl.koordynator.es.catalogue.MarkVoteInput;
import pl.koordynator.es.catalogue.MarkVoteView;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** The mark's applications, votes, decisions, licences and board; see {@link CatalogueMarks}. */
@Service
@Transactional
class MarkService implements CatalogueMarks {

    static final String APPLICATION_ENTITY = "CatalogueMarkApplication";
    static final String VOTE_ENTITY = "CatalogueMarkVote";
    static final String LICENCE_ENTITY = "CatalogueMarkLicence";
    static final String BOARD_ENTITY = "CatalogueMarkBoardMember";

    /** Where the register's knowledge of an organisation's age came from. */
    static final String SOCIAL_ENTERPRISE_STATUS = "SOCIAL_ENTERPRISE_STATUS";
    static final String REGISTER_ENTRY = "REGISTER_ENTRY";
    static final String DECLARED = "DECLARED";

    private static final int LONG_TEXT = 5000;

    private final JdbcClient jdbc;
    private final MarkAccess access;
    private final Organisations organisations;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    MarkService(JdbcClient jdbc, MarkAccess access, Organisations organisations, UserAccounts accounts,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.organisations = organisations;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- the public list

    @Override
    @Transactional(readOnly = true)
    public PageOf<MarkView> valid(Paging paging) {
        String where = """
                from catalogue_mark_licence l join catalogue_offer o on o.id = l.offer_id
                where l.revoked_on is null and l.valid_until >= :today and o.status = 'PUBLISHED'
                    and o.organisation_active""";
        long total = jdbc.sql("select count(*) " + where).param("today", today()).query(Long.class).single();
        List<MarkView> marks = jdbc.sql("select l.*, o.name as offer_name, o.organisation_name " + where
                + " order by l.granted_on desc, l.id desc limit :limit offset :offset").param("today", today())
                .param("limit", paging.size()).param("offset", paging.offset()).query(MarkService::mark).list();
        return new PageOf<>(marks, paging.page(), paging.size(), total);
    }

    private static MarkView mark(ResultSet rs, int n) throws SQLException {
        return new MarkView(rs.getLong("id"), rs.getString("licence_number"), rs.getLong("offer_id"),
                rs.getString("offer_name"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getObject("granted_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class));
    }

    @Override
    @Transactional(readOnly = true)
    public List<MarkView> expiringWithin(int days) {
        return jdbc.sql("""
                select l.*, o.name as offer_name, o.organisation_name
                from catalogue_mark_licence l join catalogue_offer o on o.id = l.offer_id
                where l.revoked_on is null and l.valid_until between :today and :until
                order by l.valid_until, l.id""").param("today", today()).param("until", today().plusDays(days))
                .query(MarkService::mark).list();
    }

    // --- applying

    private record Offer(long id, String name, long organisationId, String status) {
    }

    private record Licence(long id, long offerId, String number, LocalDate grantedOn, LocalDate validUntil,
            LocalDate revokedOn) {
    }

    private Optional<Offer> offer(long id) {
        return jdbc.sql("select id, name, organisation_id, status from catalogue_offer where id = :id")
                .param("id", id).query((rs, n) -> new Offer(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4))).optional();
    }

    private Optional<Licence> latestLicence(long offerId) {
        return jdbc.sql("""
                select * from catalogue_mark_licence where offer_id = :offer
                order by valid_until desc, id desc limit 1""").param("offer", offerId).query(MarkService::licence)
                .optional();
    }

    private static Licence licence(ResultSet rs, int n) throws SQLException {
        return new Licence(rs.getLong("id"), rs.getLong("offer_id"), rs.getString("licence_number"),
                rs.getObject("granted_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getObject("revoked_on", LocalDate.class));
    }

    @Override
    public MarkApplicationView apply(MarkApplicationInput input) {
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
        Optional<Licence> latest = latestLicence(offer.id());
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
        Activity activity = activity(organisation, input, today, problems);
        String socialAims = text(input.socialAims(), "socialAims", LONG_TEXT, true, problems);
        String socialAimsEvidence = text(input.socialAimsEvidence(), "socialAimsEvidence", LONG_TEXT, false, problems);
        String revenueEvidence = text(input.revenueEvidence(), "revenueEvidence", LONG_TEXT, true, problems);
        revenue(input, today, problems);
        List<MarkRecommendationInput> recommendations = recommendations(input.recommendations(), problems);
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
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("offerId", offer.id());
        state.put("organisationId", organisation.id());
        state.put("kind", kind.name());
        state.put("status", MarkApplicationStatus.SUBMITTED.name());
        state.put("ownRevenue", input.ownRevenue());
        state.put("totalRevenue", input.totalRevenue());
        state.put("revenueYear", input.revenueYear());
        state.put("activityBasis", activity.basis());
        for (int i = 0; i < recommendations.size(); i++) {
            state.put("recommendation" + (i + 1) + ".name", Personal.of(recommendations.get(i).name()));
            state.put("recommendation" + (i + 1) + ".email", Personal.of(recommendations.get(i).email()));
            state.put("recommendation" + (i + 1) + ".organisation", recommendations.get(i).organisation());
        }
        audit.created(APPLICATION_ENTITY, id, state);
        return view(id);
    }

    private record Activity(LocalDate since, String basis, String evidence) {
    }

    /**
     * The register keeps no founding date. It knows two dates by which the organisation certainly
     * existed: the voivode's social enterprise status (a PS must have been active before it) and
     * the day the organisation entered the register; the earlier is the best it can say. When that
     * is 6 months ago or more the register decides; otherwise it cannot tell (the register may be
     * younger than the organisation) and the applicant declares the date with evidence.
     */
    private Activity activity(OrganisationView organisation, MarkApplicationInput input, LocalDate today,
            List<FieldProblem> problems) {
        LocalDate entered = organisation.createdAt() == null ? null
                : organisation.createdAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        LocalDate status = organisation.socialEnterpriseSince();
        if (status != null && MarkRules.activityMet(status, today)
                && (entered == null || !status.isAfter(entered))) {
            return new Activity(status, SOCIAL_ENTERPRISE_STATUS, null);
        }
        if (entered != null && MarkRules.activityMet(entered, today)) {
            return new Activity(entered, REGISTER_ENTRY, null);
        }
        if (status != null && MarkRules.activityMet(status, today)) {
            return new Activity(status, SOCIAL_ENTERPRISE_STATUS, null);
        }
        String evidence = text(input.activityEvidence(), "activityEvidence", LONG_TEXT, true, problems);
        if (input.activitySince() == null) {
            problems.add(new FieldProblem("activitySince", "catalogue.mark.activity.required"));
        } else if (input.activitySince().isAfter(today)) {
            problems.add(new FieldProblem("activitySince", "catalogue.mark.activity.future"));
        } else if (!MarkRules.activityMet(input.activitySince(), today)) {
            problems.add(new FieldProblem("activitySince", "catalogue.mark.activity.tooShort",
                    new Object[] {MarkRules.ACTIVITY_MONTHS}));
        }
        return new Activity(input.activitySince(), DECLARED, evidence);
    }

    private static void revenue(MarkApplicationInput input, LocalDate today, List<FieldProblem> problems) {
        BigDecimal own = input.ownRevenue();
        BigDecimal total = input.totalRevenue();
        if (own == null) {
            problems.add(new FieldProblem("ownRevenue", "catalogue.mark.revenue.required"));
        } else if (own.signum() < 0 || own.precision() - own.scale() > 12) {
            problems.add(new FieldProblem("ownRevenue", "catalogue.mark.revenue.invalid"));
        }
        if (total == null) {
            problems.add(new FieldProblem("totalRevenue", "catalogue.mark.revenue.required"));
        } else if (total.signum() <= 0 || total.precision() - total.scale() > 12) {
            problems.add(new FieldProblem("totalRevenue", "catalogue.mark.revenue.invalid"));
        }
        if (input.revenueYear() == null) {
            problems.add(new FieldProblem("revenueYear", "catalogue.mark.revenueYear.required"));
        } else if (input.revenueYear() > today.getYear() || input.revenueYear() < today.getYear() - 3) {
            problems.add(new FieldProblem("revenueYear", "catalogue.mark.revenueYear.invalid"));
        }
        if (own != null && total != null && own.signum() >= 0 && total.signum() > 0) {
            if (own.compareTo(total) > 0) {
                problems.add(new FieldProblem("ownRevenue", "catalogue.mark.revenue.moreThanTotal"));
            } else {
                BigDecimal share = MarkRules.ownRevenueShare(own, total);
                if (!MarkRules.ownRevenueMet(share)) {
                    problems.add(new FieldProblem("ownRevenue", "catalogue.mark.revenue.tooLow",
                            new Object[] {share, MarkRules.MIN_OWN_REVENUE_PERCENT}));
                }
            }
        }
    }

    private static List<MarkRecommendationInput> recommendations(List<MarkRecommendationInput> given,
            List<FieldProblem> problems) {
        if (given == null || given.size() != 2) {
            problems.add(new FieldProblem("recommendations", "catalogue.mark.recommendations.two"));
            return List.of();
        }
        List<MarkRecommendationInput> cleaned = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            MarkRecommendationInput one = given.get(i) == null
                    ? new MarkRecommendationInput(null, null, null, null) : given.get(i);
            String prefix = "recommendations[" + i + "].";
            String name = text(one.name(), prefix + "name", 200, true, problems);
            String organisation = text(one.organisation(), prefix + "organisation", 300, true, problems);
            String text = text(one.text(), prefix + "text", LONG_TEXT, true, problems);
            String email = text(one.email(), prefix + "email", 254, false, problems);
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}")) {
                problems.add(new FieldProblem(prefix + "email", "catalogue.mark.recommendation.email.invalid"));
            }
            cleaned.add(new MarkRecommendationInput(name, email, organisation, text));
        }
        return cleaned;
    }

    private static String text(String value, String field, int longest, boolean required, List<FieldProblem> problems) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "catalogue.mark.field.required"));
            }
            return null;
        }
        if (stripped.length() > longest) {
            problems.add(new FieldProblem(field, "catalogue.mark.field.tooLong", new Object[] {longest}));
        }
        return stripped;
    }

    // --- reading

    private record Row(long id, long offerId, String offerName, long organisationId, String organisationName,
            MarkApplicationKind kind, Long previousLicenceId, MarkApplicationStatus status, String socialAims,
            String socialAimsEvidence, BigDecimal ownRevenue, BigDecimal totalRevenue, int revenueYear,
            String revenueEvidence, String pesKind, boolean legalFormMet, LocalDate activitySince,
            String activityBasis, String activityEvidence, OffsetDateTime submittedAt, LocalDate decidedOn,
            String decisionReason, String decidedBy, Long licenceId, String licenceNumber, LocalDate validUntil,
            int version) {
    }

    private static final String ROWS = """
            select a.*, o.name as offer_name, o.organisation_name, l.licence_number, l.valid_until
            from catalogue_mark_application a join catalogue_offer o on o.id = a.offer_id
                left join catalogue_mark_licence l on l.id = a.licence_id""";

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("offer_id"), rs.getString("offer_name"),
                rs.getLong("organisation_id"), rs.getString("organisation_name"),
                MarkApplicationKind.valueOf(rs.getString("kind")), (Long) rs.getObject("previous_licence_id"),
                MarkApplicationStatus.valueOf(rs.getString("status")), rs.getString("social_aims"),
                rs.getString("social_aims_evidence"), rs.getBigDecimal("own_revenue"),
                rs.getBigDecimal("total_revenue"), rs.getInt("revenue_year"), rs.getString("revenue_evidence"),
                rs.getString("pes_kind"), rs.getBoolean("legal_form_met"),
                rs.getObject("activity_since", LocalDate.class), rs.getString("activity_basis"),
                rs.getString("activity_evidence"), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decision_reason"),
                rs.getString("decided_by"), (Long) rs.getObject("licence_id"), rs.getString("licence_number"),
                rs.getObject("valid_until", LocalDate.class), rs.getInt("version"));
    }

    private Row loadRow(long id) {
        return jdbc.sql(ROWS + " where a.id = :id").param("id", id).query(MarkService::row).optional()
                .orElseThrow(() -> new NotFoundException("mark application", id));
    }

    /** Whether the caller may read the application: the board, or its applicant. */
    private boolean mayRead(Row row) {
        if (access.onBoard()) {
            return true;
        }
        Caller caller = access.caller();
        if (caller.pesId() != null) {
            return caller.pesId() == row.organisationId();
        }
        if (caller.owesId() != null) {
            return organisations.find(row.organisationId()).map(access::actsFor).orElse(false);
        }
        return false;
    }

    private MarkApplicationView view(long id) {
        return views(List.of(loadRow(id))).get(0);
    }

    private List<MarkApplicationView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<MarkRecommendationView>> recommendations = new LinkedHashMap<>();
        jdbc.sql("""
                select * from catalogue_mark_recommendation where application_id in (:ids)
                order by application_id, position""").param("ids", ids).query((rs, n) -> {
                    recommendations.computeIfAbsent(rs.getLong("application_id"), k -> new ArrayList<>())
                            .add(new MarkRecommendationView(rs.getInt("position"), rs.getString("recommender_name"),
                                    rs.getString("organisation"), rs.getString("text")));
                    return null;
                }).list();
        Map<Long, List<MarkVoteView>> votes = votes(ids);
        Long me = access.caller().signedIn().map(user -> user.id()).orElse(null);
        return rows.stream().map(row -> {
            List<MarkVoteView> cast = votes.getOrDefault(row.id(), List.of());
            MarkTally tally = tally(cast);
            MarkVoteChoice mine = cast.stream().filter(vote -> me != null && vote.userId() == me)
                    .map(MarkVoteView::choice).findFirst().orElse(null);
            BigDecimal share = MarkRules.ownRevenueShare(row.ownRevenue(), row.totalRevenue());
            List<MarkCriterion> criteria = List.of(
                    new MarkCriterion("LEGAL_FORM", row.legalFormMet(), true, row.pesKind()),
                    new MarkCriterion("ACTIVITY", true, !DECLARED.equals(row.activityBasis()),
                            row.activityBasis() + (row.activitySince() == null ? "" : " " + row.activitySince())),
                    new MarkCriterion("SOCIAL_AIMS", true, false, null),
                    new MarkCriterion("OWN_REVENUE", MarkRules.ownRevenueMet(share), false,
                            share.toPlainString() + " % (" + row.revenueYear() + ")"));
            return new MarkApplicationView(row.id(), row.offerId(), row.offerName(), row.organisationId(),
                    row.organisationName(), row.kind(), row.previousLicenceId(), row.status(), row.socialAims(),
                    row.socialAimsEvidence(), row.ownRevenue(), row.totalRevenue(), share, row.revenueYear(),
                    row.revenueEvidence(), criteria, recommendations.getOrDefault(row.id(), List.of()), cast, tally,
                    mine, row.submittedAt(), row.decidedOn(), row.decisionReason(), row.decidedBy(),
                    row.licenceId(), row.licenceNumber(), row.validUntil(), row.version());
        }).toList();
    }

    private Map<Long, List<MarkVoteView>> votes(Collection<Long> applicationIds) {
        Map<Long, List<MarkVoteView>> votes = new LinkedHashMap<>();
        jdbc.sql("select * from catalogue_mark_vote where application_id in (:ids) order by application_id, cast_at, id")
                .param("ids", applicationIds).query((rs, n) -> {
                    votes.computeIfAbsent(rs.getLong("application_id"), k -> new ArrayList<>())
                            .add(new MarkVoteView(rs.getLong("user_id"), rs.getString("username"),
                                    MarkVoteChoice.valueOf(rs.getString("choice")), rs.getString("comment"),
                                    rs.getObject("cast_at", OffsetDateTime.class)));
                    return null;
                }).list();
        return votes;
    }

    private static MarkTally tally(List<MarkVoteView> votes) {
        int forVotes = (int) votes.stream().filter(v -> v.choice() == MarkVoteChoice.FOR).count();
        int against = (int) votes.stream().filter(v -> v.choice() == MarkVoteChoice.AGAINST).count();
        int abstain = (int) votes.stream().filter(v -> v.choice() == MarkVoteChoice.ABSTAIN).count();
        return new MarkTally(forVotes, against, abstain, MarkRules.grantable(forVotes, against));
    }

    @Override
    @Transactional(readOnly = true)
    public MarkApplicationView application(long id) {
        Row row = loadRow(id);
        if (!mayRead(row)) {
            throw new NotFoundException("mark application", id);
        }
        return views(List.of(row)).get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<MarkApplicationView> applications(MarkApplicationStatus status, Paging paging) {
        Caller caller = access.caller();
        String scope;
        List<Long> organisationIds = List.of();
        if (access.onBoard()) {
            scope = "true";
        } else if (caller.pesId() != null) {
            scope = "a.organisation_id in (:organisations)";
            organisationIds = List.of(caller.pesId());
        } else if (caller.owesId() != null) {
            scope = "a.organisation_id in (:organisations)";
            organisationIds = organisations.activePesServedBy(caller.owesId()).stream().map(OrganisationView::id)
                    .toList();
        } else {
            return new PageOf<>(List.of(), paging.page(), paging.size(), 0);
        }
        if (!"true".equals(scope) && organisationIds.isEmpty()) {
            return new PageOf<>(List.of(), paging.page(), paging.size(), 0);
        }
        String where = " where " + scope + (status == null ? "" : " and a.status = :status");
        var count = jdbc.sql("select count(*) from catalogue_mark_application a" + where);
        var list = jdbc.sql(ROWS + where + " order by a.submitted_at desc nulls last, a.id desc limit :limit offset :offset");
        if (!organisationIds.isEmpty()) {
            count = count.param("organisations", organisationIds);
            list = list.param("organisations", organisationIds);
        }
        if (status != null) {
            count = count.param("status", status.name());
            list = list.param("status", status.name());
        }
        long total = count.query(Long.class).single();
        List<Row> rows = list.param("limit", paging.size()).param("offset", paging.offset()).query(MarkService::row)
                .list();
        return new PageOf<>(views(rows), paging.page(), paging.size(), total);
    }

    @Override
    @Transactional(readOnly = true)
    public MarkApplicationView boardApplication(long id) {
        access.requireBoard();
        return view(id);
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<MarkApplicationView> boardQueue(MarkApplicationStatus status, Paging paging) {
        access.requireBoard();
        return applications(status, paging);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MarkOfferOption> offersToApplyFor() {
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

    @Override
    @Transactional(readOnly = true)
    public List<MarkApplicationView> awaitingMyVote() {
        if (!access.onBoard()) {
            return List.of();
        }
        long me = access.caller().user().id();
        List<Row> rows = jdbc.sql(ROWS + """
                 where a.status = 'SUBMITTED' and not exists (select 1 from catalogue_mark_vote v
                    where v.application_id = a.id and v.user_id = :me)
                order by a.submitted_at, a.id limit 50""").param("me", me).query(MarkService::row).list();
        return views(rows);
    }

    // --- the board's vote and ROPS's decision

    @Override
    public MarkApplicationView vote(long applicationId, MarkVoteInput vote) {
        access.requireBoard();
        Row row = loadRow(applicationId);
        if (vote == null || vote.choice() == null) {
            throw InvalidInputException.of("choice", "catalogue.mark.vote.choice.required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String comment = text(vote.comment(), "comment", 2000, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (row.status() != MarkApplicationStatus.SUBMITTED) {
            throw new ConflictException("catalogue.mark.vote.closed", "the application is not awaiting votes");
        }
        var user = access.caller().user();
        // the unique (application, user) key decides between two votes sent at once
        int inserted = jdbc.sql("""
                insert into catalogue_mark_vote (application_id, user_id, username, choice, comment, cast_at)
                values (:application, :user, :username, :choice, :comment, :now)
                on conflict (application_id, user_id) do nothing""").param("application", applicationId)
                .param("user", user.id()).param("username", user.username()).param("choice", vote.choice().name())
                .param("comment", comment).param("now", OffsetDateTime.now(clock)).update();
        if (inserted == 0) {
            throw new ConflictException("catalogue.mark.vote.twice", "the board member has voted on this application");
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("applicationId", applicationId);
        state.put("choice", vote.choice().name());
        state.put("comment", comment);
        audit.created(VOTE_ENTITY, applicationId + "/" + user.id(), state);
        return view(applicationId);
    }

    @Override
    public MarkApplicationView decide(long applicationId, MarkDecisionInput decision) {
        access.requireAdmin("decides on the mark");
        Row row = loadRow(applicationId);
        if (decision == null || decision.grant() == null) {
            throw InvalidInputException.of("grant", "catalogue.mark.decision.grant.required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String reason = text(decision.reason(), "reason", LONG_TEXT, !decision.grant(), problems);
        LocalDate decidedOn = decision.decidedOn() == null ? today() : decision.decidedOn();
        if (decidedOn.isAfter(today())) {
            problems.add(new FieldProblem("decidedOn", "catalogue.mark.decision.future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // the row lock makes two decisions on one application wait for each other
        String status = jdbc.sql("select status from catalogue_mark_application where id = :id for update")
                .param("id", applicationId).query(String.class).single();
        if (!MarkApplicationStatus.SUBMITTED.name().equals(status)) {
            throw new ConflictException("catalogue.mark.decision.closed", "the application is decided or withdrawn");
        }
        MarkTally tally = tally(votes(List.of(applicationId)).getOrDefault(applicationId, List.of()));
        if (decision.grant() && !tally.grantable()) {
            throw new ConflictException("catalogue.mark.decision.noMajority", "the board did not vote for",
                    new Object[] {tally.forVotes(), tally.against()}, Map.of());
        }
        Long licenceId = null;
        if (decision.grant()) {
            licenceId = grantLicence(row, decidedOn);
        }
        String by = access.username();
        jdbc.sql("""
                update catalogue_mark_application set status = :status, decided_on = :on, decision_reason = :reason,
                    decided_by = :by, votes_for = :for, votes_against = :against, votes_abstain = :abstain,
                    licence_id = :licence, version = version + 1
                where id = :id""")
                .param("status", decision.grant() ? "GRANTED" : "REFUSED").param("on", decidedOn)
                .param("reason", reason).param("by", by).param("for", tally.forVotes())
                .param("against", tally.against()).param("abstain", tally.abstain()).param("licence", licenceId)
                .param("id", applicationId).update();
        Map<String, Object> before = Map.of("status", row.status().name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", decision.grant() ? "GRANTED" : "REFUSED");
        after.put("decidedOn", decidedOn);
        after.put("reason", reason);
        after.put("votes", tally.forVotes() + "/" + tally.against() + "/" + tally.abstain());
        audit.updated(APPLICATION_ENTITY, applicationId, before, after);
        return view(applicationId);
    }

    private long grantLicence(Row row, LocalDate decidedOn) {
        LocalDate previousEnd = null;
        if (row.previousLicenceId() != null) {
            previousEnd = jdbc.sql("select valid_until from catalogue_mark_licence where id = :id and revoked_on is null")
                    .param("id", row.previousLicenceId()).query(LocalDate.class).optional().orElse(null);
        }
        LocalDate validUntil = MarkRules.validUntil(decidedOn, previousEnd);
        int year = decidedOn.getYear();
        // one upsert counts the year's licences: two decisions at once get two numbers, never one
        int number = jdbc.sql("""
                insert into catalogue_mark_licence_counter (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = catalogue_mark_licence_counter.last_number + 1
                returning last_number""").param("year", year).query(Integer.class).single();
        String licenceNumber = MarkRules.licenceNumber(year, number);
        long licenceId = jdbc.sql("""
                insert into catalogue_mark_licence (offer_id, organisation_id, licence_number, granted_on, valid_until,
                    application_id)
                values (:offer, :organisation, :number, :on, :until, :application) returning id""")
                .param("offer", row.offerId()).param("organisation", row.organisationId())
                .param("number", licenceNumber).param("on", decidedOn).param("until", validUntil)
                .param("application", row.id()).query(Long.class).single();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("offerId", row.offerId());
        state.put("licenceNumber", licenceNumber);
        state.put("grantedOn", decidedOn);
        state.put("validUntil", validUntil);
        state.put("applicationId", row.id());
        audit.created(LICENCE_ENTITY, licenceId, state);
        return licenceId;
    }

    @Override
    public MarkApplicationView withdraw(long applicationId) {
        Row row = loadRow(applicationId);
        OrganisationView organisation = organisations.find(row.organisationId())
                .orElseThrow(() -> new NotFoundException("mark application", applicationId));
        access.requireApplicant(organisation);
        int changed = jdbc.sql("""
                update catalogue_mark_application set status = 'WITHDRAWN', version = version + 1
                where id = :id and status in ('DRAFT', 'SUBMITTED')""").param("id", applicationId).update();
        if (changed == 0) {
            throw new ConflictException("catalogue.mark.withdraw.closed", "the application is decided already");
        }
        audit.updated(APPLICATION_ENTITY, applicationId, Map.of("status", row.status().name()),
                Map.of("status", "WITHDRAWN"));
        return view(applicationId);
    }

    @Override
    public void revoke(long licenceId, String reason) {
        access.requireAdmin("revokes a mark");
        List<FieldProblem> problems = new ArrayList<>();
        String stripped = text(reason, "reason", LONG_TEXT, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("select id from catalogue_mark_licence where id = :id").param("id", licenceId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("mark licence", licenceId));
        int changed = jdbc.sql("update catalogue_mark_licence set revoked_on = :today where id = :id and revoked_on is null")
                .param("today", today()).param("id", licenceId).update();
        if (changed == 0) {
            throw new ConflictException("catalogue.mark.revoke.already", "the licence is revoked already");
        }
        audit.updated(LICENCE_ENTITY, licenceId, Map.of("revokedOn", ""),
                Map.of("revokedOn", today(), "revocationReason", stripped));
    }

    // --- the board

    @Override
    @Transactional(readOnly = true)
    public boolean onBoard() {
        return access.onBoard();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MarkBoardMember> board() {
        access.requireAdmin("reads the board");
        // a few people: their names come from the accounts, never from the security module's table
        return jdbc.sql("select user_id, added_at from catalogue_mark_board_member order by added_at, id")
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    OffsetDateTime added = rs.getObject(2, OffsetDateTime.class);
                    return accounts.find(id).map(user -> new MarkBoardMember(id, user.username(), user.displayName(),
                            added)).orElse(new MarkBoardMember(id, "#" + id, null, added));
                }).list();
    }

    @Override
    public MarkBoardMember addBoardMember(String username) {
        access.requireAdmin("names the board");
        if (username == null || username.isBlank()) {
            throw InvalidInputException.of("username", "catalogue.mark.field.required");
        }
        UserView user = accounts.findByUsername(username.strip())
                .orElseThrow(() -> InvalidInputException.of("username", "catalogue.mark.board.unknownUser"));
        int added = jdbc.sql("""
                insert into catalogue_mark_board_member (user_id, added_by, added_at) values (:user, :by, :now)
                on conflict (user_id) do nothing""").param("user", user.id()).param("by", access.username())
                .param("now", OffsetDateTime.now(clock)).update();
        if (added == 0) {
            throw new ConflictException("catalogue.mark.board.already", "the user is on the board already");
        }
        audit.created(BOARD_ENTITY, user.id(), Map.of("userId", user.id()));
        return new MarkBoardMember(user.id(), user.username(), user.displayName(), OffsetDateTime.now(clock));
    }

    @Override
    public void removeBoardMember(long userId) {
        access.requireAdmin("names the board");
        int removed = jdbc.sql("delete from catalogue_mark_board_member where user_id = :user").param("user", userId)
                .update();
        if (removed == 0) {
            throw new NotFoundException("board member", userId);
        }
        audit.deleted(BOARD_ENTITY, userId, Map.of("userId", userId));
    }
}
