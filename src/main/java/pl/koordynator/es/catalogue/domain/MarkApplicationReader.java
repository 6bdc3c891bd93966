package pl.koordynator.es.catalogue.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.catalogue.MarkApplicationKind;
import pl.koordynator.es.catalogue.MarkApplicationStatus;
import pl.koordynator.es.catalogue.MarkApplicationView;
import pl.koordynator.es.catalogue.MarkCriterion;
import pl.koordynator.es.catalogue.MarkRecommendationView;
import pl.koordynator.es.catalogue.MarkTally;
import pl.koordynator.es.catalogue.MarkVoteChoice;
import pl.koordynator.es.catalogue.MarkVoteView;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Applications as their readers see them: a row with its recommendations, the board's votes and
 * tally and the criteria, read for a page of applications in three queries whatever its size; and
 * who may read one (the board, or its applicant).
 */
@Component
class MarkApplicationReader {

    private final JdbcClient jdbc;
    private final MarkAccess access;
    private final Organisations organisations;

    MarkApplicationReader(JdbcClient jdbc, MarkAccess access, Organisations organisations) {
        this.jdbc = jdbc;
        this.access = access;
        this.organisations = organisations;
    }

    record Row(long id, long offerId, String offerName, long organisationId, String organisationName,
            MarkApplicationKind kind, Long previousLicenceId, MarkApplicationStatus status, String socialAims,
            String socialAimsEvidence, BigDecimal ownRevenue, BigDecimal totalRevenue, int revenueYear,
            String revenueEvidence, String pesKind, boolean legalFormMet, LocalDate activitySince,
            String activityBasis, String activityEvidence, OffsetDateTime submittedAt, LocalDate decidedOn,
            String decisionReason, String decidedBy, Long licenceId, String licenceNumber, LocalDate validUntil,
            int version, String evidenceFilename, LocalDate revokedOn, String revocationReason) {
    }

    /** Every column but the evidence's content, which only its download reads. */
    static final String ROWS = """
            select a.id, a.offer_id, a.organisation_id, a.kind, a.previous_licence_id, a.status, a.social_aims,
                a.social_aims_evidence, a.evidence_filename, a.own_revenue, a.total_revenue, a.revenue_year,
                a.revenue_evidence, a.pes_kind, a.legal_form_met, a.activity_since, a.activity_basis,
                a.activity_evidence, a.submitted_at, a.decided_on, a.decision_reason, a.decided_by, a.licence_id,
                a.version, o.name as offer_name, o.organisation_name, l.licence_number, l.valid_until, l.revoked_on,
                l.revocation_reason
            from catalogue_mark_application a join catalogue_offer o on o.id = a.offer_id
                left join catalogue_mark_licence l on l.id = a.licence_id""";

    static Row row(ResultSet rs, int n) throws SQLException {
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
                rs.getObject("valid_until", LocalDate.class), rs.getInt("version"), rs.getString("evidence_filename"),
                rs.getObject("revoked_on", LocalDate.class), rs.getString("revocation_reason"));
    }

    Row loadRow(long id) {
        return jdbc.sql(ROWS + " where a.id = :id").param("id", id).query(MarkApplicationReader::row).optional()
                .orElseThrow(() -> new NotFoundException("mark application", id));
    }

    /** Whether the caller may read the application: the board, or its applicant. */
    boolean mayRead(Row row) {
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

    MarkApplicationView view(long id) {
        return views(List.of(loadRow(id))).get(0);
    }

    List<MarkApplicationView> views(List<Row> rows) {
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
                    new MarkCriterion("ACTIVITY", true, !MarkCriteria.DECLARED.equals(row.activityBasis()),
                            row.activityBasis() + (row.activitySince() == null ? "" : " " + row.activitySince())),
                    new MarkCriterion("SOCIAL_AIMS", true, false, null),
                    new MarkCriterion("OWN_REVENUE", MarkRules.ownRevenueMet(share), false,
                            share.toPlainString() + " % (" + row.revenueYear() + ")"));
            return new MarkApplicationView(row.id(), row.offerId(), row.offerName(), row.organisationId(),
                    row.organisationName(), row.kind(), row.previousLicenceId(), row.status(), row.socialAims(),
                    row.socialAimsEvidence(), row.ownRevenue(), row.totalRevenue(), share, row.revenueYear(),
                    row.revenueEvidence(), criteria, recommendations.getOrDefault(row.id(), List.of()), cast, tally,
                    mine, row.submittedAt(), row.decidedOn(), row.decisionReason(), row.decidedBy(),
                    row.licenceId(), row.licenceNumber(), row.validUntil(), row.version(), row.evidenceFilename(),
                    row.revokedOn(), row.revocationReason());
        }).toList();
    }

    Map<Long, List<MarkVoteView>> votes(Collection<Long> applicationIds) {
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

    static MarkTally tally(List<MarkVoteView> votes) {
        int forVotes = (int) votes.stream().filter(v -> v.choice() == MarkVoteChoice.FOR).count();
        int against = (int) votes.stream().filter(v -> v.choice() == MarkVoteChoice.AGAINST).count();
        int abstain = (int) votes.stream().filter(v -> v.choice() == MarkVoteChoice.ABSTAIN).count();
        return new MarkTally(forVotes, against, abstain, MarkRules.grantable(forVotes, against));
    }

    /** The applications the caller may see: all for the board, those of its PES (or the PES it serves) otherwise. */
    PageOf<MarkApplicationView> applications(MarkApplicationStatus status, Paging paging) {
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
        List<Row> rows = list.param("limit", paging.size()).param("offset", paging.offset())
                .query(MarkApplicationReader::row).list();
        return new PageOf<>(views(rows), paging.page(), paging.size(), total);
    }
}
