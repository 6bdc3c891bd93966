package pl.koordynator.es.localplans.domain;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.LocalPlanView;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Who may do what with a local plan, in one place; the module's services check it, pages only ask.
 * <ul>
 * <li>Read: every signed-in user reads every plan (plans are public documents of the JST).
 * <li>Create: ROPS any plan; a PARTNER acting for a JST, a plan with itself as the JST; an OWES, a plan
 * it supports.
 * <li>Edit the plan's data, goals, actions, indicators and documents: ROPS; the plan's JST or
 * responsible unit (PARTNER); the supporting OWES.
 * <li>Write sections and decide on comments: the JST or responsible unit (PARTNER) and the OWES, the
 * authors; ROPS edits too (it co-creates and corrects).
 * <li>Comment: ROPS and the OWES at any time before the plan expires or is replaced; a PES whose seat
 * lies in the plan's area while the plan is in consultation and its deadline has not passed.
 * <li>Monitor (yearly note, entered indicator values): ROPS and the JST or responsible unit.
 * </ul>
 */
@Component
public class LocalPlansAccess {

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final Clock clock;
    private final PlatformSettings platform;

    LocalPlansAccess(UserAccounts accounts, Organisations organisations, Clock clock, PlatformSettings platform) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.clock = clock;
        this.platform = platform;
    }

    public Caller caller() {
        return accounts.caller();
    }

    /** Today in the region, for deadlines. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(platform.timeZone()));
    }

    /** Whether the caller may create a plan with this JST and OWES. */
    public boolean mayCreate(Long jstId, Long owesId) {
        Caller caller = caller();
        return caller.admin() || caller.partnerId() != null && caller.actsFor(jstId)
                || caller.owesId() != null && caller.actsFor(owesId);
    }

    /** Whether the caller creates plans at all (shows the "new plan" button). */
    public boolean mayCreateAny() {
        Caller caller = caller();
        return caller.admin() || caller.partnerId() != null || caller.owesId() != null;
    }

    public boolean mayEdit(PlanParties plan) {
        Caller caller = caller();
        return caller.admin() || isJst(caller, plan) || isOwes(caller, plan);
    }

    /** Writing sections and deciding on comments: the plan's authors (and ROPS). */
    public boolean mayWriteSections(PlanParties plan) {
        return mayEdit(plan) && plan.status() != LocalPlanStatus.EXPIRED && plan.status() != LocalPlanStatus.REPLACED;
    }

    public boolean mayComment(PlanParties plan) {
        Caller caller = caller();
        if (!plan.status().active()) {
            return false;
        }
        if (caller.admin() || isOwes(caller, plan)) {
            return true;
        }
        if (caller.pesId() != null && consultationOpen(plan)) {
            return organisations.find(caller.pesId()).map(OrganisationView::gminaTeryt).map(plan::covers)
                    .orElse(false);
        }
        return false;
    }

    /** In consultation and its deadline (the whole day) not yet passed. */
    public boolean consultationOpen(PlanParties plan) {
        return plan.status() == LocalPlanStatus.IN_CONSULTATION && plan.consultationDeadline() != null
                && !today().isAfter(plan.consultationDeadline());
    }

    public boolean mayMonitor(PlanParties plan) {
        Caller caller = caller();
        return caller.admin() || isJst(caller, plan);
    }

    public LocalPlanView.Rights rights(PlanParties plan) {
        return new LocalPlanView.Rights(mayEdit(plan), mayWriteSections(plan), mayWriteSections(plan),
                mayComment(plan), mayMonitor(plan));
    }

    public void requireEdit(PlanParties plan) {
        if (!mayEdit(plan)) {
            throw new AccessDeniedException("not an author of local plan " + plan.id());
        }
    }

    public void requireWriteSections(PlanParties plan) {
        if (!mayWriteSections(plan)) {
            throw new AccessDeniedException("may not write the sections of local plan " + plan.id());
        }
    }

    public void requireComment(PlanParties plan) {
        if (!mayComment(plan)) {
            throw new AccessDeniedException("may not comment on local plan " + plan.id());
        }
    }

    public void requireMonitor(PlanParties plan) {
        if (!mayMonitor(plan)) {
            throw new AccessDeniedException("may not monitor local plan " + plan.id());
        }
    }

    private static boolean isJst(Caller caller, PlanParties plan) {
        return caller.partnerId() != null && (caller.actsFor(plan.jstId()) || caller.actsFor(plan.responsibleUnitId()));
    }

    private static boolean isOwes(Caller caller, PlanParties plan) {
        return caller.owesId() != null && caller.actsFor(plan.owesId());
    }
}
