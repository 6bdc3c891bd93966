package pl.koordynator.es.committee;

import java.util.List;
import java.util.Optional;

/**
 * Terms of the committee and their members. Visitors read terms and the composition without
 * contact data; members (COMMITTEE) read contact data too; ROPS (ADMIN) changes everything.
 */
public interface CommitteeTerms {

    /** Every term, the newest first. */
    List<TermView> terms();

    TermView term(long termId);

    /** The term running today, if any. */
    Optional<TermView> currentTerm();

    TermView createTerm(TermInput input);

    TermView updateTerm(long termId, TermInput input);

    /** The members of a term (all, current and ended), by category and name; the current term when null. */
    List<MemberView> members(Long termId);

    MemberView member(long memberId);

    /** The seats of a term per category, warning about categories without a current member. */
    Composition composition(long termId);

    MemberView addMember(MemberInput input);

    MemberView updateMember(long memberId, MemberInput input);

    MemberView endMembership(long memberId, MembershipEnd end);

    /** The current membership of the signed-in COMMITTEE user, if any. */
    Optional<MemberView> me();

    /** Current members who missed three consecutive held meetings unexcused (ROPS only). */
    List<MemberView> flaggedMembers();

    CommitteeSettings settings();

    CommitteeSettings updateSettings(CommitteeSettings settings);
}
