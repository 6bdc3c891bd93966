package pl.koordynator.es.catalogue.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.catalogue.MarkApplicationStatus;
import pl.koordynator.es.catalogue.MarkApplicationView;
import pl.koordynator.es.catalogue.MarkBoardMember;
import pl.koordynator.es.catalogue.MarkDecisionInput;
import pl.koordynator.es.catalogue.MarkTally;
import pl.koordynator.es.catalogue.MarkVoteInput;
import pl.koordynator.es.catalogue.domain.MarkApplicationReader.Row;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The board (Kapituła) at work: its membership named by ROPS, its queue, one vote per member, and
 * ROPS's decision that grants a licence numbered atomically per year or refuses with a reason.
 */
@Component
class MarkBoard {

    private final JdbcClient jdbc;
    private final MarkAccess access;
    private final MarkApplicationReader reader;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    MarkBoard(JdbcClient jdbc, MarkAccess access, MarkApplicationReader reader, UserAccounts accounts,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.reader = reader;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    MarkApplicationView boardApplication(long id) {
        access.requireBoard();
        return reader.view(id);
    }

    PageOf<MarkApplicationView> boardQueue(MarkApplicationStatus status, Paging paging) {
        access.requireBoard();
        return reader.applications(status, paging);
    }

    List<MarkApplicationView> awaitingMyVote() {
        if (!access.onBoard()) {
            return List.of();
        }
        long me = access.caller().user().id();
        List<Row> rows = jdbc.sql(MarkApplicationReader.ROWS + """
                 where a.status = 'SUBMITTED' and not exists (select 1 from catalogue_mark_vote v
                    where v.application_id = a.id and v.user_id = :me)
                order by a.submitted_at, a.id limit 50""").param("me", me).query(MarkApplicationReader::row).list();
        return reader.views(rows);
    }

    MarkApplicationView vote(long applicationId, MarkVoteInput vote) {
        access.requireBoard();
        Row row = reader.loadRow(applicationId);
        if (vote == null || vote.choice() == null) {
            throw InvalidInputException.of("choice", "catalogue.mark.vote.choice.required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String comment = MarkCriteria.text(vote.comment(), "comment", 2000, false, problems);
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
        audit.created(MarkService.VOTE_ENTITY, applicationId + "/" + user.id(), state);
        return reader.view(applicationId);
    }

    MarkApplicationView decide(long applicationId, MarkDecisionInput decision) {
        access.requireAdmin("decides on the mark");
        Row row = reader.loadRow(applicationId);
        if (decision == null || decision.grant() == null) {
            throw InvalidInputException.of("grant", "catalogue.mark.decision.grant.required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String reason = MarkCriteria.text(decision.reason(), "reason", MarkCriteria.LONG_TEXT, !decision.grant(), problems);
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
        MarkTally tally = MarkApplicationReader.tally(reader.votes(List.of(applicationId)).getOrDefault(applicationId, List.of()));
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
        audit.updated(MarkService.APPLICATION_ENTITY, applicationId, before, after);
        return reader.view(applicationId);
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
        audit.created(MarkService.LICENCE_ENTITY, licenceId, state);
        return licenceId;
    }

    boolean onBoard() {
        return access.onBoard();
    }

    List<MarkBoardMember> members() {
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

    MarkBoardMember addBoardMember(String username) {
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
        audit.created(MarkService.BOARD_ENTITY, user.id(), Map.of("userId", user.id()));
        return new MarkBoardMember(user.id(), user.username(), user.displayName(), OffsetDateTime.now(clock));
    }

    void removeBoardMember(long userId) {
        access.requireAdmin("names the board");
        int removed = jdbc.sql("delete from catalogue_mark_board_member where user_id = :user").param("user", userId)
                .update();
        if (removed == 0) {
            throw new NotFoundException("board member", userId);
        }
        audit.deleted(MarkService.BOARD_ENTITY, userId, Map.of("userId", userId));
    }
}
