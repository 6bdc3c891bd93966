package pl.koordynator.es.localplans;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Plans and indicators for the monitoring's tests, written as rows (the plans' own service is another part
 * of the module), with the JST, OWES and accounts the access rules need.
 */
@Component
public class LocalPlanMonitoringFixtures {

    public static final String GDANSK = "2261011";
    public static final String GDANSK_POWIAT = "2261";
    public static final String KARTUZY_POWIAT = "2205";

    private final JdbcClient jdbc;
    private final RegistryFixtures registry;
    private final TestUsers users;

    LocalPlanMonitoringFixtures(JdbcClient jdbc, RegistryFixtures registry, TestUsers users) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.users = users;
    }

    public static int thisYear() {
        return RegionDate.today().getYear();
    }

    /** A local government (kind JST) seated in the gmina. */
    public OrganisationView jst(String name, String gmina) {
        return registry.create(new OrganisationInput(name, null, Kind.JST, null, null, null, gmina, null, null, null,
                null, null, null, null, java.util.List.of(), null, null, null, null, null, null, null, null, null));
    }

    public OrganisationView owes(String name) {
        return registry.owes(name, GDANSK);
    }

    public UserView partner(OrganisationView body) {
        return users.create("partner-" + System.nanoTime(), Role.PARTNER, body.id());
    }

    public UserView owesUser(OrganisationView owes) {
        return users.create("owes-" + System.nanoTime(), Role.OWES, owes.id());
    }

    public UserView admin() {
        return users.create("admin-" + System.nanoTime(), Role.ADMIN);
    }

    /** A gmina plan of Gdańsk in force from last year to three years on, of this JST and OWES. */
    public long gdanskPlan(LocalPlanStatus status, Long jstId, Long owesId) {
        return plan(GDANSK, "Gdańsk", GDANSK_POWIAT, status, thisYear() - 1, thisYear() + 3, jstId, owesId);
    }

    public long plan(String unitTeryt, String unitName, String powiatTeryt, LocalPlanStatus status, Integer startYear,
            Integer endYear, Long jstId, Long owesId) {
        boolean withResolution = status != LocalPlanStatus.IN_PREPARATION && status != LocalPlanStatus.IN_CONSULTATION;
        return jdbc.sql("""
                insert into localplans_plan (unit_teryt, unit_level, unit_name, powiat_teryt, title, status,
                    period_start, period_end, resolution_number, resolution_date, jst_id, jst_name, owes_id, owes_name)
                values (:teryt, :level, :name, :powiat, :title, :status, :start, :end, :resolution, :resolutionDate,
                    :jst, 'JST', :owes, 'OWES')
                returning id
                """).param("teryt", unitTeryt).param("level", unitTeryt.length() == 7 ? "GMINA" : "POWIAT")
                .param("name", unitName).param("powiat", powiatTeryt)
                .param("title", "Lokalny plan rozwoju ekonomii społecznej – " + unitName)
                .param("status", status.name())
                .param("start", startYear == null ? null : LocalDate.of(startYear, 1, 1))
                .param("end", endYear == null ? null : LocalDate.of(endYear, 12, 31))
                .param("resolution", withResolution ? "XII/123/" + startYear : null)
                .param("resolutionDate", withResolution && startYear != null ? LocalDate.of(startYear - 1, 12, 15) : null)
                .param("jst", jstId).param("owes", owesId).query(Long.class).single();
    }

    public long indicator(long planId, int number, String name, Direction direction, String baseline,
            Integer baselineYear, String target, int targetYear, IndicatorSource source, String sourceCode) {
        return jdbc.sql("""
                insert into localplans_indicator (plan_id, number, name, unit, direction, baseline, baseline_year,
                    target, target_year, source, source_code)
                values (:plan, :number, :name, 'szt.', :direction, :baseline, :baselineYear, :target, :targetYear,
                    :source, :code)
                returning id
                """).param("plan", planId).param("number", number).param("name", name)
                .param("direction", direction.name())
                .param("baseline", baseline == null ? null : new BigDecimal(baseline))
                .param("baselineYear", baselineYear).param("target", new BigDecimal(target))
                .param("targetYear", targetYear).param("source", source.name()).param("code", sourceCode)
                .query(Long.class).single();
    }

    /** An entered indicator: PES supported, 10 two years ago to 30 in the plan's last year. */
    public long enteredIndicator(long planId) {
        return indicator(planId, 1, "Liczba wspartych PES", Direction.HIGHER_IS_BETTER, "10", thisYear() - 2, "30",
                thisYear() + 3, IndicatorSource.ENTERED, null);
    }
}
