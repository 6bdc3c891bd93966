package pl.koordynator.es.map.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.domain.MapIndicators;
import pl.koordynator.es.map.domain.PriorityIndex;
import pl.koordynator.es.map.domain.PriorityWeights;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.statistics.IndicatorDefinition;

/**
 * "Where support is most needed": the ranking with every component of each score, the
 * methodology with the formula and the current weights, and the weights form for ADMIN.
 */
@Controller
class PriorityPages {

    private final PriorityIndex index;
    private final PriorityWeights weights;
    private final MapIndicators catalogue;
    private final UserAccounts users;

    PriorityPages(PriorityIndex index, PriorityWeights weights, MapIndicators catalogue, UserAccounts users) {
        this.index = index;
        this.weights = weights;
        this.catalogue = catalogue;
        this.users = users;
    }

    @GetMapping("/map/priority")
    String ranking(@RequestParam(required = false) String level, Model model) {
        MapLevel mapLevel = MapLevel.of(level).orElse(MapLevel.GMINA);
        model.addAttribute("levels", MapLevel.values());
        model.addAttribute("level", mapLevel);
        model.addAttribute("ranking", index.ranking(mapLevel, LocaleContextHolder.getLocale()));
        return "map/priority";
    }

    @GetMapping("/map/methodology")
    String methodology(Model model) {
        model.addAttribute("ranking", index.ranking(MapLevel.GMINA, LocaleContextHolder.getLocale()));
        return "map/methodology";
    }

    /** One row of the weights form. */
    public record WeightRow(String code, String name, boolean need, String value, String error) {
    }

    @GetMapping("/admin/map/weights")
    String weightsForm(Model model) {
        Map<String, BigDecimal> current = weights.current();
        model.addAttribute("rows", catalogue.all().stream().map(i -> new WeightRow(i.code(),
                i.name(LocaleContextHolder.getLocale()), isNeed(i),
                current.containsKey(i.code()) ? current.get(i.code()).toPlainString().replace('.', ',') : "0", null))
                .toList());
        return "map/weights";
    }

    @PostMapping("/admin/map/weights")
    String saveWeights(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        List<IndicatorDefinition> all = catalogue.all();
        for (IndicatorDefinition indicator : all) {
            String text = form.getOrDefault("weights[" + indicator.code() + "]", "").strip().replace(',', '.')
                    .replace(" ", "");
            try {
                parsed.put(indicator.code(), text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text));
            } catch (NumberFormatException notANumber) {
                errors.put(indicator.code(), "map.weight.range");
            }
        }
        if (errors.isEmpty()) {
            try {
                weights.replace(parsed, users.current().orElseThrow().username());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/map/weights";
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach(p -> errors.put(p.field().startsWith("weights[")
                        ? p.field().substring(8, p.field().length() - 1) : "", p.messageKey()));
            }
        }
        model.addAttribute("rows", all.stream().map(i -> new WeightRow(i.code(), i.name(LocaleContextHolder.getLocale()),
                isNeed(i), form.getOrDefault("weights[" + i.code() + "]", ""), errors.get(i.code()))).toList());
        model.addAttribute("formError", errors.get(""));
        model.addAttribute("hasErrors", true);
        return "map/weights";
    }

    private static boolean isNeed(IndicatorDefinition indicator) {
        return indicator.category() == pl.koordynator.es.statistics.IndicatorCategory.NEED;
    }
}
