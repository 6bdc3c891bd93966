package pl.koordynator.es.committee.domain;

import java.util.List;

import pl.koordynator.es.committee.Attendance;
import pl.koordynator.es.committee.DocumentType;
import pl.koordynator.es.committee.MajorityRule;
import pl.koordynator.es.committee.Tally;

/**
 * The committee's counting rules, in one place: the quorum, the majorities and the absences that
 * are a ground for ending a membership (art. 57(3)).
 */
public final class CommitteeRules {

    /** Consecutive unexcused absences that flag a member for ROPS. */
    public static final int ABSENCES_FLAGGED = 3;

    private CommitteeRules() {
    }

    /** More than half of the current members. */
    public static int quorumRequired(int currentMembers) {
        return currentMembers / 2 + 1;
    }

    /** Whoever attends, in the room or remotely, counts towards the quorum. */
    public static boolean attends(Attendance attendance) {
        return attendance == Attendance.PRESENT || attendance == Attendance.REMOTE;
    }

    /** The rule a document type is adopted by when the draft names none. */
    public static MajorityRule defaultRule(DocumentType type) {
        return type == DocumentType.RESOLUTION ? MajorityRule.ABSOLUTE : MajorityRule.SIMPLE;
    }

    /**
     * The votes for that adopt a document under the rule, with the votes as they are.
     * "Votes cast" for TWO_THIRDS_CAST are for + against + abstain: an abstention is a vote
     * cast (the member took part in the vote), so it counts in the base, and a member who did not
     * vote does not. With no vote cast nothing is adopted.
     */
    public static int needed(MajorityRule rule, int forVotes, int against, int abstain, int currentMembers) {
        int cast = forVotes + against + abstain;
        return switch (rule) {
            case SIMPLE -> against + 1;
            case ABSOLUTE -> currentMembers / 2 + 1;
            case TWO_THIRDS_CAST -> Math.max(1, (2 * cast + 2) / 3);
        };
    }

    /** SIMPLE: for > against; ABSOLUTE: for > half of the current members; TWO_THIRDS_CAST: for ≥ 2/3 of the votes cast. */
    public static boolean adopted(MajorityRule rule, int forVotes, int against, int abstain, int currentMembers) {
        int cast = forVotes + against + abstain;
        return switch (rule) {
            case SIMPLE -> forVotes > against;
            case ABSOLUTE -> 2 * forVotes > currentMembers;
            case TWO_THIRDS_CAST -> cast > 0 && 3 * forVotes >= 2 * cast;
        };
    }

    /** The tally of votes; {@code closed} gives the result, else it stays open (null). */
    public static Tally tally(MajorityRule rule, int forVotes, int against, int abstain, int currentMembers,
            boolean closed) {
        return new Tally(forVotes, against, abstain, forVotes + against + abstain, currentMembers,
                needed(rule, forVotes, against, abstain, currentMembers),
                closed ? adopted(rule, forVotes, against, abstain, currentMembers) : null);
    }

    /**
     * Whether the member's latest held meetings, the latest first (null where no attendance was
     * recorded), end in {@value #ABSENCES_FLAGGED} unexcused absences in a row: any other
     * attendance, excused included, breaks the run.
     */
    public static boolean flaggedForAbsences(List<Attendance> latestFirst) {
        int run = 0;
        for (Attendance attendance : latestFirst) {
            if (attendance != Attendance.ABSENT) {
                break;
            }
            run++;
        }
        return run >= ABSENCES_FLAGGED;
    }
}
