package pl.koordynator.es.localplans.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.localplans.CoverageStatus;
import pl.koordynator.es.localplans.LocalPlanCoverage;
import pl.koordynator.es.localplans.LocalPlanCoverageView;
import pl.koordynator.es.localplans.PlanLevel;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coverage page: the gminas on the map coloured by the status of their plan (drawn by
 * /js/localplans-coverage.js over the map's own GeoJSON layer of gminas with an adopted plan), the
 * counts per status, the table of units filtered by powiat and status (what works without JavaScript
 * and for screen readers), plans expiring within a year and the priority gminas without a plan.
 */
@Controller
class LocalPlanCoveragePages {

    private final LocalPlanCoverage coverage;
    private final Territory territory;
    private final MessageSource messages;
    private final JsonMapper json;
    private final String tilesUrl;

    LocalPlanCoveragePages(LocalPlanCoverage coverage, Territory territory, MessageSource messages, JsonMapper json,
            @Value("${koordynator.map.tiles-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tilesUrl) {
        this.coverage = coverage;
        this.territory = territory;
        this.messages = messages;
        this.json = json;
        this.tilesUrl = tilesUrl;
    }

    @GetMapping("/plany-lokalne/pokrycie")
    String coverage(@RequestParam(required = false) String powiat, @RequestParam(required = false) String status,
            Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Unit> powiats = territory.units(Level.POWIAT, null);
        String chosenPowiat = powiat == null || powiat.isBlank() ? null : powiat.strip();
        CoverageStatus chosenStatus = null;
        List<String> problems = new java.util.ArrayList<>();
        try {
            chosenStatus = LocalPlanCoverageApi.status(status);
        } catch (InvalidInputException unknown) {
            problems.add(messages.getMessage("localplans.cov.error.status", null, locale));
        }
        if (chosenPowiat != null && powiats.stream().noneMatch(p -> p.teryt().equals(chosenPowiat))) {
            problems.add(messages.getMessage("localplans.cov.error.powiat", null, locale));
        }
        LocalPlanCoverageView view = problems.isEmpty() ? coverage.coverage(chosenPowiat, chosenStatus)
                : coverage.coverage();
        LocalPlanCoverageView whole = problems.isEmpty() && (chosenPowiat != null || chosenStatus != null)
                ? coverage.coverage() : view;
        Map<String, String> gminaStatuses = new LinkedHashMap<>();
        whole.units().stream().filter(u -> u.level() == PlanLevel.GMINA)
                .forEach(u -> gminaStatuses.put(u.teryt(), u.status().name()));
        Map<String, String> labels = new LinkedHashMap<>();
        for (CoverageStatus s : CoverageStatus.values()) {
            labels.put(s.name(), messages.getMessage("localplans.coverage." + s.name(), null, locale));
        }
        Map<String, String> powiatNames = new LinkedHashMap<>();
        powiats.forEach(p -> powiatNames.put(p.teryt(), p.name()));

        model.addAttribute("coverage", view);
        model.addAttribute("statuses", CoverageStatus.values());
        model.addAttribute("powiats", powiats);
        model.addAttribute("powiatNames", powiatNames);
        model.addAttribute("chosenPowiat", problems.isEmpty() ? chosenPowiat : null);
        model.addAttribute("chosenStatus", problems.isEmpty() ? chosenStatus : null);
        model.addAttribute("filtered", problems.isEmpty() && (chosenPowiat != null || chosenStatus != null));
        model.addAttribute("problems", problems);
        model.addAttribute("hasBoundaries", territory.hasBoundaries(Level.GMINA));
        model.addAttribute("tilesUrl", tilesUrl == null ? "" : tilesUrl.strip());
        model.addAttribute("statusesJson", json.writeValueAsString(gminaStatuses));
        model.addAttribute("labelsJson", json.writeValueAsString(labels));
        return "localplans/coverage";
    }
}
