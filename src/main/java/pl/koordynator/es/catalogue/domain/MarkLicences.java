package pl.koordynator.es.catalogue.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.catalogue.MarkView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Granted licences as visitors and ROPS meet them: the public list of valid marks, the marks about
 * to end, the latest licence of an offer (for a renewal) and ROPS's revocation, which needs a
 * reason kept with the licence for the board and the PES to read.
 */
@Component
class MarkLicences {

    record Licence(long id, long offerId, String number, LocalDate grantedOn, LocalDate validUntil,
            LocalDate revokedOn) {
    }

    private final JdbcClient jdbc;
    private final MarkAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    MarkLicences(JdbcClient jdbc, MarkAccess access, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    PageOf<MarkView> valid(Paging paging) {
        String where = """
                from catalogue_mark_licence l join catalogue_offer o on o.id = l.offer_id
                where l.revoked_on is null and l.valid_until >= :today and o.status = 'PUBLISHED'
                    and o.organisation_active""";
        long total = jdbc.sql("select count(*) " + where).param("today", today()).query(Long.class).single();
        List<MarkView> marks = jdbc.sql("select l.*, o.name as offer_name, o.organisation_name " + where
                + " order by l.granted_on desc, l.id desc limit :limit offset :offset").param("today", today())
                .param("limit", paging.size()).param("offset", paging.offset()).query(MarkLicences::mark).list();
        return new PageOf<>(marks, paging.page(), paging.size(), total);
    }

    private static MarkView mark(ResultSet rs, int n) throws SQLException {
        return new MarkView(rs.getLong("id"), rs.getString("licence_number"), rs.getLong("offer_id"),
                rs.getString("offer_name"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getObject("granted_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class));
    }

    List<MarkView> expiringWithin(int days) {
        return jdbc.sql("""
                select l.*, o.name as offer_name, o.organisation_name
                from catalogue_mark_licence l join catalogue_offer o on o.id = l.offer_id
                where l.revoked_on is null and l.valid_until between :today and :until
                order by l.valid_until, l.id""").param("today", today()).param("until", today().plusDays(days))
                .query(MarkLicences::mark).list();
    }

    Optional<Licence> latestLicence(long offerId) {
        return jdbc.sql("""
                select * from catalogue_mark_licence where offer_id = :offer
                order by valid_until desc, id desc limit 1""").param("offer", offerId).query(MarkLicences::licence)
                .optional();
    }

    private static Licence licence(ResultSet rs, int n) throws SQLException {
        return new Licence(rs.getLong("id"), rs.getLong("offer_id"), rs.getString("licence_number"),
                rs.getObject("granted_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getObject("revoked_on", LocalDate.class));
    }

    void revoke(long licenceId, String reason) {
        access.requireAdmin("revokes a mark");
        List<FieldProblem> problems = new ArrayList<>();
        String stripped = MarkCriteria.text(reason, "reason", MarkCriteria.LONG_TEXT, false, problems);
        if (stripped == null) {
            problems.add(new FieldProblem("reason", "catalogue.mark.revoke.reason.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("select id from catalogue_mark_licence where id = :id").param("id", licenceId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("mark licence", licenceId));
        int changed = jdbc.sql("""
                update catalogue_mark_licence set revoked_on = :today, revocation_reason = :reason
                where id = :id and revoked_on is null""").param("today", today()).param("reason", stripped)
                .param("id", licenceId).update();
        if (changed == 0) {
            throw new ConflictException("catalogue.mark.revoke.already", "the licence is revoked already");
        }
        audit.updated(MarkService.LICENCE_ENTITY, licenceId, Map.of("revokedOn", ""),
                Map.of("revokedOn", today(), "revocationReason", stripped));
    }
}
