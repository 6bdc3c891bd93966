package pl.koordynator.es.programme.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.koordynator.es.programme.IndicatorSeries;
import pl.koordynator.es.programme.PeriodValue;
import pl.koordynator.es.programme.ValueSource;
import pl.koordynator.es.programme.domain.AnnualReport;
import pl.koordynator.es.programme.domain.ProgrammeService;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.territory.Territory;
import tools.jackson.databind.json.JsonMapper;

/**
 * An indicator's page: its series as a chart (actuals, targets, the baseline) and as a table of the
 * same figures, where each value came from (the measure, its days, when it was computed and the
 * list behind it; or the evidence and the approval of a manual value), and for a measure that
 * splits by territory the latest period by powiat as a table and a small choropleth.
 */
@Controller
class IndicatorPages {

    private final ProgrammeService programmes;
    private final Territory territory;
    private final UserAccounts users;
    private final MessageSource messages;
    private final JsonMapper json;

    IndicatorPages(ProgrammeService programmes, Territory territory, UserAccounts users, MessageSource messages,
            JsonMapper json) {
        this.programmes = programmes;
        this.territory = territory;
        this.users = users;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/programme/indicators/{id:\\d+}")
    String indicator(@PathVariable long id, Model model) {
        IndicatorSeries series = programmes.series(id, null, null);
        PowiatValues powiats = PowiatValues.of(series.byPowiat(), territory);
        model.addAttribute("series", series);
        model.addAttribute("periods", series.periods().stream().map(PeriodLine::of).toList());
        model.addAttribute("indicator", series.indicator());
        model.addAttribute("indicatorPercent", AnnualReport.percent(series.indicator().progress()));
        model.addAttribute("chart", chart(series));
        model.addAttribute("powiats", powiats);
        model.addAttribute("powiatValuesJson", json.writeValueAsString(powiats.values()));
        model.addAttribute("powiatShadesJson", json.writeValueAsString(powiats.shades()));
        model.addAttribute("latestPeriod", series.periods().stream().filter(p -> p.actual() != null)
                .reduce((first, second) -> second).map(PeriodValue::period).orElse(null));
        var caller = users.caller();
        model.addAttribute("mayEnter", series.indicator().source() == ValueSource.MANUAL
                && (caller.admin() || caller.is(Role.OWES)));
        return "programme/indicator";
    }

    /** A period as the page shows it: the computing moment as a date-time of the region. */
    record PeriodLine(String period, java.time.LocalDate from, java.time.LocalDate to, BigDecimal actual,
            BigDecimal target, pl.koordynator.es.programme.ProgressStatus status, ValueSource source, String measure,
            String listUrl, java.time.OffsetDateTime computedAt, String evidence) {

        static PeriodLine of(PeriodValue value) {
            return new PeriodLine(value.period(), value.from(), value.to(), value.actual(), value.target(),
                    value.status(), value.source(), value.measure(), value.listUrl(),
                    value.computedAt() == null ? null : value.computedAt().atOffset(java.time.ZoneOffset.UTC),
                    value.evidence());
        }

        /** Evidence that is a web address becomes a link. */
        public boolean evidenceIsLink() {
            return evidence != null && evidence.matches("https?://\\S+");
        }
    }

    private String chart(IndicatorSeries series) {
        List<PeriodValue> periods = series.periods();
        if (periods.isEmpty()) {
            return null;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", periods.stream().map(PeriodValue::period).toList());
        chart.put("actual", periods.stream().map(PeriodValue::actual).toList());
        chart.put("target", periods.stream().map(PeriodValue::target).toList());
        BigDecimal baseline = series.indicator().baseline();
        chart.put("baseline", baseline);
        chart.put("actualLabel", message("programme.page.chart.actual"));
        chart.put("targetLabel", message("programme.page.chart.target"));
        chart.put("baselineLabel", message("programme.page.chart.baseline"));
        return json.writeValueAsString(chart);
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
