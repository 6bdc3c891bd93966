package pl.koordynator.es.committee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * ROPS's committee pages and a member's own page in Debian's Chromium, at 1280 px and on a 360 px
 * phone: the overview, a term's composition, a meeting with its quorum, a document with its
 * tally, the positions form, and a member voting from their page; each checked with axe-core
 * (WCAG 2.1 AA) and, on the phone, without sideways scrolling. Screenshots in
 * target/screenshots/committee-*.png.
 */
class CommitteeAdminE2eTest extends BrowserTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Autowired
    CommitteeTerms terms;

    @Autowired
    CommitteeMeetings meetings;

    @Autowired
    CommitteeDocuments documents;

    @AfterEach
    void removeTheCommittee() {
        users.signOut();
        for (String table : List.of("committee_attachment", "committee_vote", "committee_document_counter",
                "sector_position_cosigner", "sector_position", "committee_document", "committee_attendance",
                "committee_agenda_item", "committee_meeting", "committee_member", "committee_term")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    @Test
    void ropsAndAMemberOnADesktop() {
        tour(1280, 900, "1280");
    }

    @Test
    void ropsAndAMemberOnA360PxPhone() {
        tour(360, 740, "360");
    }

    private void tour(int width, int height, String suffix) {
        UserView rops = users.create("rops-e2e-" + System.nanoTime(), Role.ADMIN);
        UserView account = users.create("komitet-e2e-" + System.nanoTime(), Role.COMMITTEE);
        users.signIn(rops);
        TermView term = terms.createTerm(new TermInput(3, LocalDate.now().minusYears(1), null, "598/51/15",
                LocalDate.now().minusYears(1).minusDays(7)));
        MemberView anna = terms.addMember(new MemberInput(term.id(), "Anna Przykładowa", "anna@example.org", null,
                account.id(), null, SeatCategory.PES, MemberRole.CHAIR, LocalDate.now().minusMonths(6), null));
        MemberView bogdan = terms.addMember(new MemberInput(term.id(), "Bogdan Testowy", null, null, null, null, SeatCategory.JST,
                MemberRole.MEMBER, LocalDate.now().minusMonths(6), null));
        MeetingView meeting = meetings.createMeeting(new MeetingInput(term.id(),
                OffsetDateTime.now(WARSAW).minusDays(2).withHour(10).withMinute(0), null, MeetingMode.HYBRID,
                "Urząd Marszałkowski, sala 1", "https://spotkanie.example.org/komitet",
                List.of(new AgendaItemInput("Opinia o sprawozdaniu z realizacji programu", "Anna Przykładowa"))));
        meetings.markHeld(meeting.id());
        meetings.recordAttendance(meeting.id(), List.of(new AttendanceEntry(anna.id(), Attendance.PRESENT)));
        DocumentView circulation = documents.createDocument(new DocumentInput(term.id(), DocumentType.RESOLUTION, null,
                "Uchwała w sprawie planu pracy komitetu", "Treść uchwały.", VotingMode.CIRCULATION, null,
                OffsetDateTime.now(WARSAW).plusDays(5), MajorityRule.SIMPLE));
        documents.openVoting(circulation.id());
        MeetingView quorate = meetings.createMeeting(new MeetingInput(term.id(),
                OffsetDateTime.now(WARSAW).minusDays(1).withHour(10).withMinute(0), null, MeetingMode.IN_PERSON,
                "Urząd Marszałkowski, sala 2", null, List.of()));
        meetings.markHeld(quorate.id());
        meetings.recordAttendance(quorate.id(), List.of(new AttendanceEntry(anna.id(), Attendance.PRESENT),
                new AttendanceEntry(bogdan.id(), Attendance.PRESENT)));
        meetings.writeMinutes(meeting.id(), new MinutesInput("Projekt protokołu z posiedzenia nr 1."));
        DocumentView named = documents.createDocument(new DocumentInput(term.id(), DocumentType.OPINION,
                OpinionSubject.ANNUAL_REPORT, "Opinia o sprawozdaniu z realizacji programu", "Treść opinii.",
                VotingMode.MEETING_NAMED, quorate.id(), null, MajorityRule.SIMPLE));
        documents.openVoting(named.id());
        users.signOut();

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), rops.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/admin/committee", "Komitet rozwoju ekonomii społecznej",
                    "committee-overview-" + suffix);
            page.locator("#terms-table a").first().click();
            assertThat(page.locator("#empty-categories")).containsText("Wojewoda");
            Browsers.check(page, "committee-term-" + suffix);
            page.navigate(baseUrl() + "/admin/committee/meetings/" + meeting.id());
            assertThat(page.locator("#quorum")).containsText("obecnych: 1");
            Browsers.check(page, "committee-meeting-" + suffix);
            // the draft minutes are approved by a vote of the next meeting, which has its quorum
            page.locator("#atMeetingId").selectOption(String.valueOf(quorate.id()));
            page.locator("#minutes-for").fill("2");
            page.locator("#minutes-against").fill("0");
            page.locator("#minutes-abstain").fill("0");
            page.locator("#minutes form button[type=submit]").last().click();
            assertThat(page.locator("#minutes-vote")).containsText("za 2, przeciw 0, wstrzymało się 0");
            page.navigate(baseUrl() + "/admin/committee/documents/" + circulation.id());
            assertThat(page.locator("#document-status")).hasText("w głosowaniu");
            Browsers.check(page, "committee-document-" + suffix);
            // ROPS writes down the votes cast by name at the meeting
            page.navigate(baseUrl() + "/admin/committee/documents/" + named.id());
            page.locator("#vote-" + anna.id() + "-FOR").check();
            Browsers.check(page, "committee-named-votes-" + suffix);
            page.locator("#ballot button[type=submit]").click();
            assertThat(page.locator("#ballot-" + anna.id() + " .voted")).hasText("Głos oddany: Za");
            Browsers.visit(page, baseUrl(), "/admin/committee/positions/new", "Nowe stanowisko",
                    "committee-position-form-" + suffix);
            page.navigate(baseUrl() + "/admin/committee/settings");
            Browsers.check(page, "committee-settings-" + suffix);
        }
        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), account.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/committee", "Komitet – moje sprawy", "committee-member-" + suffix);
            page.locator("#vote-" + circulation.id()).getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Za")).click();
            assertThat(page.locator("main .alert-success")).containsText("Twój głos został zapisany.");
            // her vote by circulation, beside the one ROPS wrote down for her at the meeting
            assertThat(page.locator("li", new Page.LocatorOptions().setHasText("Uchwała w sprawie planu pracy"))
                    .locator(".my-vote")).containsText("głosowano: Za");
            Browsers.check(page, "committee-member-voted-" + suffix);
        }
    }
}
