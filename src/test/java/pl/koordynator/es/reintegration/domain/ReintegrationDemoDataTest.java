package pl.koordynator.es.reintegration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.reintegration.AggregateLevel;
import pl.koordynator.es.reintegration.AggregateTable;
import pl.koordynator.es.reintegration.ReadChannel;
import pl.koordynator.es.reintegration.ReferralQuery;
import pl.koordynator.es.reintegration.ReferralState;
import pl.koordynator.es.reintegration.ReferralSummary;
import pl.koordynator.es.reintegration.Referrals;
import pl.koordynator.es.reintegration.ReintegrationAggregates;
import pl.koordynator.es.reintegration.ReintegrationFixtures;
import pl.koordynator.es.privacy.PersonIdentity;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo reintegration data, loaded explicitly (tests run without demo data) over a small register like the
 * demo's: about 300 referrals over two years in every state with their history, follow-ups and statistics;
 * places of every unit; demo.ops and demo.cis acting for the first OPS and the first CIS, which exchange a
 * dozen referrals in every state, and seeing only their own organisations' referrals.
 */
class ReintegrationDemoDataTest extends IntegrationTest {

    @Autowired
    ReintegrationDemoData demo;
    @Autowired
    ReintegrationFixtures fixtures;
    @Autowired
    Referrals referrals;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ReintegrationAggregates aggregates;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void loadsAboutThreeHundredReferralsOverTwoYearsInEveryStateWithPlacesAndThePairOfDemoAccounts() {
        LocalDate today = RegionDate.today();
        String[] gminas = {ReintegrationFixtures.GDANSK, ReintegrationFixtures.KARTUZY, "2215011", "2262011"};
        List<OrganisationView> senders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            senders.add(fixtures.organisation("Ośrodek Pomocy Społecznej " + i + " (DEMO)",
                    i % 4 == 3 ? Kind.IRP : Kind.JSPS, gminas[i % gminas.length]));
        }
        List<OrganisationView> units = new ArrayList<>();
        for (Kind kind : List.of(Kind.CIS, Kind.KIS, Kind.ZAZ, Kind.WTZ, Kind.CIS, Kind.WTZ)) {
            units.add(fixtures.organisation("Jednostka " + kind + " " + units.size() + " (DEMO)", kind,
                    gminas[units.size() % gminas.length]));
        }
        units.add(fixtures.socialEnterprise("Spółdzielnia Socjalna „Przedsiębiorcza” (DEMO)"));
        fixtures.ngo("Stowarzyszenie spoza skierowań (DEMO)");
        UserView ops = users.create(ReintegrationDemoData.OPS_ACCOUNT, Role.PARTNER);
        UserView cis = users.create(ReintegrationDemoData.CIS_ACCOUNT, Role.PES);

        ReintegrationDemoData.Loaded loaded = demo.load(today);

        assertThat(loaded.referrals()).isBetween(270, 330);
        assertThat(loaded.units()).isEqualTo(units.size());
        assertThat(number("select count(*) from reintegration_referral")).isEqualTo(loaded.referrals());
        assertThat(number("select count(*) from reintegration_referral where not demo")).isZero();
        assertThat(number("select count(*) from reintegration_referral where referred_on > '" + today + "' or "
                + "referred_on < '" + today.minusYears(2) + "'")).as("over the last two years").isZero();
        assertThat(number("select count(distinct extract(year from referred_on) * 10 + extract(quarter from referred_on))"
                + " from reintegration_referral")).as("every quarter of two years").isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("select distinct state from reintegration_referral").query(String.class).set())
                .containsExactlyInAnyOrder(Arrays.stream(ReferralState.values()).map(Enum::name).toArray(String[]::new));
        assertThat(number("select count(*) from reintegration_referral where state in ('REJECTED', 'INTERRUPTED', "
                + "'CANCELLED') and state_reason is null")).as("reasons").isZero();
        assertThat(number("select count(*) from reintegration_referral where sender_kind not in ('JSPS', 'IRP')"))
                .as("a few from units").isBetween(1L, 40L);
        // realistic by age: nothing ended within days of its sending, nothing old still waiting for an answer
        assertThat(number("select count(*) from reintegration_referral where state in ('SENT', 'RECEIVED') and "
                + "referred_on < '" + today.minusDays(30) + "'")).isZero();
        assertThat(number("select count(*) from reintegration_referral where ended_on is not null and "
                + "(started_on is null or ended_on < started_on or ended_on > '" + today + "')")).isZero();
        assertThat(number("select count(*) from reintegration_referral where state = 'FOLLOW_UP' and exit_outcome is null"))
                .isZero();

        // the same person again: about 15 % of the people; keys as the service makes them, from valid PESELs
        long people = number("select count(distinct person_key) from reintegration_referral");
        long again = number("select count(*) from (select person_key from reintegration_referral group by person_key "
                + "having count(*) > 1) p");
        assertThat(people).isEqualTo(loaded.people());
        assertThat(again * 100 / people).isBetween(10L, 20L);
        assertThat(number("select count(*) from reintegration_referral where person_key !~ '^[0-9a-f]{64}$'")).isZero();
        assertThat(PersonIdentity.validPesel(ReintegrationDemoData.pesel(LocalDate.of(2003, 7, 9), 4321))).isTrue();
        assertThat(PersonIdentity.validPesel(ReintegrationDemoData.pesel(LocalDate.of(1961, 12, 31), 17))).isTrue();

        // history: every referral starts SENT; each step a row; the current state is the last one
        assertThat(number("select count(*) from reintegration_referral r where not exists (select 1 from "
                + "reintegration_referral_change c where c.referral_id = r.id and c.from_state is null "
                + "and c.to_state = 'SENT')")).isZero();
        assertThat(number("""
                select count(*) from reintegration_referral r where r.state <> (select c.to_state from
                    reintegration_referral_change c where c.referral_id = r.id order by c.changed_at desc, c.id desc
                    limit 1)""")).isZero();

        // follow-ups: three per referral in follow-up; none due before today forgotten by the reminder job but the
        // pair's one due now
        assertThat(number("select count(*) from reintegration_follow_up")).isEqualTo(
                3 * number("select count(*) from reintegration_referral where state = 'FOLLOW_UP'"));
        assertThat(number("select count(*) from reintegration_follow_up where outcome is not null")).isPositive();
        assertThat(number("select count(*) from reintegration_follow_up where due_on <= '" + today
                + "' and outcome is null and reminder_sent_at is null")).isBetween(1L, 2L);

        // the anonymous statistic follows every referral (the V41 triggers), with 12-month outcomes
        assertThat(number("select count(*) from reintegration_statistic where demo")).isEqualTo(loaded.referrals());
        assertThat(number("select count(*) from reintegration_statistic where outcome_12_months is not null")).isPositive();
        assertThat(number("select count(*) from reintegration_statistic where exit_outcome is not null")).isPositive();

        // places of every unit: some free, some full with a waiting list
        assertThat(number("select count(*) from reintegration_unit where demo")).isEqualTo(units.size());
        assertThat(number("select count(*) from reintegration_unit u where not exists (select 1 from "
                + "reintegration_capacity c where c.organisation_id = u.organisation_id)")).isZero();
        assertThat(number("select count(*) from (select organisation_id from reintegration_capacity group by "
                + "organisation_id having sum(places - occupied) = 0 and sum(waiting) > 0) f")).isPositive();
        assertThat(number("select count(*) from (select organisation_id from reintegration_capacity group by "
                + "organisation_id having sum(places - occupied) > 0) f")).isPositive();
        assertThat(number("select count(distinct updated_on) from reintegration_unit")).isGreaterThan(1);

        // the demo pair: the first OPS and the first CIS, a dozen referrals between them in every state
        OrganisationView firstOps = senders.get(0);
        OrganisationView firstCis = units.get(0);
        UserView opsUser = accounts.find(ops.id()).orElseThrow();
        UserView cisUser = accounts.find(cis.id()).orElseThrow();
        assertThat(opsUser.organisationId()).isEqualTo(firstOps.id());
        assertThat(cisUser.organisationId()).isEqualTo(firstCis.id());
        assertThat(loaded.pairReferrals()).isGreaterThanOrEqualTo(12);
        assertThat(jdbc.sql("select distinct state from reintegration_referral where sender_id = :ops and receiver_id = :cis")
                .param("ops", firstOps.id()).param("cis", firstCis.id()).query(String.class).set())
                .containsExactlyInAnyOrder(Arrays.stream(ReferralState.values()).map(Enum::name).toArray(String[]::new));
        assertThat(jdbc.sql("""
                select count(*) from reintegration_follow_up f join reintegration_referral r on r.id = f.referral_id
                where r.sender_id = :ops and r.receiver_id = :cis and f.due_on <= :today and f.due_on > :monthAgo
                  and f.outcome is null""").param("ops", firstOps.id()).param("cis", firstCis.id())
                .param("today", today).param("monthAgo", today.minusMonths(1)).query(Long.class).single())
                .as("a follow-up due now").isPositive();

        users.signIn(opsUser);
        List<ReferralSummary> seenByOps = Paging.everyPage(page -> referrals.referrals(ReferralQuery.all(), page,
                ReadChannel.LIST));
        assertThat(seenByOps).isNotEmpty().allMatch(r -> r.sender().id() == firstOps.id());
        assertThat(seenByOps).hasSize((int) number("select count(*) from reintegration_referral where sender_id = "
                + firstOps.id()));
        assertThat(seenByOps).filteredOn(r -> r.receiver().id() == firstCis.id()).hasSizeGreaterThanOrEqualTo(loaded.pairReferrals());
        assertThat(seenByOps).extracting(ReferralSummary::state).contains(ReferralState.SENT, ReferralState.RECEIVED);

        users.signIn(cisUser);
        List<ReferralSummary> seenByCis = Paging.everyPage(page -> referrals.referrals(ReferralQuery.all(), page,
                ReadChannel.LIST));
        assertThat(seenByCis).isNotEmpty()
                .allMatch(r -> r.receiver().id() == firstCis.id() || r.sender().id() == firstCis.id());
        assertThat(seenByCis).hasSize((int) number("select count(*) from reintegration_referral where receiver_id = "
                + firstCis.id() + " or sender_id = " + firstCis.id()));
        assertThat(referrals.referrals(new ReferralQuery(null, null, null, null, null, null, true), new Paging(0, 50),
                ReadChannel.LIST).items()).as("the dashboard's follow-ups due").isNotEmpty();
        users.signOut();

        // the aggregates of last year: small cells suppressed, the region's totals published
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        AggregateTable lastYear = aggregates.table(today.getYear() - 1, null, AggregateLevel.POWIAT);
        List<AggregateTable.Cell> cells = new ArrayList<>();
        for (AggregateTable.Area area : lastYear.areas()) {
            cells.addAll(List.of(area.referrals(), area.accepted(), area.completed(), area.employment()));
            cells.addAll(area.exitOutcomes().values());
            cells.addAll(area.outcomes12Months().values());
        }
        lastYear.region().flows().cells().values().forEach(row -> cells.addAll(row.values()));
        assertThat(cells).anyMatch(AggregateTable.Cell::suppressed)
                .anyMatch(cell -> !cell.suppressed() && cell.value() >= 5);
        assertThat(lastYear.areas()).anyMatch(area -> !area.cooperatingPairs().suppressed() && area.cooperatingPairs().value() > 0);
        // the region's year: its totals are figures, not "<5", and the referrals are the sum of the powiats' rows
        // (published or hidden), which the statistic holds
        AggregateTable.Area region = aggregates.table(today.getYear() - 1, null, AggregateLevel.REGION).region();
        long referralsOfYear = number("select count(*) from reintegration_statistic where year = " + (today.getYear() - 1));
        long acceptedOfYear = number("select count(*) from reintegration_statistic where accepted and year = "
                + (today.getYear() - 1));
        assertThat(referralsOfYear).isGreaterThanOrEqualTo(5);
        assertThat(region.referrals().suppressed()).as("the region's referrals").isFalse();
        assertThat(region.referrals().value()).isEqualTo(referralsOfYear);
        assertThat(region.flows().total().value()).isEqualTo(referralsOfYear);
        if (acceptedOfYear >= 5) {
            assertThat(region.accepted().suppressed()).as("the region's accepted").isFalse();
            assertThat(region.accepted().value()).isEqualTo(acceptedOfYear);
        }
        users.signOut();
    }

    private long number(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
