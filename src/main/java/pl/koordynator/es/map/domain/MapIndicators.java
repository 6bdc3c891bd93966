package pl.koordynator.es.map.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.koordynator.es.map.MapIndicatorSource;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.statistics.Aggregation;
import pl.koordynator.es.statistics.IndicatorCategory;
import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.statistics.Statistics;

/**
 * Every indicator the map offers: those of the statistics catalogue, and after {@code PES_ACTIVE}
 * one live count per PES kind ({@code PES_ACTIVE_SOCIAL_COOPERATIVE} …).
 */
@Component
public class MapIndicators {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final Statistics statistics;
    private final MessageSource messages;
    private final Clock clock;
    private final List<MapIndicatorSource> sources;

    MapIndicators(Statistics statistics, MessageSource messages, Clock clock, List<MapIndicatorSource> sources) {
        this.statistics = statistics;
        this.messages = messages;
        this.clock = clock;
        this.sources = List.copyOf(sources);
    }

    /** The change topics of every module computing indicators for the map. */
    public List<String> sourceTopics() {
        return sources.stream().flatMap(s -> s.changeTopics().stream()).distinct().toList();
    }

    /** The module computing the indicator, when another module does. */
    Optional<MapIndicatorSource> source(String code) {
        return sources.stream().filter(s -> s.indicators().stream().anyMatch(d -> d.code().equals(code))).findFirst();
    }

    public List<IndicatorDefinition> all() {
        List<IndicatorDefinition> all = new ArrayList<>();
        for (IndicatorDefinition definition : statistics.definitions()) {
            all.add(definition);
            if (definition.code().equals(LiveIndicators.PES_ACTIVE)) {
                Kind.pesKinds().forEach(kind -> all.add(ofKind(kind, definition)));
            }
        }
        sources.forEach(source -> all.addAll(source.indicators()));
        return all;
    }

    public Optional<IndicatorDefinition> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (code.startsWith(LiveIndicators.OF_KIND)) {
            return all().stream().filter(d -> d.code().equals(code)).findFirst();
        }
        Optional<IndicatorDefinition> computed = sources.stream().flatMap(s -> s.indicators().stream())
                .filter(d -> d.code().equals(code)).findFirst();
        return computed.isPresent() ? computed : statistics.definition(code);
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** Years with data: imported years, and the current year for a live indicator. Ascending. */
    public List<Integer> years(IndicatorDefinition indicator) {
        Optional<MapIndicatorSource> source = source(indicator.code());
        if (source.isPresent()) {
            return source.get().years(indicator.code());
        }
        TreeSet<Integer> years = new TreeSet<>(statistics.years(indicator.code()));
        if (indicator.live()) {
            years.add(currentYear());
        }
        return List.copyOf(years);
    }

    /** The year shown when none is asked for: the current one for live indicators, else the latest imported. */
    public int defaultYear(IndicatorDefinition indicator) {
        List<Integer> years = years(indicator);
        return years.isEmpty() ? currentYear() : years.get(years.size() - 1);
    }

    private IndicatorDefinition ofKind(Kind kind, IndicatorDefinition pesActive) {
        String key = "registry.kind." + kind.name();
        return new IndicatorDefinition(LiveIndicators.activeOfKind(kind),
                pesActive.namePl() + ": " + messages.getMessage(key, null, POLISH),
                pesActive.nameEn() + ": " + messages.getMessage(key, null, Locale.ENGLISH),
                pesActive.unitPl(), pesActive.unitEn(), pesActive.source(), IndicatorCategory.RESOURCE,
                Aggregation.SUM, true, true);
    }
}
