package pl.koordynator.es.localplans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.needs.NeedsFixtures;
import pl.koordynator.es.publicservices.ClauseMeasuresFixtures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.support.SupportFixtures;
import pl.koordynator.es.testing.RegionDate;

/**
 * The platform's data around a gmina for the diagnosis tests, made through the other modules' services
 * where they have one (register, support, needs) and written into their tables where the tests of those
 * modules do the same (procurements, networks, ties):
 * <pre>
 * Bytów (2201023)        social cooperative A (10 jobs), CIS (40 reintegration places), NGO,
 *                        social cooperative B with PS status; support for A by the OWES; a published need
 *                        (reported by A); a procurement of the gmina with an art. 94 lot this year;
 *                        A in a network and tied to D
 * Borzytuchom (2201012)  NGO C, supported by the OWES            (same powiat 2201)
 * Gdańsk (2261011)       social cooperative D, supported by the OWES  (another powiat)
 * </pre>
 * Plans are made through the plans service ({@link LocalPlansFixtures}).
 */
@Component
public class LocalPlanDiagnosisFixtures {

    public static final String BYTOW = "2201023";
    public static final String BORZYTUCHOM = "2201012";
    public static final String POWIAT_BYTOWSKI = "2201";
    public static final String GDANSK = "2261011";

    private final RegistryFixtures registry;
    private final SupportFixtures support;
    private final NeedsFixtures needs;
    private final JdbcClient jdbc;
    private final LocalPlansFixtures plans;

    public OrganisationView a;
    public OrganisationView b;
    public OrganisationView c;
    public OrganisationView d;
    public OrganisationView owes;

    LocalPlanDiagnosisFixtures(RegistryFixtures registry, SupportFixtures support, NeedsFixtures needs, JdbcClient jdbc,
            LocalPlansFixtures plans) {
        this.registry = registry;
        this.support = support;
        this.needs = needs;
        this.jdbc = jdbc;
        this.plans = plans;
    }

    public LocalPlanDiagnosisFixtures enter() {
        LocalDate today = RegionDate.today();
        a = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Kaszubska", BYTOW));
        registry.create(of(RegistryFixtures.pes("Centrum Integracji Społecznej w Bytowie", BYTOW), Kind.CIS, 40, null,
                null));
        registry.create(of(RegistryFixtures.pes("Stowarzyszenie Bytowskie", BYTOW), Kind.NGO, null, null, null));
        b = registry.create(of(RegistryFixtures.pes("Spółdzielnia Socjalna Przedsiębiorcza", BYTOW),
                Kind.SOCIAL_COOPERATIVE, null, "PS.1.2024", today.minusYears(1)));
        c = registry.create(of(RegistryFixtures.pes("Stowarzyszenie Borzytuchomskie", BORZYTUCHOM), Kind.NGO, null,
                null, null));
        d = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Gdańska", GDANSK));
        owes = support.owes("OWES Pomorze Środkowe");
        support.record(a, owes, today.minusMonths(3), "2", SupportForm.CONSULTING);
        support.record(c, owes, today.minusMonths(5), "3", SupportForm.CONSULTING);
        support.record(d, owes, today.minusMonths(2), "1", SupportForm.CONSULTING);
        needs.published(needs.member(Role.PES, a), NeedsFixtures.input(BYTOW, "Brak miejsc reintegracji w Bytowie"));

        ClauseMeasuresFixtures procurements = new ClauseMeasuresFixtures(jdbc);
        long gmina = procurements.organisation("Gmina Bytów", "JST", BYTOW);
        long procurement = procurements.procurement(gmina, "Gmina Bytów", "JST", BYTOW, today.minusDays(3),
                "Catering w szkołach");
        procurements.lot(procurement, 1, "100000", Map.of("reserved_art94", "SOCIAL_COOPERATIVES"));

        long network = jdbc.sql("""
                insert into network (name, kind, created_by) values ('Sieć Spółdzielni Socjalnych Pomorza', 'PES_BRANCH',
                    'test') returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into network_member (network_id, organisation_id, role, joined_on, created_by)
                values (:network, :organisation, 'MEMBER', :joined, 'test')""")
                .param("network", network).param("organisation", a.id()).param("joined", today.minusYears(1)).update();
        jdbc.sql("""
                insert into tie (from_organisation_id, to_organisation_id, kind, starts_on, confirmed, created_by)
                values (:from, :to, 'COOPERATION_AGREEMENT', :starts, true, 'test')""")
                .param("from", a.id()).param("to", d.id()).param("starts", today.minusYears(1)).update();
        return this;
    }

    /**
     * A plan in preparation for a gmina (7 digits) or a powiat (4 digits), made through the plans service,
     * with a fresh JST of the unit (seated in Bytów for the powiat) whose PARTNER users write its sections.
     */
    public LocalPlanView plan(String unitTeryt, String jstName) {
        OrganisationView jst = plans.jst(jstName, unitTeryt.length() == 7 ? unitTeryt : BYTOW);
        return plans.plan(unitTeryt, jst, null);
    }

    /** The DIAGNOSIS section's text as the sections editor leaves it. */
    public void diagnosisText(long planId, String text) {
        jdbc.sql("""
                insert into localplans_section (plan_id, section_key, text, version_no) values (:plan, 'DIAGNOSIS', :text, 1)
                on conflict (plan_id, section_key) do update set text = excluded.text, version_no = 2""")
                .param("plan", planId).param("text", text).update();
    }

    private static OrganisationInput of(OrganisationInput in, Kind kind, Integer places, String decision,
            LocalDate since) {
        return new OrganisationInput(in.name(), in.shortName(), kind, in.nip(), in.regon(), in.krs(), in.gminaTeryt(),
                in.street(), in.postalCode(), in.town(), in.email(), in.phone(), in.website(), in.description(),
                List.of(), in.employees(), in.employeesAtRisk(), places, decision, since, null, in.owesId(),
                in.status(), in.version());
    }
}
