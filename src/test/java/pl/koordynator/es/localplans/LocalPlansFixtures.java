package pl.koordynator.es.localplans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.RegionDate;
import pl.koordynator.es.testing.TestUsers;

/**
 * JSTs, OWES, accounts and plans for the module's tests, made through the services as their users would.
 * {@link #jst(String, String)} a gmina's local government (kind JST) seated in the gmina, {@link #owes} an OWES,
 * {@link #partner} / {@link #owesUser} their accounts, {@link #input} a valid plan in preparation to vary with
 * the {@code with…} helpers, {@link #plan} one created by a fresh ROPS account.
 */
@Component
public class LocalPlansFixtures {

    /** Gmina miejska Gdańsk and its powiat (a city with powiat rights: 2261). */
    public static final String GDANSK = "2261011";
    public static final String GDANSK_POWIAT = "2261";
    /** Gmina miejska Kartuzy and powiat kartuski. */
    public static final String KARTUZY = "2205023";
    public static final String KARTUZY_POWIAT = "2205";
    /** A TERYT of another voivodeship (Warszawa). */
    public static final String OUTSIDE = "1465011";

    private final RegistryFixtures registry;
    private final TestUsers users;
    private final LocalPlans plans;

    LocalPlansFixtures(RegistryFixtures registry, TestUsers users, LocalPlans plans) {
        this.registry = registry;
        this.users = users;
        this.plans = plans;
    }

    /** A gmina's (or powiat's) local government, kind JST, seated in the gmina. */
    public OrganisationView jst(String name, String gmina) {
        return organisation(name, Kind.JST, gmina);
    }

    /** An OWES seated in the gmina. */
    public OrganisationView owes(String name, String gmina) {
        return registry.owes(name, gmina);
    }

    /** Any organisation (an OPS as the responsible unit: {@code Kind.JSPS}). */
    public OrganisationView organisation(String name, Kind kind, String gmina) {
        return registry.create(new OrganisationInput(name, null, kind, null, null, null, gmina, "ul. Długa 1",
                "80-001", "Gdańsk", null, null, null, null, List.of(), null, null, null, null, null, null, null, null,
                null));
    }

    /** A PES (a social cooperative) seated in the gmina. */
    public OrganisationView pes(String name, String gmina) {
        return organisation(name, Kind.SOCIAL_COOPERATIVE, gmina);
    }

    /** A PARTNER account acting for the organisation (a JST or its unit). */
    public UserView partner(OrganisationView organisation) {
        return users.create("lp-partner-" + System.nanoTime(), Role.PARTNER, organisation.id());
    }

    /** An OWES adviser acting for the OWES. */
    public UserView owesUser(OrganisationView owes) {
        return users.create("lp-owes-" + System.nanoTime(), Role.OWES, owes.id());
    }

    public UserView pesUser(OrganisationView pes) {
        return users.create("lp-pes-" + System.nanoTime(), Role.PES, pes.id());
    }

    public UserView admin() {
        return users.create("lp-admin-" + System.nanoTime(), Role.ADMIN);
    }

    public UserView user(Role role) {
        return users.create("lp-" + role.name().toLowerCase() + "-" + System.nanoTime(), role);
    }

    /**
     * A valid plan in preparation for the unit with this JST and OWES (either may be null): one goal, one
     * action of the JST serving it, one entered indicator, the period the next five years.
     */
    public static LocalPlanInput input(String unitTeryt, Long jstId, Long owesId) {
        int year = RegionDate.today().getYear();
        return new LocalPlanInput(unitTeryt, "Lokalny plan rozwoju ekonomii społecznej", null,
                LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 5, 12, 31), null, null, null,
                "Strategia rozwiązywania problemów społecznych", null, jstId, null, owesId, null, null,
                List.of(new LocalPlanInput.Goal(1, "Więcej miejsc pracy w PES", null)),
                List.of(new LocalPlanInput.Action(1, 1, "Zlecanie zadań publicznych PES", null,
                        jstId == null ? List.of() : List.of(jstId), List.of(), LocalDate.of(year + 1, 1, 1),
                        LocalDate.of(year + 2, 12, 31), new BigDecimal("100000.00"), "budżet gminy", null)),
                List.of(new LocalPlanInput.Indicator(1, 1, "Miejsca pracy w PES", "os.", Direction.HIGHER_IS_BETTER,
                        new BigDecimal("10"), year, new BigDecimal("30"), year + 5, IndicatorSource.ENTERED, null)));
    }

    public static LocalPlanInput withStatus(LocalPlanInput in, LocalPlanStatus status) {
        return new LocalPlanInput(in.unitTeryt(), in.title(), status, in.periodStart(), in.periodEnd(),
                in.resolutionNumber(), in.resolutionDate(), in.resolutionUrl(), in.strategyTitle(), in.strategyUrl(),
                in.jstId(), in.responsibleUnitId(), in.owesId(), in.consultationDeadline(), in.replacesId(),
                in.goals(), in.actions(), in.indicators());
    }

    /** Adopted by resolution {@code number} a month ago. */
    public static LocalPlanInput adopted(LocalPlanInput in, String number) {
        return new LocalPlanInput(in.unitTeryt(), in.title(), LocalPlanStatus.ADOPTED, in.periodStart(),
                in.periodEnd(), number, RegionDate.today().minusMonths(1), in.resolutionUrl(), in.strategyTitle(),
                in.strategyUrl(), in.jstId(), in.responsibleUnitId(), in.owesId(), in.consultationDeadline(),
                in.replacesId(), in.goals(), in.actions(), in.indicators());
    }

    /** In consultation until {@code deadline}. */
    public static LocalPlanInput inConsultation(LocalPlanInput in, LocalDate deadline) {
        return new LocalPlanInput(in.unitTeryt(), in.title(), LocalPlanStatus.IN_CONSULTATION, in.periodStart(),
                in.periodEnd(), in.resolutionNumber(), in.resolutionDate(), in.resolutionUrl(), in.strategyTitle(),
                in.strategyUrl(), in.jstId(), in.responsibleUnitId(), in.owesId(), deadline, in.replacesId(),
                in.goals(), in.actions(), in.indicators());
    }

    public static LocalPlanInput withPeriod(LocalPlanInput in, LocalDate start, LocalDate end) {
        return new LocalPlanInput(in.unitTeryt(), in.title(), in.status(), start, end, in.resolutionNumber(),
                in.resolutionDate(), in.resolutionUrl(), in.strategyTitle(), in.strategyUrl(), in.jstId(),
                in.responsibleUnitId(), in.owesId(), in.consultationDeadline(), in.replacesId(), in.goals(),
                in.actions(), in.indicators());
    }

    public static LocalPlanInput withTitle(LocalPlanInput in, String title) {
        return new LocalPlanInput(in.unitTeryt(), title, in.status(), in.periodStart(), in.periodEnd(),
                in.resolutionNumber(), in.resolutionDate(), in.resolutionUrl(), in.strategyTitle(), in.strategyUrl(),
                in.jstId(), in.responsibleUnitId(), in.owesId(), in.consultationDeadline(), in.replacesId(),
                in.goals(), in.actions(), in.indicators());
    }

    public static LocalPlanInput withResponsibleUnit(LocalPlanInput in, Long responsibleUnitId) {
        return new LocalPlanInput(in.unitTeryt(), in.title(), in.status(), in.periodStart(), in.periodEnd(),
                in.resolutionNumber(), in.resolutionDate(), in.resolutionUrl(), in.strategyTitle(), in.strategyUrl(),
                in.jstId(), responsibleUnitId, in.owesId(), in.consultationDeadline(), in.replacesId(), in.goals(),
                in.actions(), in.indicators());
    }

    public static LocalPlanInput replacing(LocalPlanInput in, long replacesId) {
        return new LocalPlanInput(in.unitTeryt(), in.title(), in.status(), in.periodStart(), in.periodEnd(),
                in.resolutionNumber(), in.resolutionDate(), in.resolutionUrl(), in.strategyTitle(), in.strategyUrl(),
                in.jstId(), in.responsibleUnitId(), in.owesId(), in.consultationDeadline(), replacesId, in.goals(),
                in.actions(), in.indicators());
    }

    public static LocalPlanInput withRows(LocalPlanInput in, List<LocalPlanInput.Goal> goals,
            List<LocalPlanInput.Action> actions, List<LocalPlanInput.Indicator> indicators) {
        return new LocalPlanInput(in.unitTeryt(), in.title(), in.status(), in.periodStart(), in.periodEnd(),
                in.resolutionNumber(), in.resolutionDate(), in.resolutionUrl(), in.strategyTitle(), in.strategyUrl(),
                in.jstId(), in.responsibleUnitId(), in.owesId(), in.consultationDeadline(), in.replacesId(), goals,
                actions, indicators);
    }

    /** A plan for the unit created by a fresh ROPS account. */
    public LocalPlanView plan(LocalPlanInput input) {
        return as(admin(), () -> plans.create(input));
    }

    /** A plan in preparation for the unit with this JST and OWES, created by a fresh ROPS account. */
    public LocalPlanView plan(String unitTeryt, OrganisationView jst, OrganisationView owes) {
        return plan(input(unitTeryt, jst == null ? null : jst.id(), owes == null ? null : owes.id()));
    }

    /** Runs as the user, signed out afterwards. */
    public <T> T as(UserView user, Supplier<T> call) {
        users.signIn(user);
        try {
            return call.get();
        } finally {
            users.signOut();
        }
    }

    public void as(UserView user, Runnable call) {
        as(user, () -> {
            call.run();
            return null;
        });
    }

    /** A tiny valid PDF. */
    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
