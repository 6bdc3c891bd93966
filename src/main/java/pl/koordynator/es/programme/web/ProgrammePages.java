package pl.koordynator.es.programme.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.programme.Programmes.ProgrammeSummary;
import pl.koordynator.es.programme.domain.AnnualReport;
import pl.koordynator.es.programme.domain.ProgrammeDetail;
import pl.koordynator.es.programme.domain.ProgrammeService;
import pl.koordynator.es.security.UserAccounts;

/**
 * The monitoring pages of ROPS, the OWES and the committee: programmes and projects, and a
 * version's tree in a year with traffic lights, the same rows as the annual report's PDF and XLSX.
 */
@Controller
class ProgrammePages {

    private final ProgrammeService programmes;
    private final UserAccounts users;

    ProgrammePages(ProgrammeService programmes, UserAccounts users) {
        this.programmes = programmes;
        this.users = users;
    }

    @GetMapping("/programme")
    String list(Model model) {
        List<ProgrammeSummary> all = programmes.programmes();
        model.addAttribute("programmes", all.stream().filter(p -> !p.project()).toList());
        model.addAttribute("projects", all.stream().filter(ProgrammeSummary::project).toList());
        model.addAttribute("pending", users.caller().admin() ? Boolean.TRUE : null);
        return "programme/list";
    }

    @GetMapping("/programme/{id:\\d+}")
    String tree(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        ProgrammeDetail detail = programmes.detail(id, year);
        model.addAttribute("programme", detail.programme());
        model.addAttribute("progress", detail.progress());
        model.addAttribute("rows", AnnualReport.rows(detail.progress()));
        model.addAttribute("overallPercent", AnnualReport.percent(detail.progress().progress()));
        model.addAttribute("years", IntStream.rangeClosed(detail.progress().startYear(), detail.progress().endYear())
                .boxed().toList());
        model.addAttribute("mayImport", users.caller().admin());
        // a replaced version stays readable and unchangeable: its tree offers no forms
        model.addAttribute("mayEdit", users.caller().admin()
                && detail.programme().status() != pl.koordynator.es.programme.ProgrammeStatus.REPLACED);
        return "programme/tree";
    }
}
