package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;

/**
 * Regional figures: totals of the approved reports by OWES, subregion and region for any period
 * (quarters roll up to half-years and years), and who has reported for a period.
 */
@Service
public class AggregateService {

    public enum Level {
        OWES, SUBREGION, REGION
    }

    public record Row(String key, String name, Map<String, BigDecimal> values) {
    }

    public record Aggregate(String template, int templateVersion, String period, Level level, boolean includeSubmitted,
            List<Indicator> indicators, List<Row> rows) {
    }

    public record CompletenessRow(long owesId, String owesName, String subregion, Long reportId, ReportStatus status,
            LocalDate deadline, boolean overdue) {
    }

    public record Completeness(String template, String period, LocalDate deadline, List<CompletenessRow> rows) {
    }

    private final AggregateRepository aggregates;
    private final ReportRepository reports;
    private final TemplateRepository templates;
    private final Organisations organisations;
    private final Territory territory;
    private final UserAccounts accounts;
    private final ReportingText text;
    private final Clock clock;
    private final CachedAnswers<AggregateKey, Aggregate> answers;

    /** What an aggregate depends on besides the data (the language names the rows without a subregion). */
    private record AggregateKey(String template, String period, String level, boolean includeSubmitted, Locale locale) {
    }

    AggregateService(AggregateRepository aggregates, ReportRepository reports, TemplateRepository templates,
            Organisations organisations, Territory territory, UserAccounts accounts, ReportingText text, Clock clock,
            DataChanges changes) {
        this.aggregates = aggregates;
        this.reports = reports;
        this.templates = templates;
        this.organisations = organisations;
        this.territory = territory;
        this.accounts = accounts;
        this.text = text;
        this.clock = clock;
        // the reports, and the names of the OWES and subregions in the rows
        this.answers = changes.cache(500, "reporting", "registry", "territory");
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OWES', 'COMMITTEE')")
    @Transactional(readOnly = true)
    public Aggregate aggregate(String templateCode, String periodText, String levelText, boolean includeSubmitted) {
        if (includeSubmitted && !accounts.caller().admin()) {
            throw new AccessDeniedException("only ROPS sees figures of reports not yet approved");
        }
        return answers.get(new AggregateKey(templateCode, periodText, levelText, includeSubmitted,
                LocaleContextHolder.getLocale()), () -> compute(templateCode, periodText, levelText, includeSubmitted));
    }

    private Aggregate compute(String templateCode, String periodText, String levelText, boolean includeSubmitted) {
        List<FieldProblem> problems = new ArrayList<>();
        Template template = templateCode == null ? null : templates.current(templateCode.strip()).orElse(null);
        if (template == null) {
            problems.add(new FieldProblem("template", text.get("reporting.report.template.unknown")));
        }
        Period period = Period.parse(periodText).orElse(null);
        if (period == null) {
            problems.add(new FieldProblem("period", text.get("reporting.report.period.format")));
        }
        Level level = Level.REGION;
        if (levelText != null && !levelText.isBlank()) {
            try {
                level = Level.valueOf(levelText.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem("level", text.get("reporting.aggregate.level")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Indicator> indicators = template.indicators().stream()
                .filter(i -> i.numeric() && i.aggregation() != Aggregation.NONE).toList();
        List<AggregateRepository.Total> totals = includeSubmitted
                ? aggregates.submittedAndApproved(template.code(), period, indicators.stream().map(Indicator::code).toList())
                : aggregates.approved(template.code(), period);
        Map<Long, Subregion> subregionOfOwes = new HashMap<>();
        territory.subregions().forEach(s -> {
            if (s.owesOrganisationId() != null) {
                subregionOfOwes.put(s.owesOrganisationId(), s);
            }
        });
        // key → (name, code → [sum, count])
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal[]>> groups = new LinkedHashMap<>();
        Map<Long, String> owesNames = new HashMap<>();
        String region = territory.regionTeryt();
        String regionName = level == Level.REGION ? territory.find(region).map(u -> u.name()).orElse(region) : null;
        for (AggregateRepository.Total total : totals) {
            String key;
            String name;
            switch (level) {
                case OWES -> {
                    key = String.valueOf(total.owesId());
                    name = owesNames.computeIfAbsent(total.owesId(), id -> organisations.find(id)
                            .map(OrganisationView::name).orElse("#" + id));
                }
                case SUBREGION -> {
                    Subregion subregion = subregionOfOwes.get(total.owesId());
                    key = subregion == null ? "none" : String.valueOf(subregion.id());
                    name = subregion == null ? text.get("reporting.aggregate.noSubregion") : subregion.name();
                }
                default -> {
                    key = region;
                    name = regionName;
                }
            }
            names.put(key, name);
            BigDecimal[] pair = groups.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(total.code(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            pair[0] = pair[0].add(total.sum());
            pair[1] = pair[1].add(BigDecimal.valueOf(total.count()));
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, codes) -> {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (Indicator indicator : indicators) {
                BigDecimal[] pair = codes.get(indicator.code());
                if (pair == null) {
                    continue;
                }
                BigDecimal value = indicator.aggregation() == Aggregation.AVERAGE
                        ? pair[0].divide(pair[1], MathContext.DECIMAL64).setScale(2, java.math.RoundingMode.HALF_UP)
                        : pair[0];
                values.put(indicator.code(), ReportService.normalise(value));
            }
            rows.add(new Row(key, names.get(key), values));
        });
        rows.sort(java.util.Comparator.comparing(Row::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("pl"))));
        return new Aggregate(template.code(), template.version(), period.code(), level, includeSubmitted, indicators,
                rows);
    }

    /** Who has reported is ROPS's and the committee's to follow, not the other OWES's. */
    public boolean maySeeCompleteness() {
        Caller caller = accounts.caller();
        return caller.admin() || caller.is(Role.COMMITTEE);
    }

    /** Every OWES of the register with its report for the period, its status and whether it is late. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMITTEE')")
    @Transactional(readOnly = true)
    public Completeness completeness(String templateCode, String periodText) {
        List<FieldProblem> problems = new ArrayList<>();
        Template template = templateCode == null ? null : templates.current(templateCode.strip()).orElse(null);
        if (template == null) {
            problems.add(new FieldProblem("template", text.get("reporting.report.template.unknown")));
        }
        Period period = Period.parse(periodText).orElse(null);
        if (period == null) {
            problems.add(new FieldProblem("period", text.get("reporting.report.period.format")));
        } else if (template != null && period.type() != template.periodType()) {
            problems.add(new FieldProblem("period", text.get("reporting.report.period.type",
                    text.get("reporting.periodType." + template.periodType()))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate deadline = period.end().plusDays(template.deadlineDays());
        LocalDate today = LocalDate.now(clock);
        Map<Long, ReportRepository.Row> byOwes = new HashMap<>();
        reports.ofPeriod(template.code(), period.code()).forEach(r -> byOwes.put(r.owesId(), r));
        Map<Long, String> subregions = new HashMap<>();
        territory.subregions().forEach(s -> {
            if (s.owesOrganisationId() != null) {
                subregions.put(s.owesOrganisationId(), s.name());
            }
        });
        List<CompletenessRow> rows = new ArrayList<>();
        for (OrganisationView owes : organisations.ofKind(Kind.OWES)) {
            ReportRepository.Row report = byOwes.get(owes.id());
            ReportStatus status = report == null ? null : report.status();
            LocalDate due = report == null ? deadline : report.deadline();
            boolean done = status == ReportStatus.SUBMITTED || status == ReportStatus.APPROVED;
            rows.add(new CompletenessRow(owes.id(), owes.name(), subregions.get(owes.id()),
                    report == null ? null : report.id(), status, due, !done && due.isBefore(today)));
        }
        return new Completeness(template.code(), period.code(), deadline, rows);
    }

    /** @return the template or 404; for pages that show a template's name. */
    Optional<Template> template(String code) {
        return templates.current(code);
    }
}
