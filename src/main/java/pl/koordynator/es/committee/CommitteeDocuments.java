package pl.koordynator.es.committee;

import java.util.List;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Resolutions, opinions, positions and letters of the committee and their votes. Visitors see
 * adopted documents only; members see every document and vote as themselves; ROPS drafts,
 * opens and closes votes and records the counts of anonymous votes.
 */
public interface CommitteeDocuments {

    /** Documents, the latest first; visitors get adopted ones whatever the query asks. */
    PageOf<DocumentView> documents(DocumentQuery query, Paging paging);

    DocumentView document(long documentId);

    DocumentView createDocument(DocumentInput input);

    /** Changes a draft. */
    DocumentView updateDocument(long documentId, DocumentInput input);

    AttachmentView attach(long documentId, String fileName, byte[] content);

    void removeAttachment(long documentId, long attachmentId);

    AttachmentFile attachment(long documentId, long attachmentId);

    /** Puts a draft to the vote. */
    DocumentView openVoting(long documentId);

    /** The signed-in member's own vote; a second vote, a former member or a late vote is a conflict. */
    VoteView vote(long documentId, VoteInput vote);

    /**
     * ROPS records the named votes cast at a meeting on the members' behalf, all or none: only
     * current members, each once (also against votes already cast), and only while the meeting
     * has its quorum; a refusal is a conflict with the reason.
     */
    List<VoteView> recordVotes(long documentId, List<NamedVote> votes);

    /** The counts of an anonymous vote at a meeting (that meeting must have its quorum). */
    DocumentView recordCounts(long documentId, VoteCounts counts);

    /** Closes the vote and computes the result; at a meeting without quorum a conflict. */
    DocumentView close(long documentId);

    /** The named votes on a document. */
    List<VoteView> votes(long documentId);

    /** Documents open for the signed-in member's vote that they have not voted on yet. */
    List<DocumentView> openForMyVote();
}
