package pl.koordynator.es.localplans;

import java.util.List;

/**
 * The co-creation of a plan's text: its five sections (each exists from the start, empty at version 0),
 * saved in versions by the authors (the JST or its responsible unit, the OWES, ROPS), commented by ROPS,
 * the OWES and, while the consultation is open, PES of the area, with suggested wordings the authors
 * accept (the suggestion becomes the section's next version) or reject with a reason. An unknown plan is
 * a {@code NotFoundException}; a bad value an {@code InvalidInputException} naming the field; a stale
 * version or a decided comment a {@code ConflictException}; rules from {@code LocalPlansAccess}.
 */
public interface LocalPlanSections {

    /** The five sections of the plan in the document's order. */
    List<SectionView> sections(long planId);

    SectionView section(long planId, SectionKey key);

    /**
     * Saves the text written on {@code input.version()}: a new version, or none when the text is the
     * current one ({@link SectionSaved#newVersion()} false).
     */
    SectionSaved save(long planId, SectionKey key, SectionInput input);

    /** The saved versions, the newest first. */
    List<SectionVersionView> versions(long planId, SectionKey key);

    /** The words changed from version {@code from} to {@code to} (0 is the empty text before the first). */
    SectionDiff diff(long planId, SectionKey key, int from, int to);

    /** The words an open comment's suggestion would change in the current text; null without a suggestion. */
    SectionDiff suggestionDiff(long planId, SectionKey key, long commentId);

    /** The comments on the section, the newest first. */
    List<CommentView> comments(long planId, SectionKey key);

    CommentView comment(long planId, SectionKey key, CommentInput input);

    /**
     * Accepts or rejects an open comment. Accepting a suggestion saves it as the section's next version
     * (even when the section changed since the comment was written; that version records the comment,
     * and {@code decision.version}, when given, must still be the current one, as the decider saw it).
     */
    CommentView decide(long planId, SectionKey key, long commentId, CommentDecision decision);
}
