package pl.koordynator.es.reintegration;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.privacy.PersonIdentity;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.reintegration.domain.ReintegrationPersonKeys;
import pl.koordynator.es.testing.RegionDate;

/**
 * Referrals written straight into the tables, as the referral service would leave them (the statistic row
 * follows by trigger), for the tests of personal data, retention and reminders; and real organisations of
 * the register for those that need users of the receiving unit.
 */
@Component
public class ReintegrationPrivacyFixtures {

    /** Valid PESELs (check digit right) of fictional people. */
    public static final String PESEL = "85031701238";
    public static final String OTHER_PESEL = "77112504577";

    private final JdbcClient jdbc;
    private final ReintegrationPersonKeys keys;
    private final RegistryFixtures registry;

    ReintegrationPrivacyFixtures(JdbcClient jdbc, ReintegrationPersonKeys keys, RegistryFixtures registry) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.registry = registry;
    }

    public String keyOfPesel(String pesel) {
        return keys.keyOf(PersonIdentity.of(pesel, null, null, RegionDate.today()));
    }

    public String keyOfName(String surname, LocalDate birthDate) {
        return keys.keyOf(PersonIdentity.of(null, surname, birthDate, RegionDate.today()));
    }

    /** An open organisation of the register of the kind (a CIS receives, a JSPS sends), in Gdańsk. */
    public OrganisationView organisation(String name, Kind kind) {
        return registry.create(new OrganisationInput(name, null, kind, null, null, null, "2261011", "ul. Długa 1",
                "80-001", "Gdańsk", null, null, null, null, List.of(), null, null, null, null, null, null, null, null,
                null));
    }

    /** A referral from an OPS (id 1001) to a CIS (id 2001) unless other ids are given; closed when {@code closedOn} is set. */
    public long referral(String personKey, LocalDate referredOn, String state, LocalDate closedOn) {
        return referral(personKey, 1001, 2001, referredOn, state, closedOn, null);
    }

    public long referral(String personKey, long senderId, long receiverId, LocalDate referredOn, String state,
            LocalDate closedOn, Long createdBy) {
        return jdbc.sql("""
                insert into reintegration_referral (person_key, sender_id, sender_name, sender_kind, sender_powiat_teryt,
                    receiver_id, receiver_name, receiver_kind, receiver_powiat_teryt, risk_groups, legal_basis, referred_on,
                    programme_kind, notes, state, accepted_on, ended_on, ended_as, exit_outcome, closed_on, created_by)
                values (:key, :sender, 'OPS w Gdańsku (test)', 'JSPS', '2261', :receiver, 'CIS w Gdańsku (test)', 'CIS',
                    '2261', array['LONG_TERM_UNEMPLOYED']::varchar[], 'SOCIAL_EMPLOYMENT_ACT', :on, 'IPZS',
                    'Notatka bez danych osoby', :state, :accepted, :closed, :endedAs, :outcome, :closed, :createdBy)
                returning id""")
                .param("key", personKey).param("sender", senderId).param("receiver", receiverId).param("on", referredOn)
                .param("state", state)
                .param("accepted", "FOLLOW_UP".equals(state) || "IN_PROGRAMME".equals(state) ? referredOn.plusDays(7) : null)
                .param("closed", closedOn)
                .param("endedAs", "FOLLOW_UP".equals(state) ? "COMPLETED" : null)
                .param("outcome", "FOLLOW_UP".equals(state) ? "OPEN_MARKET_EMPLOYMENT" : null)
                .param("createdBy", createdBy)
                .query(Long.class).single();
    }

    public void change(long referralId, String from, String to, String reason, LocalDate on, Long by) {
        jdbc.sql("""
                insert into reintegration_referral_change (referral_id, from_state, to_state, reason, changed_on, changed_by)
                values (:id, :from, :to, :reason, :on, :by)""")
                .param("id", referralId).param("from", from).param("to", to).param("reason", reason).param("on", on)
                .param("by", by).update();
    }

    public void followUp(long referralId, String moment, LocalDate dueOn, String outcome) {
        jdbc.sql("""
                insert into reintegration_follow_up (referral_id, moment, due_on, outcome, recorded_on)
                values (:id, :moment, :due, :outcome, case when :outcome::text is null then null else :due end)""")
                .param("id", referralId).param("moment", moment).param("due", dueOn).param("outcome", outcome).update();
    }

    /** Referrals counted for the year in the anonymous statistic, erased or not. */
    public int countedIn(int year) {
        return jdbc.sql("select count(*) from reintegration_statistic where year = :year").param("year", year)
                .query(Integer.class).single();
    }
}
