package pl.koordynator.es.localplans.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.localplans.LocalPlans;
import pl.koordynator.es.localplans.LocalPlansFixtures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo local plans, loaded explicitly (tests run without demo data): about 25 gminas and two powiats
 * in every status, one active plan per unit, sections in versions, comments in every status (an
 * accepted suggestion is a version), the demo partner's plan with open comments, a plan in consultation
 * the demo PES may comment on, yearly values and notes; the same on every load.
 */
class LocalPlansDemoDataTest extends IntegrationTest {

    @Autowired
    LocalPlansDemoData demo;
    @Autowired
    LocalPlansFixtures fixtures;
    @Autowired
    Territory territory;
    @Autowired
    LocalPlans plans;

    @Test
    void loadsPlansOfAboutTwentyFiveGminasInEveryStatusWithVersionsAndComments() {
        LocalDate today = RegionDate.today();
        // a register like the demo's: a JST in each of 30 gminas, an OPS in every other, PES, one OWES
        List<Unit> gminas = territory.units(Level.GMINA, null).stream().filter(unit -> !unit.historical())
                .limit(30).toList();
        OrganisationView partnerJst = null;
        for (int i = 0; i < gminas.size(); i++) {
            OrganisationView jst = fixtures.jst("Urząd Gminy " + gminas.get(i).name() + " (DEMO)", gminas.get(i).teryt());
            if (i % 2 == 0) {
                fixtures.organisation("Ośrodek Pomocy Społecznej " + i + " (DEMO)", Kind.JSPS, gminas.get(i).teryt());
            }
            if (i == 7) {
                partnerJst = jst;
            }
        }
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna „Demo” (DEMO)", gminas.get(12).teryt());
        OrganisationView owes = fixtures.owes("OWES Demo (DEMO)", gminas.get(0).teryt());
        users.create("demo.partner", Role.PARTNER, partnerJst.id());
        UserView demoPes = users.create("demo.pes", Role.PES, pes.id());
        users.create("demo.owes", Role.OWES, owes.id());
        users.create("demo.rops", Role.ADMIN);

        LocalPlansDemoData.Loaded loaded = demo.load(today);

        assertThat(loaded.gminas()).isEqualTo(25);
        assertThat(number("select count(distinct unit_teryt) from localplans_plan where unit_level = 'GMINA'"))
                .isEqualTo(25);
        assertThat(number("select count(*) from localplans_plan where unit_level = 'POWIAT'")).isEqualTo(2);
        assertThat(jdbc.sql("select distinct status from localplans_plan").query(String.class).set())
                .containsExactlyInAnyOrder("IN_PREPARATION", "IN_CONSULTATION", "ADOPTED", "EXPIRED", "REPLACED");
        assertThat(number("select count(*) from localplans_plan where status = 'ADOPTED'")).isBetween(9L, 14L);
        assertThat(number("select count(*) from localplans_plan where status = 'IN_PREPARATION'")).isBetween(4L, 8L);
        assertThat(number("select count(*) from localplans_plan where status = 'IN_CONSULTATION'")).isEqualTo(4);
        assertThat(number("select count(*) from localplans_plan where status = 'EXPIRED'")).isEqualTo(3);
        assertThat(number("select count(*) from localplans_plan where status = 'REPLACED' and replaced_by_id is not null"))
                .isEqualTo(2);
        assertThat(number("select count(*) from localplans_plan where status = 'ADOPTED' and period_end <= '"
                + today.plusYears(1) + "'")).as("expiring within a year").isBetween(2L, 4L);
        assertThat(number("select count(*) from localplans_plan where status = 'ADOPTED' and resolution_number ~ "
                + "'^[IVXL]+/[0-9]+/[0-9]{4}$'")).isEqualTo(number(
                        "select count(*) from localplans_plan where status = 'ADOPTED'"));
        assertThat(number("select count(*) from localplans_plan where status = 'IN_CONSULTATION' and "
                + "consultation_deadline > '" + today + "'")).isEqualTo(4);
        assertThat(jdbc.sql("""
                select unit_teryt from localplans_plan where status in ('IN_PREPARATION', 'IN_CONSULTATION', 'ADOPTED')
                group by unit_teryt having count(*) > 1""").query(String.class).list()).as("one active plan per unit")
                .isEmpty();
        assertThat(number("select count(*) from localplans_plan where owes_id is null")).isZero();
        assertThat(number("select count(*) from localplans_plan where not demo")).isZero();
        assertThat(number("select min(c) from (select count(*) as c from localplans_goal group by plan_id) g"))
                .isGreaterThanOrEqualTo(2);
        assertThat(number("select min(c) from (select count(*) as c from localplans_action group by plan_id) a"))
                .isGreaterThanOrEqualTo(3);
        assertThat(number("select count(*) from localplans_indicator_value")).isPositive();
        assertThat(number("select count(*) from localplans_yearly_note")).isPositive();
        assertThat(number("""
                select count(*) from localplans_plan p where p.status = 'ADOPTED' and not exists (select 1 from
                    localplans_document d where d.plan_id = p.id and d.file_name like 'uchwala-%.pdf'
                    and substring(d.content from 1 for 4) = '%PDF'::bytea)""")).as("each adopted plan's resolution")
                .isZero();

        // sections in versions; every comment status; an accepted suggestion is the text of a version
        assertThat(number("select count(*) from localplans_section_version")).isEqualTo(loaded.versions())
                .isGreaterThan(3L * loaded.plans());
        assertThat(number("select count(*) from localplans_section where version_no >= 3")).isPositive();
        assertThat(jdbc.sql("select distinct status from localplans_comment").query(String.class).set())
                .containsExactlyInAnyOrder("OPEN", "ACCEPTED", "REJECTED");
        assertThat(number("""
                select count(*) from localplans_comment c where c.status = 'ACCEPTED' and c.suggested_text is not null
                    and not exists (select 1 from localplans_section_version v where v.from_comment_id = c.id
                        and v.text = c.suggested_text)""")).isZero();
        assertThat(number("select count(*) from localplans_section_version where from_comment_id is not null"))
                .isPositive();
        assertThat(number("select count(*) from localplans_comment where status = 'REJECTED' and decision_reason is null"))
                .isZero();
        assertThat(number("""
                select count(*) from localplans_comment c join localplans_plan p on p.id = c.plan_id
                where c.status = 'OPEN' and p.status in ('EXPIRED', 'REPLACED')""")).as("nothing left open on an ended plan")
                .isZero();

        // the demo partner's JST has a plan being worked on, with open comments for it to decide
        assertThat(number("""
                select count(*) from localplans_plan p where p.jst_id = %d and p.status in ('IN_PREPARATION',
                    'IN_CONSULTATION') and exists (select 1 from localplans_comment c where c.plan_id = p.id
                    and c.status = 'OPEN')""".formatted(partnerJst.id()))).isEqualTo(1);
        // the demo PES may comment on the plan in consultation of its gmina, and has
        long consulted = jdbc.sql("select id from localplans_plan where unit_teryt = :gmina and status = 'IN_CONSULTATION'")
                .param("gmina", pes.gminaTeryt()).query(Long.class).single();
        assertThat(fixtures.as(demoPes, () -> plans.plan(consulted).rights().comment())).isTrue();
        assertThat(number("select count(*) from localplans_comment where author_role = 'PES' and plan_id = "
                + consulted)).isEqualTo(1);
        // a suggested wording keeps the section and adds to it
        assertThat(number("""
                select count(*) from localplans_comment c join localplans_section_version v on v.plan_id = c.plan_id
                    and v.section_key = c.section_key and v.version_no = c.section_version_no
                where c.suggested_text is not null and not starts_with(c.suggested_text, v.text)""")).isZero();

        String first = jdbc.sql("select string_agg(title || coalesce(resolution_number, ''), '|' order by unit_teryt, status) "
                + "from localplans_plan").query(String.class).single();
        jdbc.sql("delete from localplans_plan").update();
        demo.load(today);
        assertThat(jdbc.sql("select string_agg(title || coalesce(resolution_number, ''), '|' order by unit_teryt, status) "
                + "from localplans_plan").query(String.class).single()).as("deterministic").isEqualTo(first);
    }

    private long number(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
