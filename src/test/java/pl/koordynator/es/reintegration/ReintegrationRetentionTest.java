package pl.koordynator.es.reintegration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.privacy.PersonalDataRetention.Removed;
import pl.koordynator.es.privacy.domain.RetentionJob;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.koordynator.es.reintegration.ReintegrationPrivacyFixtures.OTHER_PESEL;
import static pl.koordynator.es.reintegration.ReintegrationPrivacyFixtures.PESEL;

/**
 * Referrals closed more than five years ago (the default {@code retention-years}) are erased by the daily
 * retention job; the anonymous counts of their years stay, and so does everything younger.
 */
class ReintegrationRetentionTest extends IntegrationTest {

    @Autowired
    ReintegrationPrivacyFixtures fixtures;

    @Autowired
    RetentionJob retention;

    @Autowired
    Clock clock;

    @Test
    void aReferralClosedSixYearsAgoIsGoneAfterTheJobAndTheYearlyCountsAreUnchanged() {
        LocalDate today = RegionDate.today();
        String person = fixtures.keyOfPesel(PESEL);
        long sixYearsAgo = fixtures.referral(person, today.minusYears(7), "FOLLOW_UP", today.minusYears(6));
        fixtures.followUp(sixYearsAgo, "MONTHS_12", today.minusYears(5).minusDays(10), "OPEN_MARKET_EMPLOYMENT");
        long fourYearsAgo = fixtures.referral(person, today.minusYears(5), "REJECTED", today.minusYears(4));
        // still open although referred long ago: retention counts from the end, not from the referral
        long stillOpen = fixtures.referral(fixtures.keyOfPesel(OTHER_PESEL), today.minusYears(7), "IN_PROGRAMME", null);
        jdbc.sql("insert into reintegration_read (referral_id, user_id, channel, read_at) values (:id, 1, 'PAGE', :at)")
                .param("id", sixYearsAgo).param("at", OffsetDateTime.now(clock).minusYears(6)).update();
        jdbc.sql("insert into reintegration_read (referral_id, user_id, channel, read_at) values (:id, 1, 'PAGE', :at)")
                .param("id", fourYearsAgo).param("at", OffsetDateTime.now(clock).minusYears(4)).update();
        int sevenYearsAgoCount = fixtures.countedIn(today.minusYears(7).getYear());
        int fiveYearsAgoCount = fixtures.countedIn(today.minusYears(5).getYear());
        String outcomesBefore = outcomes();
        assertThat(sevenYearsAgoCount).isEqualTo(2);

        List<Removed> removed = retention.removeExpired(clock.instant());

        assertThat(removed).contains(new Removed("reintegration.referrals", 1), new Removed("reintegration.reads", 1));
        assertThat(jdbc.sql("select id from reintegration_referral order by id").query(Long.class).list())
                .containsExactly(fourYearsAgo, stillOpen);
        assertThat(jdbc.sql("select count(*) from reintegration_follow_up").query(Integer.class).single()).isZero();
        assertThat(fixtures.countedIn(today.minusYears(7).getYear())).isEqualTo(sevenYearsAgoCount);
        assertThat(fixtures.countedIn(today.minusYears(5).getYear())).isEqualTo(fiveYearsAgoCount);
        assertThat(outcomes()).as("the outcomes at exit and at 12 months are still counted").isEqualTo(outcomesBefore);
        assertThat(jdbc.sql("select referral_id from reintegration_read").query(Long.class).list())
                .containsExactly(fourYearsAgo);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'PersonalDataRetention'"
                + " and entity_id = 'reintegration.referrals'").query(Integer.class).single()).isEqualTo(1);

        assertThat(retention.removeExpired(clock.instant())).as("a second run finds nothing")
                .contains(new Removed("reintegration.referrals", 0), new Removed("reintegration.reads", 0));
    }

    private String outcomes() {
        return jdbc.sql("""
                select string_agg(year || ':' || accepted || ':' || completed || ':' || coalesce(exit_outcome, '-') || ':'
                    || coalesce(outcome_12_months, '-'), ',' order by year, exit_outcome, accepted)
                from reintegration_statistic""").query(String.class).single();
    }
}
