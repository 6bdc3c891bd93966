package pl.koordynator.es.localplans.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.Events;
import pl.koordynator.es.events.GminaActivity;
import pl.koordynator.es.events.PlannedEvent;
import pl.koordynator.es.localplans.DiagnosisFigure;
import pl.koordynator.es.localplans.DiagnosisGroup;
import pl.koordynator.es.localplans.DiagnosisPriority;
import pl.koordynator.es.localplans.LocalPlanDiagnosis;
import pl.koordynator.es.localplans.PlanDiagnosis;
import pl.koordynator.es.localplans.PlanFile;
import pl.koordynator.es.localplans.PlanLevel;
import pl.koordynator.es.map.IndicatorLayer;
import pl.koordynator.es.map.MapFigures;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.PriorityRanking;
import pl.koordynator.es.map.UnitValue;
import pl.koordynator.es.needs.PublishedNeed;
import pl.koordynator.es.needs.ReportedNeeds;
import pl.koordynator.es.networks.Networks;
import pl.koordynator.es.publicservices.ClauseMeasure;
import pl.koordynator.es.publicservices.ClauseMeasureLevel;
import pl.koordynator.es.publicservices.ClauseMeasures;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.support.SupportPair;
import pl.koordynator.es.support.SupportRecords;

/**
 * Computes a plan's diagnosis through the other modules' public APIs only, so each figure equals what
 * the API named in its {@code sourceApi} answers for the same unit: the map's layers and priority
 * index (a powiat plan reads the powiat layers, which add up the powiat's gminas), published needs,
 * support and events of the last two years, ties and networks of the area's active PES, and the
 * social clause measures of the last two full years and this one.
 */
@Service
public class LocalPlanDiagnosisService implements LocalPlanDiagnosis {

    /** The register's live counts the diagnosis quotes, in this order; the PES kinds follow in their own group. */
    static final List<String> REGISTER_CODES = List.of("PES_ACTIVE", "PES_PER_10K", "SOCIAL_ENTERPRISES",
            "REINTEGRATION_PLACES", "PES_JOBS", "POPULATION");
    static final int SUPPORT_YEARS = 2;
    /** More active PES than any gmina or powiat of a region has. */
    private static final int ALL_PES = 100_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final LocalPlanDiagnosisRepository plans;
    private final PlanPartiesReader parties;
    private final LocalPlansAccess access;
    private final MapFigures map;
    private final ReportedNeeds needs;
    private final SupportRecords support;
    private final List<GminaActivity> activities;
    private final Events events;
    private final Organisations organisations;
    private final Networks networks;
    private final ClauseMeasures clauses;
    private final MessageSource messages;
    private final LocalPlanDiagnosisPdf pdf;
    private final Clock clock;
    private final PlatformSettings platform;

    LocalPlanDiagnosisService(LocalPlanDiagnosisRepository plans, PlanPartiesReader parties, LocalPlansAccess access,
            MapFigures map, ReportedNeeds needs, SupportRecords support, List<GminaActivity> activities, Events events,
            Organisations organisations, Networks networks, ClauseMeasures clauses, MessageSource messages,
            LocalPlanDiagnosisPdf pdf, Clock clock, PlatformSettings platform) {
        this.plans = plans;
        this.parties = parties;
        this.access = access;
        this.map = map;
        this.needs = needs;
        this.support = support;
        this.activities = List.copyOf(activities);
        this.events = events;
        this.organisations = organisations;
        this.networks = networks;
        this.clauses = clauses;
        this.messages = messages;
        this.pdf = pdf;
        this.clock = clock;
        this.platform = platform;
    }

    @Override
    @Transactional(readOnly = true)
    public PlanDiagnosis diagnosis(long planId) {
        return diagnosis(planId, LocaleContextHolder.getLocale());
    }

    @Override
    @Transactional(readOnly = true)
    public PlanFile pdf(long planId, Locale locale) {
        PlanDiagnosis diagnosis = diagnosis(planId, locale);
        return new PlanFile("diagnoza-" + diagnosis.unitTeryt() + ".pdf", "application/pdf",
                pdf.render(diagnosis, locale));
    }

    private PlanDiagnosis diagnosis(long planId, Locale locale) {
        LocalPlanDiagnosisRepository.PlanHead plan = plans.plan(planId)
                .orElseThrow(() -> new NotFoundException("local plan", planId));
        PlanParties planParties = parties.find(planId).orElseThrow(() -> new NotFoundException("local plan", planId));
        Area area = new Area(plan.level(), plan.unitTeryt());
        LocalDate today = access.today();
        Texts text = new Texts(messages, locale);
        List<DiagnosisGroup> groups = new ArrayList<>();
        groups.add(new DiagnosisGroup("pes", text.get("localplans.diagnosis.group.pes"),
                REGISTER_CODES.stream().map(code -> mapFigure(area, code, locale, today, text)).toList()));
        groups.add(new DiagnosisGroup("pesByKind", text.get("localplans.diagnosis.group.pesByKind"),
                Kind.pesKinds().stream().map(kind -> mapFigure(area, "PES_ACTIVE_" + kind.name(), locale, today, text))
                        .toList()));
        DiagnosisPriority priority = priority(area, locale);
        groups.add(new DiagnosisGroup("priority", text.get("localplans.diagnosis.group.priority"),
                priorityFigures(priority, today, text)));
        groups.add(new DiagnosisGroup("needs", text.get("localplans.diagnosis.group.needs"),
                List.of(needsFigure(area, today, text))));
        groups.add(new DiagnosisGroup("support", text.get("localplans.diagnosis.group.support"),
                supportFigures(area, today, text)));
        groups.add(new DiagnosisGroup("networks", text.get("localplans.diagnosis.group.networks"),
                networkFigures(area, today, text)));
        groups.add(new DiagnosisGroup("procurements", text.get("localplans.diagnosis.group.procurements"),
                procurementFigures(area, today, text)));
        LocalPlanDiagnosisRepository.Section section = plans.diagnosisSection(planId).orElse(null);
        return new PlanDiagnosis(plan.id(), plan.title(), plan.level(), plan.unitTeryt(), plan.unitName(), today,
                groups, priority, section == null ? "" : section.text(), section == null ? 0 : section.versionNo(),
                section == null ? null : section.updatedAt(), access.mayWriteSections(planParties));
    }

    /** The plan's gmina, or its powiat with every gmina in it. */
    record Area(PlanLevel level, String teryt) {

        MapLevel mapLevel() {
            return level == PlanLevel.GMINA ? MapLevel.GMINA : MapLevel.POWIAT;
        }

        boolean covers(String gminaTeryt) {
            return gminaTeryt != null && (level == PlanLevel.GMINA ? gminaTeryt.equals(teryt)
                    : gminaTeryt.startsWith(teryt));
        }

        String powiat() {
            return teryt.substring(0, 4);
        }
    }

    private DiagnosisFigure mapFigure(Area area, String code, Locale locale, LocalDate today, Texts text) {
        IndicatorLayer layer = map.layer(area.mapLevel(), code, null);
        // a unit without data has a null value: no Optional of it
        BigDecimal value = layer.units().stream().filter(u -> u.teryt().equals(area.teryt())).findFirst()
                .map(UnitValue::value).orElse(null);
        IndicatorDefinition indicator = layer.indicator();
        String source = indicator.source();
        if (layer.populationYear() != null && !"POPULATION".equals(code)) {
            source = text.get("localplans.diagnosis.source.populationYear", source,
                    String.valueOf(layer.populationYear()));
        }
        return new DiagnosisFigure(code, indicator.name(locale), value, indicator.unit(locale),
                layer.live() ? today : null, layer.year(), null, source, mapApi(area, code), List.of());
    }

    private static String mapApi(Area area, String code) {
        return "/api/v1/map/" + area.mapLevel().path() + "?indicator=" + code;
    }

    private DiagnosisPriority priority(Area area, Locale locale) {
        PriorityRanking ranking = map.priority(area.mapLevel(), locale);
        String api = "/api/v1/map/priority?level=" + area.mapLevel().path();
        PriorityRanking.Score score = ranking.scores().stream().filter(s -> s.teryt().equals(area.teryt()))
                .findFirst().orElse(null);
        if (score == null) {
            return new DiagnosisPriority(null, ranking.scores().size(), null, api, List.of());
        }
        Map<String, PriorityRanking.Part> parts = new LinkedHashMap<>();
        score.parts().forEach(part -> parts.put(part.code(), part));
        List<DiagnosisPriority.Component> components = new ArrayList<>();
        for (PriorityRanking.Component component : ranking.components()) {
            PriorityRanking.Part part = parts.get(component.code());
            components.add(new DiagnosisPriority.Component(component.code(), component.name(),
                    component.category().name(), component.weight(), component.year(),
                    part == null ? null : part.value(), part == null ? null : part.z(),
                    part == null ? null : part.contribution(), part == null || part.missing()));
        }
        return new DiagnosisPriority(score.rank(), ranking.scores().size(), score.score(), api, components);
    }

    private static List<DiagnosisFigure> priorityFigures(DiagnosisPriority priority, LocalDate today, Texts text) {
        String source = text.get("localplans.diagnosis.source.priority");
        return List.of(
                new DiagnosisFigure("PRIORITY_RANK", text.get("localplans.diagnosis.figure.PRIORITY_RANK"),
                        priority.rank() == null ? null : BigDecimal.valueOf(priority.rank()),
                        text.get("localplans.diagnosis.unit.rankOf", String.valueOf(priority.units())), today, null,
                        null, source, priority.sourceApi(), List.of()),
                new DiagnosisFigure("PRIORITY_SCORE", text.get("localplans.diagnosis.figure.PRIORITY_SCORE"),
                        priority.score(), text.get("localplans.diagnosis.unit.points"), today, null, null, source,
                        priority.sourceApi(), List.of()));
    }

    private DiagnosisFigure needsFigure(Area area, LocalDate today, Texts text) {
        List<String> gminas;
        if (area.level() == PlanLevel.GMINA) {
            gminas = List.of(area.teryt());
        } else {
            gminas = needs.publishedCountByGmina().keySet().stream().filter(area::covers).sorted().toList();
        }
        List<PublishedNeed> published = new ArrayList<>();
        gminas.forEach(gmina -> published.addAll(needs.published(gmina)));
        published.sort((a, b) -> b.publishedAt().compareTo(a.publishedAt()));
        List<DiagnosisFigure.Item> items = published.stream().map(need -> new DiagnosisFigure.Item(need.title(),
                text.get("localplans.diagnosis.item.need", day(need.publishedAt()),
                        need.organisationName() == null ? "—" : need.organisationName()))).toList();
        return new DiagnosisFigure("NEEDS_PUBLISHED", text.get("localplans.diagnosis.figure.NEEDS_PUBLISHED"),
                BigDecimal.valueOf(published.size()), text.get("localplans.diagnosis.unit.count"), today, null, null,
                text.get("localplans.diagnosis.source.needs"), mapApi(area, "NEEDS_REPORTED"), items);
    }

    private List<DiagnosisFigure> supportFigures(Area area, LocalDate today, Texts text) {
        LocalDate from = today.minusYears(SUPPORT_YEARS);
        List<SupportPair> pairs = support.supportPairs(from, today);
        Set<Long> pesIds = new LinkedHashSet<>();
        pairs.forEach(pair -> pesIds.add(pair.pesId()));
        Map<Long, OrganisationView> pes = organisations.findAll(pesIds);
        Set<Long> supported = new LinkedHashSet<>();
        Map<Long, Set<Long>> pesByOwes = new LinkedHashMap<>();
        for (SupportPair pair : pairs) {
            OrganisationView organisation = pes.get(pair.pesId());
            if (organisation != null && organisation.kind().isPes() && area.covers(organisation.gminaTeryt())) {
                supported.add(pair.pesId());
                pesByOwes.computeIfAbsent(pair.owesId(), id -> new LinkedHashSet<>()).add(pair.pesId());
            }
        }
        Map<Long, OrganisationView> owes = organisations.findAll(pesByOwes.keySet());
        List<DiagnosisFigure.Item> owesItems = pesByOwes.entrySet().stream()
                .map(e -> new DiagnosisFigure.Item(owes.containsKey(e.getKey()) ? owes.get(e.getKey()).name()
                        : "#" + e.getKey(), text.get("localplans.diagnosis.item.owes", e.getValue().size())))
                .sorted((a, b) -> a.label().compareToIgnoreCase(b.label())).toList();
        long activities = 0;
        for (GminaActivity source : this.activities) {
            activities += source.countByGmina(from, today).entrySet().stream().filter(e -> area.covers(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long held = events.between(from, today).stream()
                .filter(event -> event.status() == EventStatus.PUBLISHED && area.covers(event.gminaTeryt())
                        && !event.startsAt().isAfter(now))
                .count();
        String supportApi = "/api/v1/support/records?from=" + from + "&to=" + today;
        String source = text.get("localplans.diagnosis.source.support");
        String count = text.get("localplans.diagnosis.unit.count");
        return List.of(
                new DiagnosisFigure("SUPPORTED_PES", text.get("localplans.diagnosis.figure.SUPPORTED_PES"),
                        BigDecimal.valueOf(supported.size()), count, today, null, from, source, supportApi, List.of()),
                new DiagnosisFigure("SUPPORTING_OWES", text.get("localplans.diagnosis.figure.SUPPORTING_OWES"),
                        BigDecimal.valueOf(pesByOwes.size()), count, today, null, from, source, supportApi, owesItems),
                new DiagnosisFigure("SUPPORT_ACTIVITIES", text.get("localplans.diagnosis.figure.SUPPORT_ACTIVITIES"),
                        BigDecimal.valueOf(activities), count, today, null, from, source, supportApi, List.of()),
                new DiagnosisFigure("EVENTS_HELD", text.get("localplans.diagnosis.figure.EVENTS_HELD"),
                        BigDecimal.valueOf(held), count, today, null, from, text.get("localplans.diagnosis.source.events"),
                        "/api/v1/events?from=" + from + "&to=" + today + "&powiat=" + area.powiat() + "&status=PUBLISHED",
                        List.of()));
    }

    private List<DiagnosisFigure> networkFigures(Area area, LocalDate today, Texts text) {
        List<Long> pesIds = organisations.activePesIn(area.teryt(), ALL_PES).stream().map(OrganisationView::id)
                .toList();
        long ties = networks.activeTiesOfAny(pesIds, today);
        Map<Long, List<String>> networksOfEach = networks.networksOfEach(pesIds, today);
        Map<String, Integer> members = new TreeMap<>(java.text.Collator.getInstance(Locale.forLanguageTag("pl")));
        networksOfEach.values().forEach(names -> names.forEach(name -> members.merge(name, 1, Integer::sum)));
        List<DiagnosisFigure.Item> items = members.entrySet().stream()
                .map(e -> new DiagnosisFigure.Item(e.getKey(), text.get("localplans.diagnosis.item.network", e.getValue())))
                .toList();
        String source = text.get("localplans.diagnosis.source.networks");
        String count = text.get("localplans.diagnosis.unit.count");
        return List.of(
                new DiagnosisFigure("TIES_ACTIVE", text.get("localplans.diagnosis.figure.TIES_ACTIVE"),
                        BigDecimal.valueOf(ties), count, today, null, null, source, "/api/v1/ties", List.of()),
                new DiagnosisFigure("PES_IN_NETWORKS", text.get("localplans.diagnosis.figure.PES_IN_NETWORKS"),
                        BigDecimal.valueOf(networksOfEach.size()), count, today, null, null, source, "/api/v1/networks",
                        List.of()),
                new DiagnosisFigure("NETWORKS", text.get("localplans.diagnosis.figure.NETWORKS"),
                        BigDecimal.valueOf(members.size()), count, today, null, null, source, "/api/v1/networks", items));
    }

    private List<DiagnosisFigure> procurementFigures(Area area, LocalDate today, Texts text) {
        ClauseMeasureLevel level = area.level() == PlanLevel.GMINA ? ClauseMeasureLevel.GMINA : ClauseMeasureLevel.POWIAT;
        String source = text.get("localplans.diagnosis.source.procurements");
        String count = text.get("localplans.diagnosis.unit.count");
        String money = text.get("localplans.diagnosis.unit.pln");
        List<DiagnosisFigure> figures = new ArrayList<>();
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            int y = year;
            ClauseMeasure measure = clauses.measures(year, level).stream()
                    .filter(m -> area.teryt().equals(m.unitCode())).findFirst().orElse(null);
            String api = "/api/v1/procurements/measures?year=" + year + "&level=" + level.name();
            figures.add(clause("CLAUSE_PROCUREMENTS", y, measure == null ? null
                    : BigDecimal.valueOf(measure.procurements()), count, source, api, text));
            figures.add(clause("CLAUSE_LOTS_WITH_CLAUSES", y, measure == null ? null
                    : BigDecimal.valueOf(measure.lotsWithClauses()), count, source, api, text));
            figures.add(clause("CLAUSE_VALUE_WITH_CLAUSES", y, measure == null ? null : measure.valueWithClauses(),
                    money, source, api, text));
            figures.add(clause("CLAUSE_SHARE", y, measure == null ? null : measure.share(), "%", source, api, text));
            figures.add(clause("CLAUSE_WON_BY_PES", y, measure == null ? null
                    : BigDecimal.valueOf(measure.contractsWonByPes()), count, source, api, text));
        }
        return figures;
    }

    private static DiagnosisFigure clause(String code, int year, BigDecimal value, String unit, String source,
            String api, Texts text) {
        return new DiagnosisFigure(code + "_" + year, text.get("localplans.diagnosis.figure." + code), value, unit,
                null, year, null, source, api, List.of());
    }

    private String day(OffsetDateTime moment) {
        return moment == null ? "" : DATE.format(moment.atZoneSameInstant(platform.timeZone()));
    }

    /** Messages of the reader's language. */
    record Texts(MessageSource messages, Locale locale) {

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }
}
