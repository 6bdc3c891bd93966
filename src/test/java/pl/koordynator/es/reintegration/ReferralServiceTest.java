package pl.koordynator.es.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.koordynator.es.reintegration.ReintegrationFixtures.OTHER_PESEL;
import static pl.koordynator.es.reintegration.ReintegrationFixtures.PESEL;
import static pl.koordynator.es.reintegration.ReintegrationFixtures.WRONG_PESEL;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.AtOnce;
import pl.koordynator.es.testing.RegionDate;

/**
 * Referrals through the service: one pseudonym per person whoever refers them, every rule of a referral at
 * once, the states and who moves them, outcomes and follow-ups, races, and the anonymous statistic row.
 */
class ReferralServiceTest extends pl.koordynator.es.testing.IntegrationTest {

    @Autowired
    ReintegrationFixtures fixtures;

    @Autowired
    Referrals referrals;

    private OrganisationView ops;
    private OrganisationView pup;
    private OrganisationView cis;
    private OrganisationView wtz;
    private UserView opsUser;
    private UserView pupUser;
    private UserView cisUser;

    @BeforeEach
    void parties() {
        ops = fixtures.ops("Miejski Ośrodek Pomocy Rodzinie w Gdańsku");
        pup = fixtures.pup("Powiatowy Urząd Pracy w Kartuzach");
        cis = fixtures.cis("Centrum Integracji Społecznej w Gdańsku");
        wtz = fixtures.wtz("Warsztat Terapii Zajęciowej w Kartuzach");
        opsUser = fixtures.partner(ops);
        pupUser = fixtures.partner(pup);
        cisUser = fixtures.pesUser(cis);
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private ReferralView send(UserView as, ReferralInput input) {
        users.signIn(as);
        return referrals.send(input);
    }

    private ReferralView move(UserView as, long id, ReferralState to, String reason, LocalDate on) {
        users.signIn(as);
        return referrals.transition(id, new TransitionInput(to, reason, on, null));
    }

    private static List<String> fields(InvalidInputException problems) {
        return problems.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
    }

    @Test
    void theSamePeselReferredByAnOpsAndAPupHasOnePersonKey() {
        ReferralView fromOps = send(opsUser, ReintegrationFixtures.input(PESEL, cis.id()));
        ReferralView fromPup = send(pupUser, ReintegrationFixtures.input(PESEL, wtz.id()));
        ReferralView somebodyElse = send(pupUser, ReintegrationFixtures.input(OTHER_PESEL, wtz.id()));

        assertThat(fromOps.personKey()).matches("[0-9a-f]{64}").isEqualTo(fromPup.personKey());
        assertThat(somebodyElse.personKey()).isNotEqualTo(fromOps.personKey());
        assertThat(fromOps.sender().name()).isEqualTo("Miejski Ośrodek Pomocy Rodzinie w Gdańsku");
        assertThat(fromOps.sender().kind()).isEqualTo(ReferralPartyKind.JSPS);
        assertThat(fromPup.sender().kind()).isEqualTo(ReferralPartyKind.IRP);
        assertThat(fromPup.receiver().kind()).isEqualTo(ReferralPartyKind.WTZ);
        assertThat(fromPup.receiver().powiatTeryt()).isEqualTo("2205");
        assertThat(fromOps.state()).isEqualTo(ReferralState.SENT);
        assertThat(fromOps.history()).singleElement().satisfies(change -> {
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(ReferralState.SENT);
            assertThat(change.by()).isEqualTo(opsUser.displayName());
        });
        // the PESEL with spaces is the same person
        ReferralView spaced = send(opsUser, ReintegrationFixtures.input("850312 12343", wtz.id()));
        assertThat(spaced.personKey()).isEqualTo(fromOps.personKey());
    }

    @Test
    void aSurnameWithOrWithoutPolishLettersAndInAnyCaseIsOnePerson() {
        LocalDate born = LocalDate.of(1980, 5, 17);
        ReferralView accented = send(opsUser, ReintegrationFixtures.byName("Żółć", born, cis.id()));
        ReferralView plain = send(pupUser, ReintegrationFixtures.byName("ZOLC", born, wtz.id()));
        ReferralView otherDay = send(pupUser, ReintegrationFixtures.byName("zolc", born.plusDays(1), wtz.id()));

        assertThat(plain.personKey()).isEqualTo(accented.personKey());
        assertThat(otherDay.personKey()).isNotEqualTo(accented.personKey());
    }

    @Test
    void aPeselWithAWrongCheckDigitIsRefusedOnItsFieldAndNothingIsWritten() {
        assertThatThrownBy(() -> send(opsUser, ReintegrationFixtures.input(WRONG_PESEL, cis.id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(fields(problems)).containsExactly("personPesel"))
                .satisfies(problem -> assertThat(problem.getMessage()).doesNotContain(WRONG_PESEL));
        assertThat(jdbc.sql("select count(*) from reintegration_referral").query(Long.class).single()).isZero();
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        ReferralInput bad = new ReferralInput(null, null, null, null, List.of(), null,
                RegionDate.today().plusDays(1), null, "x".repeat(101), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), "Kontakt: PESEL 92071509876, prosi o dyskrecję.");

        assertThatThrownBy(() -> send(opsUser, bad)).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(fields(problems)).containsExactlyInAnyOrder("personSurname", "personBirthDate",
                        "receiverId", "riskGroups", "legalBasis", "referredOn", "programmeEnd", "programmeReference",
                        "notes"));
    }

    @Test
    void notesWithAPesel_evenInGroups_areRefusedAsIdentifyingData() {
        for (String notes : List.of("nr 92071509876", "PESEL: 920715 09876", "920-715-098-76")) {
            assertThatThrownBy(() -> send(opsUser, ReintegrationFixtures.withNotes(
                    ReintegrationFixtures.input(PESEL, cis.id()), notes)))
                    .isInstanceOfSatisfying(InvalidInputException.class, problems -> {
                        assertThat(fields(problems)).containsExactly("notes");
                        assertThat(problems.problems().get(0).messageKey()).isEqualTo("reintegration.error.identifyingData");
                    });
        }
        // a phone number or a case number is not a PESEL
        ReferralView sent = send(opsUser, ReintegrationFixtures.withNotes(ReintegrationFixtures.input(PESEL, cis.id()),
                "Sprawa OPS.4321.12.2026, kontakt z pracownikiem socjalnym 58 123 45 67."));
        assertThat(sent.notes()).startsWith("Sprawa");
    }

    @Test
    void onlyReintegrationUnitsAndSocialEnterprisesReceive_andNobodyRefersToItself() {
        OrganisationView ngo = fixtures.ngo("Stowarzyszenie Pomocna Dłoń");
        OrganisationView enterprise = fixtures.socialEnterprise("Spółdzielnia Socjalna Razem");

        assertThatThrownBy(() -> send(opsUser, ReintegrationFixtures.input(PESEL, ngo.id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(fields(problems)).containsExactly("receiverId"));
        assertThatThrownBy(() -> send(opsUser, ReintegrationFixtures.input(PESEL, pup.id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(fields(problems)).containsExactly("receiverId"));
        assertThatThrownBy(() -> send(cisUser, ReintegrationFixtures.input(PESEL, cis.id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(fields(problems)).containsExactly("receiverId"));
        assertThat(send(cisUser, ReintegrationFixtures.input(PESEL, enterprise.id())).receiver().kind())
                .isEqualTo(ReferralPartyKind.SOCIAL_ENTERPRISE);

        users.signIn(opsUser);
        assertThat(referrals.receivingUnits()).extracting(ReferralView.Party::name).containsExactly(
                "Centrum Integracji Społecznej w Gdańsku", "Spółdzielnia Socjalna Razem",
                "Warsztat Terapii Zajęciowej w Kartuzach");
        users.signIn(cisUser);
        assertThat(referrals.receivingUnits()).extracting(ReferralView.Party::id).doesNotContain(cis.id());
    }

    @Test
    void usersOfOtherOrganisationsAndRolesCannotSend() {
        UserView ngoUser = fixtures.pesUser(fixtures.ngo("Fundacja Bez Statusu"));

        assertThatThrownBy(() -> send(ngoUser, ReintegrationFixtures.input(PESEL, cis.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> send(fixtures.user(pl.koordynator.es.security.Role.ADMIN),
                ReintegrationFixtures.input(PESEL, cis.id()))).isInstanceOf(AccessDeniedException.class);
        users.signIn(ngoUser);
        assertThat(referrals.maySend()).isFalse();
        users.signIn(opsUser);
        assertThat(referrals.maySend()).isTrue();
    }

    @Test
    void theReceiverTakesTheReferralThroughItsProgrammeToItsFollowUps() {
        LocalDate today = RegionDate.today();
        ReferralView sent = send(opsUser, ReintegrationFixtures.referredOn(
                ReintegrationFixtures.input(PESEL, cis.id()), today.minusMonths(15)));
        users.signIn(cisUser);
        assertThat(referrals.referral(sent.id(), ReadChannel.PAGE).rights().transitions())
                .containsExactly(ReferralState.RECEIVED, ReferralState.ACCEPTED, ReferralState.REJECTED);
        users.signIn(opsUser);
        assertThat(referrals.referral(sent.id(), ReadChannel.PAGE).rights().transitions())
                .containsExactly(ReferralState.CANCELLED);

        ReferralView accepted = move(cisUser, sent.id(), ReferralState.ACCEPTED, "nieistotny", today.minusMonths(15));
        assertThat(accepted.state()).isEqualTo(ReferralState.ACCEPTED);
        assertThat(accepted.receivedOn()).isEqualTo(today.minusMonths(15));
        assertThat(accepted.answeredOn()).isEqualTo(today.minusMonths(15));
        assertThat(accepted.stateReason()).isNull();
        assertThat(accepted.rights().transitions()).containsExactly(ReferralState.IN_PROGRAMME,
                ReferralState.INTERRUPTED);
        move(cisUser, sent.id(), ReferralState.IN_PROGRAMME, null, today.minusMonths(14));
        ReferralView completed = move(cisUser, sent.id(), ReferralState.COMPLETED, null, today.minusMonths(13));
        assertThat(completed.endedAs()).isEqualTo(ReferralState.COMPLETED);
        assertThat(completed.closedOn()).isEqualTo(today.minusMonths(13));
        assertThat(completed.rights().outcomes()).containsExactly(OutcomeMoment.EXIT);

        users.signIn(cisUser);
        ReferralView exit = referrals.recordOutcome(sent.id(), new OutcomeInput(OutcomeMoment.EXIT,
                ExitOutcome.SOCIAL_ENTERPRISE_EMPLOYMENT, today.minusMonths(13)));
        assertThat(exit.state()).isEqualTo(ReferralState.FOLLOW_UP);
        assertThat(exit.exitOutcome()).isEqualTo(ExitOutcome.SOCIAL_ENTERPRISE_EMPLOYMENT);
        assertThat(exit.followUps()).extracting(ReferralView.FollowUp::moment, ReferralView.FollowUp::dueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OutcomeMoment.MONTHS_3, today.minusMonths(10)),
                        org.assertj.core.groups.Tuple.tuple(OutcomeMoment.MONTHS_6, today.minusMonths(7)),
                        org.assertj.core.groups.Tuple.tuple(OutcomeMoment.MONTHS_12, today.minusMonths(1)));
        assertThat(exit.rights().outcomes()).containsExactly(OutcomeMoment.MONTHS_3, OutcomeMoment.MONTHS_6,
                OutcomeMoment.MONTHS_12);
        assertThat(exit.history()).extracting(ReferralView.Change::to).containsExactly(ReferralState.SENT,
                ReferralState.ACCEPTED, ReferralState.IN_PROGRAMME, ReferralState.COMPLETED, ReferralState.FOLLOW_UP);

        ReferralView year = referrals.recordOutcome(sent.id(), new OutcomeInput(OutcomeMoment.MONTHS_12,
                ExitOutcome.OPEN_MARKET_EMPLOYMENT, null));
        assertThat(year.followUps()).filteredOn(f -> f.moment() == OutcomeMoment.MONTHS_12).singleElement()
                .satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(ExitOutcome.OPEN_MARKET_EMPLOYMENT);
                    assertThat(f.recordedOn()).isEqualTo(today);
                });
        assertThat(year.rights().outcomes()).containsExactly(OutcomeMoment.MONTHS_3, OutcomeMoment.MONTHS_6);
        assertThatThrownBy(() -> referrals.recordOutcome(sent.id(), new OutcomeInput(OutcomeMoment.MONTHS_12,
                ExitOutcome.OTHER, null))).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.properties()).containsEntry("field", "moment"));
    }

    @Test
    void anAcceptedReferralWhosePersonNeverStartsIsInterruptedWithAReason_andItsExitOutcomeRecorded() {
        LocalDate today = RegionDate.today();
        ReferralView sent = send(opsUser, ReintegrationFixtures.referredOn(
                ReintegrationFixtures.input(PESEL, cis.id()), today.minusDays(20)));
        move(cisUser, sent.id(), ReferralState.ACCEPTED, null, today.minusDays(15));

        assertThatThrownBy(() -> move(cisUser, sent.id(), ReferralState.INTERRUPTED, " ", today.minusDays(5)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(fields(problems)).containsExactly("reason"));
        ReferralView interrupted = move(cisUser, sent.id(), ReferralState.INTERRUPTED,
                "Osoba nie zgłosiła się na zajęcia.", today.minusDays(5));

        assertThat(interrupted.state()).isEqualTo(ReferralState.INTERRUPTED);
        assertThat(interrupted.startedOn()).isNull();
        assertThat(interrupted.endedOn()).isEqualTo(today.minusDays(5));
        assertThat(interrupted.endedAs()).isEqualTo(ReferralState.INTERRUPTED);
        assertThat(interrupted.closedOn()).isEqualTo(today.minusDays(5));
        assertThat(interrupted.stateReason()).isEqualTo("Osoba nie zgłosiła się na zajęcia.");
        assertThat(interrupted.rights().transitions()).isEmpty();
        assertThat(interrupted.rights().outcomes()).containsExactly(OutcomeMoment.EXIT);
        assertThat(statistic(sent.id())).containsEntry("accepted", true).containsEntry("completed", false);

        users.signIn(cisUser);
        ReferralView exit = referrals.recordOutcome(sent.id(), new OutcomeInput(OutcomeMoment.EXIT,
                ExitOutcome.SOCIAL_ASSISTANCE, null));
        assertThat(exit.state()).isEqualTo(ReferralState.FOLLOW_UP);
        assertThat(exit.exitOutcome()).isEqualTo(ExitOutcome.SOCIAL_ASSISTANCE);
        assertThat(exit.history()).extracting(ReferralView.Change::to).containsExactly(ReferralState.SENT,
                ReferralState.ACCEPTED, ReferralState.INTERRUPTED, ReferralState.FOLLOW_UP);
    }

    @Test
    void theAnonymousStatisticRowFollowsTheReferral() {
        LocalDate today = RegionDate.today();
        LocalDate referred = today.minusMonths(15);
        ReferralView sent = send(opsUser, ReintegrationFixtures.referredOn(
                ReintegrationFixtures.input(PESEL, cis.id()), referred));
        Map<String, Object> row = statistic(sent.id());
        assertThat(row).containsEntry("year", referred.getYear()).containsEntry("quarter", (referred.getMonthValue() + 2) / 3)
                .containsEntry("accepted", false).containsEntry("completed", false)
                .containsEntry("sender_kind", "JSPS").containsEntry("receiver_kind", "CIS");

        move(cisUser, sent.id(), ReferralState.ACCEPTED, null, referred);
        assertThat(statistic(sent.id())).containsEntry("accepted", true).containsEntry("completed", false);
        move(cisUser, sent.id(), ReferralState.IN_PROGRAMME, null, referred);
        move(cisUser, sent.id(), ReferralState.COMPLETED, null, today.minusMonths(13));
        assertThat(statistic(sent.id())).containsEntry("completed", true);
        users.signIn(cisUser);
        referrals.recordOutcome(sent.id(), new OutcomeInput(OutcomeMoment.EXIT, ExitOutcome.OWN_BUSINESS, null));
        assertThat(statistic(sent.id())).containsEntry("exit_outcome", "OWN_BUSINESS")
                .containsEntry("outcome_12_months", null);
        referrals.recordOutcome(sent.id(), new OutcomeInput(OutcomeMoment.MONTHS_12, ExitOutcome.OPEN_MARKET_EMPLOYMENT,
                null));
        assertThat(statistic(sent.id())).containsEntry("outcome_12_months", "OPEN_MARKET_EMPLOYMENT");
        // the anonymous row carries no person key and no notes
        assertThat(row.keySet()).doesNotContain("person_key", "notes");
    }

    private Map<String, Object> statistic(long referralId) {
        return jdbc.sql("select * from reintegration_statistic where referral_id = :id").param("id", referralId)
                .query().singleRow();
    }

    @Test
    void aMoveNotAllowedFromTheCurrentStateIsAConflictOnTo() {
        ReferralView sent = send(opsUser, ReintegrationFixtures.input(PESEL, cis.id()));

        assertThatThrownBy(() -> move(cisUser, sent.id(), ReferralState.COMPLETED, null, null))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.properties()).containsEntry("field", "to");
                    assertThat(conflict.messageKey()).isEqualTo("reintegration.error.to.notAllowed");
                });
        move(cisUser, sent.id(), ReferralState.REJECTED, "Brak miejsc w programie.", null);
        assertThatThrownBy(() -> move(cisUser, sent.id(), ReferralState.ACCEPTED, null, null))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.sql("select state from reintegration_referral where id = :id").param("id", sent.id())
                .query(String.class).single()).isEqualTo("REJECTED");
    }

    @Test
    void rejectingInterruptingAndCancellingNeedAReason_andDatesMustFollowTheReferral() {
        ReferralView sent = send(opsUser, ReintegrationFixtures.input(PESEL, cis.id()));

        assertThatThrownBy(() -> move(cisUser, sent.id(), ReferralState.REJECTED, "  ", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(fields(problems)).containsExactly("reason"));
        assertThatThrownBy(() -> move(opsUser, sent.id(), ReferralState.CANCELLED, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(fields(problems)).containsExactly("reason"));
        assertThatThrownBy(() -> move(cisUser, sent.id(), ReferralState.ACCEPTED, null, sent.referredOn().minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(fields(problems)).containsExactly("on"));
        assertThatThrownBy(() -> move(cisUser, sent.id(), ReferralState.ACCEPTED, null, RegionDate.today().plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(fields(problems)).containsExactly("on"));
        assertThat(jdbc.sql("select count(*) from reintegration_referral_change").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theSenderOnlyCancels_untilTheReferralIsAnswered() {
        ReferralView sent = send(opsUser, ReintegrationFixtures.input(PESEL, cis.id()));
        ReferralView other = send(opsUser, ReintegrationFixtures.input(OTHER_PESEL, cis.id()));

        assertThatThrownBy(() -> move(opsUser, sent.id(), ReferralState.ACCEPTED, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> move(cisUser, sent.id(), ReferralState.CANCELLED, "pomyłka", null))
                .isInstanceOf(AccessDeniedException.class);
        ReferralView cancelled = move(opsUser, sent.id(), ReferralState.CANCELLED, "Osoba podjęła pracę.", null);
        assertThat(cancelled.state()).isEqualTo(ReferralState.CANCELLED);
        assertThat(cancelled.stateReason()).isEqualTo("Osoba podjęła pracę.");
        assertThat(cancelled.closedOn()).isEqualTo(RegionDate.today());
        assertThat(cancelled.rights().transitions()).isEmpty();

        move(cisUser, other.id(), ReferralState.ACCEPTED, null, null);
        assertThatThrownBy(() -> move(opsUser, other.id(), ReferralState.CANCELLED, "za późno", null))
                .isInstanceOf(ConflictException.class);
        users.signIn(opsUser);
        assertThatThrownBy(() -> referrals.recordOutcome(other.id(), new OutcomeInput(OutcomeMoment.EXIT,
                ExitOutcome.OTHER, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOutcomeBeforeTheEndOfTheProgrammeIsAConflictOnMoment() {
        ReferralView sent = send(opsUser, ReintegrationFixtures.input(PESEL, cis.id()));
        users.signIn(cisUser);

        assertThatThrownBy(() -> referrals.recordOutcome(sent.id(), new OutcomeInput(OutcomeMoment.EXIT,
                ExitOutcome.OTHER, null))).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.properties()).containsEntry("field", "moment"));
        assertThatThrownBy(() -> referrals.recordOutcome(sent.id(), new OutcomeInput(OutcomeMoment.MONTHS_3,
                ExitOutcome.OTHER, null))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> referrals.recordOutcome(sent.id(), new OutcomeInput(null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(fields(problems)).containsExactly("moment", "outcome"));
    }

    @Test
    void aFollowUpIsRecordedAtTheEarliestThirtyDaysBeforeItIsDue() {
        ReferralView sent = send(opsUser, ReintegrationFixtures.input(PESEL, cis.id()));
        move(cisUser, sent.id(), ReferralState.ACCEPTED, null, null);
        move(cisUser, sent.id(), ReferralState.IN_PROGRAMME, null, null);
        move(cisUser, sent.id(), ReferralState.INTERRUPTED, "Rezygnacja z udziału.", null);
        users.signIn(cisUser);
        ReferralView exit = referrals.recordOutcome(sent.id(), new OutcomeInput(OutcomeMoment.EXIT,
                ExitOutcome.SOCIAL_ASSISTANCE, null));
        assertThat(exit.rights().outcomes()).isEmpty();

        assertThatThrownBy(() -> referrals.recordOutcome(sent.id(), new OutcomeInput(OutcomeMoment.MONTHS_3,
                ExitOutcome.OTHER, null))).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(fields(problems)).containsExactly("on"));
    }

    @Test
    void twoUsersAcceptingOneReferralAtOnce_oneSucceedsAndTheOtherGetsAConflict() throws Exception {
        ReferralView sent = send(opsUser, ReintegrationFixtures.input(PESEL, cis.id()));
        UserView colleague = fixtures.pesUser(cis);
        users.signOut();
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

        List<String> results = AtOnce.twice(() -> {
            users.signIn(turn.getAndIncrement() == 0 ? cisUser : colleague);
            try {
                referrals.transition(sent.id(), new TransitionInput(ReferralState.ACCEPTED, null, null, null));
                return "accepted";
            } catch (ConflictException conflict) {
                return "conflict";
            } finally {
                users.signOut();
            }
        });

        assertThat(results).containsExactlyInAnyOrder("accepted", "conflict");
        assertThat(jdbc.sql("select count(*) from reintegration_referral_change where to_state = 'ACCEPTED'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsAConflict() {
        ReferralView sent = send(opsUser, ReintegrationFixtures.input(PESEL, cis.id()));
        users.signIn(cisUser);
        referrals.transition(sent.id(), new TransitionInput(ReferralState.RECEIVED, null, null, sent.version()));

        assertThatThrownBy(() -> referrals.transition(sent.id(), new TransitionInput(ReferralState.ACCEPTED, null,
                null, sent.version()))).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.properties()).containsEntry("field", "version"));
    }

    @Test
    void theListShowsTheOrganisationsOwnReferrals_filtered_newestFirst_andCountsOtherReferralsOfThePerson() {
        LocalDate today = RegionDate.today();
        ReferralView older = send(opsUser, ReintegrationFixtures.referredOn(ReintegrationFixtures.input(PESEL,
                cis.id()), today.minusDays(20)));
        ReferralView newer = send(opsUser, ReintegrationFixtures.input(PESEL, wtz.id()));
        ReferralView fromPup = send(pupUser, ReintegrationFixtures.input(OTHER_PESEL, cis.id()));

        users.signIn(opsUser);
        var sentByOps = referrals.referrals(ReferralQuery.all(), new Paging(0, 10), ReadChannel.LIST);
        assertThat(sentByOps.items()).extracting(ReferralSummary::id).containsExactly(newer.id(), older.id());
        assertThat(sentByOps.items()).allSatisfy(summary -> assertThat(summary.sentByCaller()).isTrue());
        assertThat(referrals.referral(newer.id(), ReadChannel.PAGE).earlierReferrals()).isEqualTo(1);

        users.signIn(cisUser);
        var received = referrals.referrals(new ReferralQuery(ReferralQuery.Side.RECEIVED, null, null, null, null, null,
                false), new Paging(0, 10), ReadChannel.LIST);
        assertThat(received.items()).extracting(ReferralSummary::id).containsExactly(fromPup.id(), older.id());
        assertThat(received.total()).isEqualTo(2);
        assertThat(referrals.referrals(new ReferralQuery(null, null, "Kartuz", null, null, null, false),
                new Paging(0, 10), ReadChannel.LIST).items()).extracting(ReferralSummary::id).containsExactly(fromPup.id());
        assertThat(referrals.referrals(new ReferralQuery(null, null, "#" + older.id(), null, null, null, false),
                new Paging(0, 10), ReadChannel.LIST).items()).extracting(ReferralSummary::id).containsExactly(older.id());
        assertThat(referrals.referrals(new ReferralQuery(null, null, null, older.personKey().toUpperCase(), null, null,
                false), new Paging(0, 10), ReadChannel.LIST).items()).extracting(ReferralSummary::id)
                .containsExactly(older.id());
        // the CIS sees only the referral it received of this person, not the OPS's one to the WTZ
        assertThat(referrals.referral(older.id(), ReadChannel.PAGE).earlierReferrals()).isZero();
        assertThatThrownBy(() -> referrals.referrals(new ReferralQuery(null, null, null, "not-a-key", null, null,
                false), new Paging(0, 10), ReadChannel.LIST)).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(fields(problems)).containsExactly("personKey"));
    }
}
