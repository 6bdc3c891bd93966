package pl.koordynator.es.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.domain.AggregateService;
import pl.koordynator.es.reporting.domain.AggregateService.Aggregate;
import pl.koordynator.es.reporting.domain.ApprovedPeriods;
import pl.koordynator.es.reporting.domain.Template;
import pl.koordynator.es.reporting.domain.TemplateService;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The figures of the regional summary report ("raport zbiorczy") of one template and period:
 * region, subregions and OWES side by side from the approved reports, and the region over the
 * periods up to it. The page, the XLSX and the PDF show the same object, so their totals agree.
 */
@Component
class RegionalSummary {

    static final String DEFAULT_TEMPLATE = "OWES_QUARTERLY";
    static final int TREND_PERIODS = 8;

    private final AggregateService aggregates;
    private final TemplateService templates;
    private final ApprovedPeriods approvedPeriods;
    private final Clock clock;

    RegionalSummary(AggregateService aggregates, TemplateService templates, ApprovedPeriods approvedPeriods,
            Clock clock) {
        this.aggregates = aggregates;
        this.templates = templates;
        this.approvedPeriods = approvedPeriods;
        this.clock = clock;
    }

    record Summary(Template template, Period period, Aggregate region, Aggregate subregions, Aggregate owes,
            List<Aggregate> trend) {
    }

    Summary of(String templateCode, String periodText) {
        Template template = templates.current().stream()
                .filter(t -> t.code().equals(templateCode == null || templateCode.isBlank() ? DEFAULT_TEMPLATE
                        : templateCode.strip()))
                .findFirst().orElseThrow(() -> InvalidInputException.of("template", "reporting.report.template.unknown"));
        Period period = periodText == null || periodText.isBlank()
                ? approvedPeriods.latest(template.code())
                        .orElseGet(() -> Period.containing(LocalDate.now(clock), template.periodType()).previous())
                : Period.parse(periodText).orElseThrow(() -> InvalidInputException.of("period",
                        "reporting.report.period.format"));
        List<Aggregate> trend = new ArrayList<>();
        Period step = period.type() == template.periodType() ? period : null;
        for (int i = 0; step != null && i < TREND_PERIODS; i++, step = step.previous()) {
            trend.add(aggregates.aggregate(template.code(), step.code(), "region", false));
        }
        Collections.reverse(trend);
        return new Summary(template, period, aggregates.aggregate(template.code(), period.code(), "region", false),
                aggregates.aggregate(template.code(), period.code(), "subregion", false),
                aggregates.aggregate(template.code(), period.code(), "owes", false), trend);
    }
}
