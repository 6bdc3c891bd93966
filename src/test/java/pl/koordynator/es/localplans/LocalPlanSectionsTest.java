package pl.koordynator.es.localplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import pl.koordynator.es.privacy.PersonalDataFinding;
import pl.koordynator.es.privacy.domain.PersonalDataService;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;
import pl.koordynator.es.testing.RegionDate;

/**
 * Co-creation of a plan's sections through the service, as the JST, the OWES, ROPS and PES would: versions
 * and their conflicts, comments with suggestions accepted (a new version) or rejected with a reason, the
 * consultation that lets PES of the area comment, and the e-mails of comments and decisions.
 */
class LocalPlanSectionsTest extends IntegrationTest {

    @Autowired
    LocalPlansFixtures fixtures;

    @Autowired
    LocalPlanSections sections;

    @Autowired
    PersonalDataService personalData;

    private OrganisationView jst;
    private OrganisationView owes;
    private UserView partner;
    private UserView adviser;

    private LocalPlanView plan(LocalPlanInput input) {
        return fixtures.plan(input);
    }

    private LocalPlanView preparedPlan() {
        jst = fixtures.jst("Gmina Kartuzy", LocalPlansFixtures.KARTUZY);
        owes = fixtures.owes("OWES Kaszuby", LocalPlansFixtures.KARTUZY);
        partner = fixtures.partner(jst);
        adviser = fixtures.owesUser(owes);
        return plan(LocalPlansFixtures.input(LocalPlansFixtures.KARTUZY, jst.id(), owes.id()));
    }

    private SectionSaved save(UserView user, long planId, String text, int version) {
        return fixtures.as(user, () -> sections.save(planId, SectionKey.DIAGNOSIS, new SectionInput(text, version)));
    }

    @Test
    void everySectionExistsEmptyUntilItsFirstSave() {
        LocalPlanView plan = preparedPlan();

        List<SectionView> all = fixtures.as(partner, () -> sections.sections(plan.id()));

        assertThat(all).extracting(SectionView::key).containsExactly(SectionKey.values());
        assertThat(all).allSatisfy(section -> {
            assertThat(section.text()).isEmpty();
            assertThat(section.version()).isZero();
        });
        assertThat(all.get(0).rights().writeSections()).isTrue();
    }

    @Test
    void eachSaveIsAVersionAndAStaleOneIsAConflict() {
        LocalPlanView plan = preparedPlan();

        SectionSaved first = save(partner, plan.id(), "W gminie działa 12 PES.", 0);
        SectionSaved second = save(adviser, plan.id(), "W gminie działa 14 PES.\nDwie spółdzielnie socjalne.", 1);

        assertThat(first.newVersion()).isTrue();
        assertThat(second.section().version()).isEqualTo(2);
        assertThat(second.section().updatedByOrganisationName()).isEqualTo("OWES Kaszuby");
        assertThatThrownBy(() -> save(partner, plan.id(), "Inna treść", 1)).isInstanceOf(ConflictException.class);
        List<SectionVersionView> versions = fixtures.as(partner,
                () -> sections.versions(plan.id(), SectionKey.DIAGNOSIS));
        assertThat(versions).extracting(SectionVersionView::version).containsExactly(2, 1);
        SectionDiff diff = fixtures.as(partner, () -> sections.diff(plan.id(), SectionKey.DIAGNOSIS, 1, 2));
        assertThat(diff.pieces()).contains(new SectionDiff.Piece(SectionDiff.Change.DELETED, "12"),
                new SectionDiff.Piece(SectionDiff.Change.INSERTED, "14"));
    }

    @Test
    void anUnchangedTextSavesNoVersion() {
        LocalPlanView plan = preparedPlan();
        save(partner, plan.id(), "Diagnoza", 0);

        SectionSaved again = save(partner, plan.id(), "Diagnoza", 1);

        assertThat(again.newVersion()).isFalse();
        assertThat(again.section().version()).isEqualTo(1);
    }

    @Test
    void aTooLongTextIsRefusedNamingTheField() {
        LocalPlanView plan = preparedPlan();

        assertThatThrownBy(() -> save(partner, plan.id(), "a".repeat(100_001), 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("text"));
        assertThat(fixtures.as(partner, () -> sections.section(plan.id(), SectionKey.DIAGNOSIS)).version()).isZero();
    }

    @Test
    void onlyTheAuthorsWriteSections() {
        LocalPlanView plan = preparedPlan();
        UserView otherPartner = fixtures.partner(fixtures.jst("Gmina Gdańsk", LocalPlansFixtures.GDANSK));

        assertThatThrownBy(() -> save(otherPartner, plan.id(), "Tekst", 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(save(fixtures.admin(), plan.id(), "Tekst ROPS", 0).newVersion()).isTrue();
    }

    @Test
    void anAcceptedSuggestionChangesTheSectionAndLeavesAVersion() {
        LocalPlanView plan = preparedPlan();
        save(partner, plan.id(), "W gminie działa 12 PES.", 0);

        CommentView comment = fixtures.as(adviser, () -> sections.comment(plan.id(), SectionKey.DIAGNOSIS,
                new CommentInput("Dane są nieaktualne.", "W gminie działa 15 PES, w tym 3 przedsiębiorstwa społeczne.")));
        MailServer.awaitMail(mail -> mail.to().contains(partner.email())
                && mail.subject().contains(plan.title()) && mail.text().contains("Dane są nieaktualne.")
                && mail.text().contains("/plany-lokalne/" + plan.id() + "/sekcje/diagnosis"));
        CommentView accepted = fixtures.as(partner, () -> sections.decide(plan.id(), SectionKey.DIAGNOSIS, comment.id(),
                new CommentDecision(CommentStatus.ACCEPTED, null, 1)));

        assertThat(accepted.status()).isEqualTo(CommentStatus.ACCEPTED);
        SectionView section = fixtures.as(partner, () -> sections.section(plan.id(), SectionKey.DIAGNOSIS));
        assertThat(section.text()).isEqualTo("W gminie działa 15 PES, w tym 3 przedsiębiorstwa społeczne.");
        assertThat(section.version()).isEqualTo(2);
        SectionVersionView version = fixtures.as(partner, () -> sections.versions(plan.id(), SectionKey.DIAGNOSIS)).get(0);
        assertThat(version.version()).isEqualTo(2);
        assertThat(version.fromCommentId()).isEqualTo(comment.id());
        assertThat(version.appliedOverLaterChanges()).isFalse();
        MailServer.awaitMail(mail -> mail.to().contains(adviser.email()) && mail.text().contains("przyjęty"));
        // the commenter's own organisation is not told of its own comment
        assertThat(MailServer.received()).noneMatch(mail -> mail.to().contains(adviser.email())
                && mail.subject().startsWith("Nowy komentarz"));
    }

    @Test
    void aSuggestionOnAnOlderVersionIsStillAppliedAndTheVersionSaysSo() {
        LocalPlanView plan = preparedPlan();
        save(partner, plan.id(), "Pierwsza wersja", 0);
        CommentView comment = fixtures.as(adviser, () -> sections.comment(plan.id(), SectionKey.DIAGNOSIS,
                new CommentInput("Propozycja", "Wersja OWES")));
        save(partner, plan.id(), "Druga wersja", 1);

        assertThatThrownBy(() -> fixtures.as(partner, () -> sections.decide(plan.id(), SectionKey.DIAGNOSIS,
                comment.id(), new CommentDecision(CommentStatus.ACCEPTED, null, 1)))).isInstanceOf(ConflictException.class);
        fixtures.as(partner, () -> sections.decide(plan.id(), SectionKey.DIAGNOSIS, comment.id(),
                new CommentDecision(CommentStatus.ACCEPTED, null, 2)));

        SectionVersionView version = fixtures.as(partner, () -> sections.versions(plan.id(), SectionKey.DIAGNOSIS)).get(0);
        assertThat(version.version()).isEqualTo(3);
        assertThat(version.commentWrittenOnVersion()).isEqualTo(1);
        assertThat(version.appliedOverLaterChanges()).isTrue();
    }

    @Test
    void aRejectionNeedsAReasonAndADecidedCommentCannotBeDecidedAgain() {
        LocalPlanView plan = preparedPlan();
        CommentView comment = fixtures.as(adviser, () -> sections.comment(plan.id(), SectionKey.GOALS,
                new CommentInput("Dodajcie cel dotyczący mieszkań wspomaganych.", null)));

        assertThatThrownBy(() -> fixtures.as(partner, () -> sections.decide(plan.id(), SectionKey.GOALS, comment.id(),
                new CommentDecision(CommentStatus.REJECTED, " ", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("reason"));
        CommentView rejected = fixtures.as(partner, () -> sections.decide(plan.id(), SectionKey.GOALS, comment.id(),
                new CommentDecision(CommentStatus.REJECTED, "Poza zakresem planu.", null)));

        assertThat(rejected.reason()).isEqualTo("Poza zakresem planu.");
        assertThatThrownBy(() -> fixtures.as(partner, () -> sections.decide(plan.id(), SectionKey.GOALS, comment.id(),
                new CommentDecision(CommentStatus.ACCEPTED, null, null)))).isInstanceOf(ConflictException.class);
        MailServer.awaitMail(mail -> mail.to().contains(adviser.email()) && mail.text().contains("Poza zakresem planu."));
        assertThat(fixtures.as(partner, () -> sections.section(plan.id(), SectionKey.GOALS)).version()).isZero();
    }

    @Test
    void nobodyButRopsDecidesOnTheirOwnComment() {
        LocalPlanView plan = preparedPlan();
        CommentView own = fixtures.as(adviser, () -> sections.comment(plan.id(), SectionKey.GOALS,
                new CommentInput("Uwaga OWES", null)));
        UserView rops = fixtures.admin();
        CommentView ropsOwn = fixtures.as(rops, () -> sections.comment(plan.id(), SectionKey.GOALS,
                new CommentInput("Uwaga ROPS", null)));

        assertThat(own.mayDecide()).isFalse();
        assertThatThrownBy(() -> fixtures.as(adviser, () -> sections.decide(plan.id(), SectionKey.GOALS, own.id(),
                new CommentDecision(CommentStatus.ACCEPTED, null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as(rops, () -> sections.decide(plan.id(), SectionKey.GOALS, ropsOwn.id(),
                new CommentDecision(CommentStatus.ACCEPTED, null, null))).status()).isEqualTo(CommentStatus.ACCEPTED);
    }

    @Test
    void pesOfTheAreaCommentOnlyWhileTheConsultationIsOpen() {
        jst = fixtures.jst("Gmina Kartuzy", LocalPlansFixtures.KARTUZY);
        owes = fixtures.owes("OWES Kaszuby", LocalPlansFixtures.KARTUZY);
        partner = fixtures.partner(jst);
        LocalPlanView plan = plan(LocalPlansFixtures.inConsultation(
                LocalPlansFixtures.input(LocalPlansFixtures.KARTUZY, jst.id(), owes.id()), RegionDate.today().plusDays(7)));
        UserView local = fixtures.pesUser(fixtures.pes("Spółdzielnia Socjalna Kartuzy", LocalPlansFixtures.KARTUZY));
        UserView outside = fixtures.pesUser(fixtures.pes("Spółdzielnia Socjalna Gdańsk", LocalPlansFixtures.GDANSK));

        CommentView comment = fixtures.as(local, () -> sections.comment(plan.id(), SectionKey.ACTIONS,
                new CommentInput("Prosimy o klauzule społeczne w zamówieniach gminy.", null)));

        assertThat(comment.authorRole()).isEqualTo("PES");
        assertThat(comment.authorOrganisationName()).isEqualTo("Spółdzielnia Socjalna Kartuzy");
        MailServer.awaitMail(mail -> mail.to().contains(partner.email()) && mail.text().contains("klauzule społeczne"));
        assertThatThrownBy(() -> fixtures.as(outside, () -> sections.comment(plan.id(), SectionKey.ACTIONS,
                new CommentInput("Uwaga", null)))).isInstanceOf(AccessDeniedException.class);
        jdbc.sql("update localplans_plan set consultation_deadline = :day where id = :id")
                .param("day", RegionDate.today().minusDays(1)).param("id", plan.id()).update();
        assertThatThrownBy(() -> fixtures.as(local, () -> sections.comment(plan.id(), SectionKey.ACTIONS,
                new CommentInput("Spóźniona uwaga", null)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCommentNeedsItsTextAndASuggestionMustDiffer() {
        LocalPlanView plan = preparedPlan();
        save(partner, plan.id(), "Tekst", 0);

        assertThatThrownBy(() -> fixtures.as(adviser, () -> sections.comment(plan.id(), SectionKey.DIAGNOSIS,
                new CommentInput(" ", "Tekst"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("text", "suggestedText"));
        assertThat(fixtures.as(adviser, () -> sections.comments(plan.id(), SectionKey.DIAGNOSIS))).isEmpty();
    }

    @Test
    void erasingAnAuthorDetachesTheirCommentsAndVersions() {
        LocalPlanView plan = preparedPlan();
        save(adviser, plan.id(), "Tekst OWES", 0);
        fixtures.as(adviser, () -> sections.comment(plan.id(), SectionKey.GOALS,
                new CommentInput("Jan Kowalski z OPS się zgadza.", null)));

        UserView rops = fixtures.admin();
        List<PersonalDataFinding> found = fixtures.as(rops, () -> personalData.find(adviser.email()));
        assertThat(found).extracting(PersonalDataFinding::what).contains(
                "localplans.sections.personalData.comments", "localplans.sections.personalData.versions");
        fixtures.as(rops, () -> personalData.erase(adviser.email()));

        CommentView comment = fixtures.as(rops, () -> sections.comments(plan.id(), SectionKey.GOALS)).get(0);
        assertThat(comment.text()).doesNotContain("Kowalski");
        assertThat(comment.authorName()).isNull();
        assertThat(fixtures.as(rops, () -> sections.versions(plan.id(), SectionKey.DIAGNOSIS)).get(0).savedByName())
                .isNull();
    }
}
