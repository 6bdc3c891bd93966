package pl.koordynator.es.committee.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import pl.koordynator.es.committee.CommitteeDocuments;
import pl.koordynator.es.committee.CommitteeMeetings;
import pl.koordynator.es.committee.DocumentQuery;
import pl.koordynator.es.committee.DocumentStatus;
import pl.koordynator.es.committee.DocumentView;
import pl.koordynator.es.committee.MeetingView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/** A committee member's dashboard: the next meeting, the drafts to read before it, and the votes waiting for them. */
@Component
class CommitteeCardsForMembers implements DashboardCards {

    private final UserAccounts users;
    private final CommitteeMeetings meetings;
    private final CommitteeDocuments documents;
    private final CommitteeChoices choices;

    CommitteeCardsForMembers(UserAccounts users, CommitteeMeetings meetings, CommitteeDocuments documents,
            CommitteeChoices choices) {
        this.users = users;
        this.meetings = meetings;
        this.documents = documents;
        this.choices = choices;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!users.caller().is(Role.COMMITTEE)) {
            return List.of();
        }
        Optional<MeetingView> next = meetings.nextMeeting();
        List<Item> nextItems = next.map(m -> List.of(new Item(message("committee.admin.meeting.named", m.number(),
                m.termNumber()), "/committee#meetings", literal(choices.day(m.startsAt()) + " " + choices.time(m.startsAt())))))
                .orElse(List.of());
        List<DocumentView> open = documents.openForMyVote();
        PageOf<DocumentView> drafts = documents.documents(new DocumentQuery(DocumentStatus.DRAFT, null, null, null, null),
                Paging.of(0, DashboardCard.FIRST_ITEMS));
        return List.of(
                new DashboardCard("committee-votes-open", 5, message("committee.admin.card.votes"), (long) open.size(),
                        open.stream().map(d -> new Item(literal(d.subject()), "/committee#vote-" + d.id(),
                                d.circulationDeadline() == null ? null : message("committee.admin.document.deadline",
                                        choices.day(d.circulationDeadline()) + " " + choices.time(d.circulationDeadline()))))
                                .toList(), "/committee#votes", message("committee.admin.card.nextMeeting.more"),
                        message("committee.admin.card.votes.none")),
                new DashboardCard("committee-next-meeting", 6, message("committee.admin.card.nextMeeting"), null,
                        nextItems, "/committee#meetings", message("committee.admin.card.nextMeeting.more"),
                        message("committee.admin.card.nextMeeting.none")),
                new DashboardCard("committee-to-read", 7, message("committee.admin.card.toRead"), drafts.total(),
                        drafts.items().stream().map(d -> new Item(literal(d.subject()), "/committee/documents/" + d.id(),
                                null)).toList(), "/committee#to-read", message("committee.admin.card.nextMeeting.more"),
                        message("committee.admin.card.toRead.none")));
    }
}
