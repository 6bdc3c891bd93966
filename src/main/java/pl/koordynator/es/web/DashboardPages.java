package pl.koordynator.es.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.koordynator.es.audit.AuditQuery;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.security.CurrentUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.Paging;

/** The landing page after sign-in; what it shows depends on the user's role. */
@Controller
class DashboardPages {

    private final UserAccounts users;
    private final AuditTrail audit;

    DashboardPages(UserAccounts users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/panel")
    String dashboard(Model model) {
        CurrentUser me = users.current().orElseThrow();
        model.addAttribute("me", me);
        if (me.is(Role.ADMIN)) {
            model.addAttribute("usersByRole", users.countByRole());
            model.addAttribute("recentChanges",
                    audit.find(new AuditQuery(null, null, null, null, null, null), new Paging(0, 8)));
        }
        return "web/dashboard";
    }
}
