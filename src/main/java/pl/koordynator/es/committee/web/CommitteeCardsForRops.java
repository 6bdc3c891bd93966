package pl.koordynator.es.committee.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.committee.Attendance;
import pl.koordynator.es.committee.CommitteeMeetings;
import pl.koordynator.es.committee.CommitteeTerms;
import pl.koordynator.es.committee.MemberView;
import pl.koordynator.es.committee.PositionView;
import pl.koordynator.es.committee.SectorPositions;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * ROPS's committee queues: whether the next meeting can decide anything, the members a
 * dismissal for absences may concern, and the sector's positions due within two weeks.
 */
@Component
class CommitteeCardsForRops implements DashboardCards {

    /** How far ahead the position deadlines card looks. */
    static final int POSITION_DAYS = 14;

    private final UserAccounts users;
    private final CommitteeTerms terms;
    private final CommitteeMeetings meetings;
    private final SectorPositions positions;

    CommitteeCardsForRops(UserAccounts users, CommitteeTerms terms, CommitteeMeetings meetings,
            SectorPositions positions) {
        this.users = users;
        this.terms = terms;
        this.meetings = meetings;
        this.positions = positions;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!users.caller().admin()) {
            return List.of();
        }
        List<MemberView> flagged = terms.flaggedMembers();
        List<PositionView> due = positions.deadlinesComing(POSITION_DAYS);
        return List.of(quorum(),
                new DashboardCard("rops-committee-absences", 71, message("committee.admin.card.flagged"),
                        (long) flagged.size(), flagged.stream().map(m -> new Item(literal(m.fullName()),
                                "/admin/committee/terms/" + m.termId() + "#member-" + m.id(),
                                message("committee.admin.category." + m.category().name()))).toList(),
                        "/admin/committee", message("committee.admin.card.more"),
                        message("committee.admin.card.flagged.none")),
                new DashboardCard("rops-position-deadlines", 72, message("committee.admin.card.positions"),
                        (long) due.size(), due.stream().map(p -> new Item(literal(p.topic()),
                                "/admin/committee/positions/" + p.id() + "/edit",
                                message("committee.admin.card.positions.note", CommitteeChoices.day(p.deadline()))))
                                .toList(), "/admin/committee/positions", message("committee.admin.card.more"),
                        message("committee.admin.card.positions.none")));
    }

    /**
     * The next meeting is at risk when the members who may still come (not excused ahead, not
     * flagged for missing the last three) are fewer than its quorum needs.
     */
    private DashboardCard quorum() {
        return meetings.nextMeeting().map(meeting -> {
            long excused = meetings.attendance(meeting.id()).stream()
                    .filter(a -> a.attendance() == Attendance.EXCUSED || a.attendance() == Attendance.ABSENT).count();
            long flagged = terms.flaggedMembers().stream().filter(m -> m.termId() == meeting.termId()).count();
            long likely = meeting.quorum().currentMembers() - excused - flagged;
            boolean atRisk = likely < meeting.quorum().required();
            Item item = new Item(message("committee.admin.meeting.named", meeting.number(), meeting.termNumber()),
                    "/admin/committee/meetings/" + meeting.id(), atRisk
                            ? message("committee.admin.card.quorum.atRisk", likely, meeting.quorum().required())
                            : message("committee.admin.card.quorum.ok", likely, meeting.quorum().required()));
            return new DashboardCard("rops-committee-quorum", 70, message("committee.admin.card.quorum"),
                    atRisk ? 1L : 0L, List.of(item), "/admin/committee/meetings", message("committee.admin.card.more"),
                    message("committee.admin.card.quorum.none"));
        }).orElseGet(() -> new DashboardCard("rops-committee-quorum", 70, message("committee.admin.card.quorum"), 0L,
                List.of(), "/admin/committee/meetings", message("committee.admin.card.more"),
                message("committee.admin.card.quorum.none")));
    }
}
