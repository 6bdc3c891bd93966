package pl.koordynator.es.reintegration;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.RegionDate;
import pl.koordynator.es.testing.TestUsers;

/**
 * The parties of referrals, made through the register's service as ROPS would: an OPS (kind JSPS) and a
 * PUP (IRP) that send, a CIS, a WTZ and a social enterprise (a social cooperative with the PS status)
 * that receive, an NGO that is none of these; users acting for them; valid referral inputs and PESELs.
 */
@Component
public class ReintegrationFixtures {

    /** Gmina miejska Gdańsk (powiat 2261) and Kartuzy (powiat kartuski 2205). */
    public static final String GDANSK = "2261011";
    public static final String KARTUZY = "2205023";

    /** Valid PESELs (check digit right) of fictional people. */
    public static final String PESEL = "85031212343";
    public static final String OTHER_PESEL = "92071509876";
    /** A PESEL whose check digit is wrong. */
    public static final String WRONG_PESEL = "85031212344";

    private final RegistryFixtures registry;
    private final TestUsers users;

    ReintegrationFixtures(RegistryFixtures registry, TestUsers users) {
        this.registry = registry;
        this.users = users;
    }

    public OrganisationView organisation(String name, Kind kind, String gmina) {
        return registry.create(new OrganisationInput(name, null, kind, null, null, null, gmina, "ul. Długa 1",
                "80-001", "Gdańsk", null, null, null, null, List.of(), null, null, null, null, null, null, null,
                null, null));
    }

    public OrganisationView ops(String name) {
        return organisation(name, Kind.JSPS, GDANSK);
    }

    public OrganisationView pup(String name) {
        return organisation(name, Kind.IRP, KARTUZY);
    }

    public OrganisationView cis(String name) {
        return organisation(name, Kind.CIS, GDANSK);
    }

    public OrganisationView wtz(String name) {
        return organisation(name, Kind.WTZ, KARTUZY);
    }

    public OrganisationView ngo(String name) {
        return organisation(name, Kind.NGO, GDANSK);
    }

    /** A social cooperative holding the social enterprise status since last year. */
    public OrganisationView socialEnterprise(String name) {
        return registry.create(new OrganisationInput(name, null, Kind.SOCIAL_COOPERATIVE, null, null, null, GDANSK,
                "ul. Długa 1", "80-001", "Gdańsk", null, null, null, null, List.of(), 12, 6, null, "PS/1/2025",
                RegionDate.today().minusYears(1), null, null, null, null));
    }

    /** A PARTNER account acting for an OPS, PCPR or PUP. */
    public UserView partner(OrganisationView organisation) {
        return users.create("ri-partner-" + System.nanoTime(), Role.PARTNER, organisation.id());
    }

    /** A PES account acting for a unit or social enterprise. */
    public UserView pesUser(OrganisationView organisation) {
        return users.create("ri-pes-" + System.nanoTime(), Role.PES, organisation.id());
    }

    public UserView user(Role role) {
        return users.create("ri-" + role.name().toLowerCase() + "-" + System.nanoTime(), role);
    }

    /** A valid referral of the person with this PESEL to the receiver, referred a week ago. */
    public static ReferralInput input(String pesel, long receiverId) {
        return new ReferralInput(pesel, null, null, receiverId,
                List.of(RiskGroup.LONG_TERM_UNEMPLOYED, RiskGroup.HOMELESSNESS), LegalBasis.SOCIAL_EMPLOYMENT_ACT,
                RegionDate.today().minusDays(7), ProgrammeKind.IPZS, "IPZS/12/2026", RegionDate.today().minusDays(7),
                RegionDate.today().plusMonths(6), "Zainteresowany pracą w gastronomii.");
    }

    /** The same person by surname and birth date. */
    public static ReferralInput byName(String surname, LocalDate birthDate, long receiverId) {
        ReferralInput in = input(null, receiverId);
        return new ReferralInput(null, surname, birthDate, receiverId, in.riskGroups(), in.legalBasis(),
                in.referredOn(), in.programmeKind(), in.programmeReference(), in.programmeStart(), in.programmeEnd(),
                in.notes());
    }

    public static ReferralInput withNotes(ReferralInput in, String notes) {
        return new ReferralInput(in.personPesel(), in.personSurname(), in.personBirthDate(), in.receiverId(),
                in.riskGroups(), in.legalBasis(), in.referredOn(), in.programmeKind(), in.programmeReference(),
                in.programmeStart(), in.programmeEnd(), notes);
    }

    public static ReferralInput referredOn(ReferralInput in, LocalDate day) {
        return new ReferralInput(in.personPesel(), in.personSurname(), in.personBirthDate(), in.receiverId(),
                in.riskGroups(), in.legalBasis(), day, in.programmeKind(), in.programmeReference(), null, null,
                in.notes());
    }
}
