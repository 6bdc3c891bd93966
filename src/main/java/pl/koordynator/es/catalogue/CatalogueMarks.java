package pl.koordynator.es.catalogue;

import java.util.List;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The "Zakup Prospołeczny" mark: applications of PES (or their OWES) for a published offer, the
 * board's (Kapituła's) votes, ROPS's decision that grants a numbered one-year licence, renewal,
 * revocation, and the public list of valid marks. Access is checked inside: a PES sees its own
 * applications, an OWES those of the PES it serves, the board all of them.
 */
public interface CatalogueMarks {

    /** Valid marks (not revoked, valid today) of published offers, by licence number; for everyone. */
    PageOf<MarkView> valid(Paging paging);

    MarkApplicationView apply(MarkApplicationInput input);

    /** An application with the PDF evidence of its declared criteria; {@code evidence} null or empty for none. */
    MarkApplicationView apply(MarkApplicationInput input, MarkEvidenceFile evidence);

    /** Attaches (or replaces) the PDF evidence of an open application; for its applicant. */
    MarkApplicationView attachEvidence(long applicationId, MarkEvidenceFile evidence);

    /** The evidence of an application, for its applicant (the PES or its serving OWES) and the board. */
    MarkEvidenceFile evidence(long applicationId);

    /** The evidence of an application as the board reads it; for board members only. */
    MarkEvidenceFile boardEvidence(long applicationId);

    /** The applications the caller may see, newest first; {@code status} null for all. */
    PageOf<MarkApplicationView> applications(MarkApplicationStatus status, Paging paging);

    MarkApplicationView application(long id);

    /** An application as the board reads it; for board members only. */
    MarkApplicationView boardApplication(long id);

    /** The board's queue: every application, the oldest submitted first; for board members only. */
    PageOf<MarkApplicationView> boardQueue(MarkApplicationStatus status, Paging paging);

    /** The published offers the caller (a PES, or an OWES for the PES it serves) may apply for. */
    List<MarkOfferOption> offersToApplyFor();

    MarkApplicationView vote(long applicationId, MarkVoteInput vote);

    MarkApplicationView decide(long applicationId, MarkDecisionInput decision);

    MarkApplicationView withdraw(long applicationId);

    void revoke(long licenceId, String reason);

    /** Whether the caller sits on the board (an administrator, or given the function). */
    boolean onBoard();

    List<MarkBoardMember> board();

    MarkBoardMember addBoardMember(String username);

    void removeBoardMember(long userId);

    /** Submitted applications the caller, a board member, has not voted on yet. */
    List<MarkApplicationView> awaitingMyVote();

    /** Valid marks whose licence ends within {@code days} days from today. */
    List<MarkView> expiringWithin(int days);
}
