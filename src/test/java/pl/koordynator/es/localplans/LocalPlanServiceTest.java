package pl.koordynator.es.localplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.koordynator.es.localplans.LocalPlansFixtures.GDANSK;
import static pl.koordynator.es.localplans.LocalPlansFixtures.GDANSK_POWIAT;
import static pl.koordynator.es.localplans.LocalPlansFixtures.KARTUZY;
import static pl.koordynator.es.localplans.LocalPlansFixtures.KARTUZY_POWIAT;
import static pl.koordynator.es.localplans.LocalPlansFixtures.adopted;
import static pl.koordynator.es.localplans.LocalPlansFixtures.input;
import static pl.koordynator.es.localplans.LocalPlansFixtures.pdf;
import static pl.koordynator.es.localplans.LocalPlansFixtures.replacing;
import static pl.koordynator.es.localplans.LocalPlansFixtures.withResponsibleUnit;
import static pl.koordynator.es.localplans.LocalPlansFixtures.withStatus;
import static pl.koordynator.es.localplans.LocalPlansFixtures.withTitle;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import pl.koordynator.es.audit.AuditQuery;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;

/** Plans written and read through the service: who may, one active plan per JST, replacing, lists, documents. */
class LocalPlanServiceTest extends IntegrationTest {

    @Autowired
    LocalPlansFixtures fixtures;

    @Autowired
    LocalPlans plans;

    @Autowired
    AuditTrail audit;

    @Autowired
    List<OrganisationActivity> activities;

    private OrganisationView gdansk;
    private OrganisationView owes;
    private UserView admin;

    @BeforeEach
    void parties() {
        gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        owes = fixtures.owes("OWES Pomorze", GDANSK);
        admin = fixtures.admin();
    }

    @Test
    void ropsCreatesAPlanWithItsRowsAndNamesCopied() {
        OrganisationView ops = fixtures.organisation("MOPR Gdańsk", Kind.JSPS, GDANSK);
        LocalPlanView plan = fixtures.as(admin, () -> plans.create(withResponsibleUnit(
                input(GDANSK, gdansk.id(), owes.id()), ops.id())));

        assertThat(plan.status()).isEqualTo(LocalPlanStatus.IN_PREPARATION);
        assertThat(plan.level()).isEqualTo(PlanLevel.GMINA);
        assertThat(plan.unitName()).isEqualTo("Gdańsk");
        assertThat(plan.powiatTeryt()).isEqualTo(GDANSK_POWIAT);
        assertThat(plan.jstName()).isEqualTo("Gmina Miasta Gdańska");
        assertThat(plan.owesName()).isEqualTo("OWES Pomorze");
        assertThat(plan.responsibleUnitName()).isEqualTo("MOPR Gdańsk");
        assertThat(plan.goals()).extracting(LocalPlanView.Goal::title).containsExactly("Więcej miejsc pracy w PES");
        assertThat(plan.actions().get(0).responsible()).extracting(LocalPlanView.Party::name)
                .containsExactly("Gmina Miasta Gdańska");
        assertThat(plan.actions().get(0).goalNumber()).isEqualTo(1);
        assertThat(plan.indicators().get(0).source()).isEqualTo(IndicatorSource.ENTERED);
        assertThat(plan.rights().edit()).isTrue();
        assertThat(audit.find(AuditQuery.forRecord("LocalPlan", plan.id()), new Paging(0, 10)).total()).isEqualTo(1);

        UserView pes = fixtures.user(Role.PES);
        LocalPlanView read = fixtures.as(pes, () -> plans.plan(plan.id()));
        assertThat(read.title()).isEqualTo(plan.title());
        assertThat(read.rights().edit()).isFalse();
    }

    @Test
    void theJstAndItsOwesWriteTheirOwnPlansOnly() {
        UserView partner = fixtures.partner(gdansk);
        LocalPlanView own = fixtures.as(partner, () -> plans.create(input(GDANSK, gdansk.id(), null)));
        assertThat(own.rights().edit()).isTrue();

        OrganisationView kartuzy = fixtures.jst("Gmina Kartuzy", KARTUZY);
        assertThatThrownBy(() -> fixtures.as(partner, () -> plans.create(input(KARTUZY, kartuzy.id(), null))))
                .isInstanceOf(AccessDeniedException.class);
        UserView otherPartner = fixtures.partner(kartuzy);
        assertThatThrownBy(() -> fixtures.as(otherPartner, () -> plans.update(own.id(), own.version(),
                withTitle(input(GDANSK, gdansk.id(), null), "Cudzy plan")))).isInstanceOf(AccessDeniedException.class);
        // a JST may not hand its plan over to another JST
        assertThatThrownBy(() -> fixtures.as(partner, () -> plans.update(own.id(), own.version(),
                input(GDANSK, kartuzy.id(), null)))).isInstanceOf(AccessDeniedException.class);

        UserView adviser = fixtures.owesUser(owes);
        LocalPlanView supported = fixtures.as(adviser, () -> plans.create(input(KARTUZY, kartuzy.id(), owes.id())));
        LocalPlanView renamed = fixtures.as(adviser, () -> plans.update(supported.id(), supported.version(),
                withTitle(input(KARTUZY, kartuzy.id(), owes.id()), "Plan Kartuz")));
        assertThat(renamed.title()).isEqualTo("Plan Kartuz");
        assertThat(renamed.version()).isEqualTo(supported.version() + 1);
        assertThatThrownBy(() -> fixtures.as(adviser, () -> plans.update(own.id(), own.version(),
                input(GDANSK, gdansk.id(), null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.plan(own.id()).title()).isEqualTo(own.title());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        LocalPlanView plan = fixtures.plan(GDANSK, gdansk, owes);
        fixtures.as(admin, () -> plans.update(plan.id(), plan.version(), withTitle(input(GDANSK, gdansk.id(),
                owes.id()), "Nowy tytuł")));
        assertThatThrownBy(() -> fixtures.as(admin, () -> plans.update(plan.id(), plan.version(),
                withTitle(input(GDANSK, gdansk.id(), owes.id()), "Spóźniony tytuł"))))
                .isInstanceOf(ConflictException.class);
        assertThat(fixtures.as(admin, () -> plans.plan(plan.id())).title()).isEqualTo("Nowy tytuł");
    }

    @Test
    void aSecondActivePlanForOneJstIsRefusedAndAReplacingOneTakesItsPlace() {
        LocalPlanView first = fixtures.plan(adopted(input(GDANSK, gdansk.id(), owes.id()), "XII/123/2024"));

        assertThatThrownBy(() -> fixtures.plan(input(GDANSK, gdansk.id(), owes.id())))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).properties()).containsEntry("activePlanId",
                        first.id()));
        assertThat(jdbc.sql("select count(*) from localplans_plan").query(Long.class).single()).isEqualTo(1);

        LocalPlanView second = fixtures.plan(replacing(input(GDANSK, gdansk.id(), owes.id()), first.id()));
        LocalPlanView old = fixtures.as(admin, () -> plans.plan(first.id()));
        assertThat(old.status()).isEqualTo(LocalPlanStatus.REPLACED);
        assertThat(old.replacedById()).isEqualTo(second.id());
        assertThat(plans.activePlanOf(GDANSK)).map(LocalPlanSummary::id).contains(second.id());

        // the replaced plan may not come back while the new one is active
        assertThatThrownBy(() -> fixtures.as(admin, () -> plans.update(old.id(), old.version(),
                withStatus(adopted(input(GDANSK, gdansk.id(), owes.id()), "XII/123/2024"),
                        LocalPlanStatus.ADOPTED)))).isInstanceOf(ConflictException.class);
        // an expired plan is history: another one may be started beside it
        LocalPlanView expired = fixtures.as(admin, () -> plans.update(second.id(), second.version(),
                withStatus(input(GDANSK, gdansk.id(), owes.id()), LocalPlanStatus.EXPIRED)));
        assertThat(plans.activePlanOf(GDANSK)).isEmpty();
        LocalPlanView third = fixtures.plan(GDANSK, gdansk, owes);
        assertThat(plans.activePlanOf(GDANSK)).map(LocalPlanSummary::id).contains(third.id());
        assertThat(expired.status()).isEqualTo(LocalPlanStatus.EXPIRED);
    }

    @Test
    void aPlanThatReplacesMustReplaceTheUnitsActivePlan() {
        OrganisationView kartuzy = fixtures.jst("Gmina Kartuzy", KARTUZY);
        LocalPlanView other = fixtures.plan(KARTUZY, kartuzy, owes);
        assertThatThrownBy(() -> fixtures.plan(replacing(input(GDANSK, gdansk.id(), owes.id()), other.id())))
                .isInstanceOf(pl.koordynator.es.shared.InvalidInputException.class);
        assertThat(fixtures.as(admin, () -> plans.plan(other.id())).status()).isEqualTo(LocalPlanStatus.IN_PREPARATION);
    }

    @Test
    void listsFilterAndOrderByPowiatAndUnitAndCountOpenComments() {
        OrganisationView kartuzy = fixtures.jst("Gmina Kartuzy", KARTUZY);
        LocalPlanView gdanskPlan = fixtures.plan(GDANSK, gdansk, owes);
        LocalPlanView kartuzyPlan = fixtures.plan(withTitle(input(KARTUZY, kartuzy.id(), null), "Kaszubski plan"));
        LocalPlanView powiatPlan = fixtures.plan(withStatus(input(KARTUZY_POWIAT, null, owes.id()),
                LocalPlanStatus.EXPIRED));
        jdbc.sql("""
                insert into localplans_comment (plan_id, section_key, section_version_no, author_role, text, status)
                values (:plan, 'GOALS', 0, 'ADMIN', 'Uwaga', 'OPEN'), (:plan, 'GOALS', 0, 'ADMIN', 'Druga', 'OPEN'),
                    (:plan, 'GOALS', 0, 'ADMIN', 'Przyjęta', 'ACCEPTED')""").param("plan", gdanskPlan.id()).update();

        UserView reader = fixtures.user(Role.COMMITTEE);
        List<LocalPlanSummary> all = fixtures.as(reader, () -> plans.plans(LocalPlanQuery.ALL, new Paging(0, 25)))
                .items();
        // powiat 2205 (Kartuzy: the powiat's plan, then the gmina's), then 2261 (Gdańsk)
        assertThat(all).extracting(LocalPlanSummary::id).containsExactly(kartuzyPlan.id(), powiatPlan.id(),
                gdanskPlan.id());
        assertThat(all.get(2).openComments()).isEqualTo(2);
        assertThat(all.get(0).openComments()).isZero();

        assertThat(plans.plans(new LocalPlanQuery(null, KARTUZY_POWIAT, null, null), new Paging(0, 25)).items())
                .extracting(LocalPlanSummary::id).containsExactlyInAnyOrder(kartuzyPlan.id(), powiatPlan.id());
        assertThat(plans.plans(new LocalPlanQuery(LocalPlanStatus.EXPIRED, null, null, null), new Paging(0, 25))
                .items()).extracting(LocalPlanSummary::id).containsExactly(powiatPlan.id());
        assertThat(plans.plans(new LocalPlanQuery(null, null, owes.id(), null), new Paging(0, 25)).items())
                .extracting(LocalPlanSummary::id).containsExactlyInAnyOrder(gdanskPlan.id(), powiatPlan.id());
        assertThat(plans.plans(new LocalPlanQuery(null, null, null, "KASZUB"), new Paging(0, 25)).items())
                .extracting(LocalPlanSummary::id).containsExactly(kartuzyPlan.id());
        assertThat(plans.plans(new LocalPlanQuery(null, null, null, "gdańsk"), new Paging(0, 25)).items())
                .extracting(LocalPlanSummary::id).containsExactly(gdanskPlan.id());

        assertThat(plans.plansOfOrganisation(owes.id())).extracting(LocalPlanSummary::id)
                .containsExactlyInAnyOrder(gdanskPlan.id(), powiatPlan.id());
        // named in an action as responsible
        assertThat(plans.plansOfOrganisation(kartuzy.id())).extracting(LocalPlanSummary::id)
                .containsExactly(kartuzyPlan.id());
        assertThat(plans.activePlanOf(KARTUZY_POWIAT)).isEmpty();
    }

    @Test
    void theOrganisationCardListsItsPlans() {
        LocalPlanView plan = fixtures.plan(GDANSK, gdansk, owes);
        OrganisationView kartuzy = fixtures.jst("Gmina Kartuzy", KARTUZY);
        UserView reader = fixtures.user(Role.PES);
        OrganisationActivity card = activities.stream()
                .filter(a -> a.getClass().getSimpleName().startsWith("LocalPlans")).findFirst().orElseThrow();

        var sections = fixtures.as(reader, () -> card.sections(owes));
        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).rows()).extracting(r -> r.url()).containsExactly("/plany-lokalne/" + plan.id());
        // a JST without a plan says so; a PES with none has no section
        assertThat(fixtures.as(reader, () -> card.sections(kartuzy)).get(0).rows()).isEmpty();
        assertThat(fixtures.as(reader, () -> card.sections(fixtures.pes("Spółdzielnia", GDANSK)))).isEmpty();
        assertThat(card.sections(owes)).isEmpty();
    }

    @Test
    void documentsArePdfsOfTheAuthors() {
        LocalPlanView plan = fixtures.plan(GDANSK, gdansk, owes);
        UserView partner = fixtures.partner(gdansk);
        LocalPlanView.Document document = fixtures.as(partner, () -> plans.addDocument(plan.id(), "Uchwała",
                "uchwala.pdf", pdf()));
        assertThat(document.fileName()).isEqualTo("uchwala.pdf");
        assertThat(fixtures.as(admin, () -> plans.plan(plan.id())).documents()).extracting(LocalPlanView.Document::title)
                .containsExactly("Uchwała");
        PlanFile file = fixtures.as(fixtures.user(Role.COMMITTEE), () -> plans.document(plan.id(), document.id()));
        assertThat(file.content()).isEqualTo(pdf());
        assertThat(file.contentType()).isEqualTo("application/pdf");

        UserView stranger = fixtures.partner(fixtures.jst("Gmina Kartuzy", KARTUZY));
        assertThatThrownBy(() -> fixtures.as(stranger, () -> plans.removeDocument(plan.id(), document.id())))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.as(partner, () -> plans.removeDocument(plan.id(), document.id()));
        assertThatThrownBy(() -> plans.document(plan.id(), document.id())).isInstanceOf(NotFoundException.class);
        assertThat(audit.find(AuditQuery.forRecord("LocalPlanDocument", document.id()), new Paging(0, 10)).total())
                .isEqualTo(2);
    }

    @Test
    void anUnknownPlanIsNotFound() {
        assertThatThrownBy(() -> fixtures.as(admin, () -> plans.plan(999999))).isInstanceOf(NotFoundException.class);
    }
}
