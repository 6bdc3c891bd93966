package pl.koordynator.es.events;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import pl.koordynator.es.events.domain.ActivityPlan;
import pl.koordynator.es.events.domain.CoverageGmina;
import pl.koordynator.es.events.domain.PlanQuery;
import pl.koordynator.es.events.domain.PlanView;
import pl.koordynator.es.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.koordynator.es.events.PlanFixtures.BORZYTUCHOM;
import static pl.koordynator.es.events.PlanFixtures.BYTOW;
import static pl.koordynator.es.events.PlanFixtures.GDANSK;

/** The activity plan service against the database: who may read it, and what counts where. */
class ActivityPlanTest extends pl.koordynator.es.testing.IntegrationTest {

    @Autowired
    ActivityPlan plan;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void aPesRepresentativeMayNotReadThePlanOrTheCoverage() {
        users.signIn(users.create("pes-" + System.nanoTime(), Role.PES));

        assertThatThrownBy(() -> plan.plan(PlanQuery.defaults(plan.thisMonth())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(plan::coverage).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theMatrixCountsDraftsAndPublishedEventsByPowiatAndMonthButNotCancelledOnes() {
        PlanFixtures events = new PlanFixtures(jdbc);
        YearMonth next = plan.thisMonth().plusMonths(1);
        events.event("Szkolenie A", EventType.TRAINING, 1L, "OWES A", next.atDay(3).atTime(10, 0), BYTOW,
                EventStatus.DRAFT, EventTopic.LEGAL);
        events.event("Szkolenie B", EventType.WORKSHOP, 2L, "OWES B", next.plusMonths(1).atDay(3).atTime(10, 0),
                BORZYTUCHOM, EventStatus.PUBLISHED, EventTopic.MARKETING);
        events.event("Odwołane", EventType.WORKSHOP, 2L, "OWES B", next.atDay(4).atTime(10, 0), GDANSK,
                EventStatus.CANCELLED, EventTopic.MARKETING);
        users.signIn(users.create("committee-" + System.nanoTime(), Role.COMMITTEE));

        PlanView view = plan.plan(new PlanQuery(next, 2, null, null, null));

        assertThat(view.total()).isEqualTo(2);
        assertThat(view.rows()).filteredOn(row -> row.key().equals("2201")).singleElement()
                .satisfies(row -> assertThat(row.counts()).containsExactly(1L, 1L));
        assertThat(view.rows()).filteredOn(row -> row.key().equals("2261")).singleElement()
                .satisfies(row -> assertThat(row.total()).isZero());
        assertThat(view.organisers()).extracting(PlanView.PlanOrganiser::key).containsExactly("1", "2");
        assertThat(view.overlaps()).isEmpty();
    }

    @Test
    void aDraftThatHasTakenPlaceIsNoActivityOfItsGmina() {
        LocalDate today = LocalDate.now(PlanFixtures.WARSAW);
        new PlanFixtures(jdbc).event("Niepotwierdzone spotkanie", EventType.MEETING, 1L, "OWES A",
                today.minusDays(10).atTime(10, 0), BORZYTUCHOM, EventStatus.DRAFT, EventTopic.OTHER);
        users.signIn(users.create("owes-" + System.nanoTime(), Role.OWES));

        assertThat(plan.coverage().gminas()).filteredOn(g -> g.teryt().equals(BORZYTUCHOM)).singleElement()
                .extracting(CoverageGmina::covered).isEqualTo(false);
    }
}
