package pl.koordynator.es.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: the caller's work queues, from every module that has some for their role. */
@Controller
class DashboardPages {

    private final Dashboard dashboard;

    DashboardPages(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/panel")
    String dashboard(Locale locale, Model model) {
        model.addAttribute("panel", dashboard.panel(locale));
        return "web/dashboard";
    }
}
