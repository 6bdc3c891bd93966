package pl.koordynator.es.statistics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.statistics.StatisticsChanged;
import pl.koordynator.es.territory.GminaType;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * Fictional but plausible statistics of the demo for every current gmina of the region and the
 * three years before the current one: population (cities with powiat rights largest, rural
 * gminas of 5–20 thousand), registered unemployed and their number per 100 working-age
 * inhabitants (taken as 60 % of the population), and social assistance beneficiaries per 1,000
 * inhabitants, with a gentle trend over the years. The same gmina always gets the same numbers.
 */
@Component
class StatisticsDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(StatisticsDemoData.class);
    static final int YEARS = 3;
    static final double WORKING_AGE_SHARE = 0.6;

    /** The cities with powiat rights of the first region, roughly their size. */
    private static final Map<String, Integer> CITIES = Map.of("2261011", 486_000, "2262011", 244_000,
            "2263011", 89_000, "2264011", 34_500);

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final Territory territory;
    private final StatisticValueRepository values;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PlatformSettings settings;
    private final TransactionTemplate transaction;

    StatisticsDemoData(Installation installation, DemoDataSets demoDataSets, Territory territory,
            StatisticValueRepository values, AuditTrail audit, ApplicationEventPublisher events,
            PlatformSettings settings, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.territory = territory;
        this.values = values;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
    }

    @Override
    public void initialize() {
        // a transaction of its own rather than @Transactional: Spring Modulith orders initializers by the
        // module of their class, and a proxy's generated class belongs to none, so it would run at random
        transaction.executeWithoutResult(status -> {
            List<Unit> gminas = territory.units(Level.GMINA, null);
            if (!installation.demoData() || gminas.isEmpty() || !demoDataSets.claim("statistics")) {
                return;
            }
            int firstYear = LocalDate.now(settings.timeZone()).getYear() - YEARS;
            List<ParsedImport.Value> generated = generate(gminas, firstYear);
            values.insert(generated);
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("file", "demo data (fictional)");
            state.put("values", generated.size());
            state.put("units", gminas.size());
            state.put("years", firstYear + "–" + (firstYear + YEARS - 1));
            audit.created(StatisticsImportService.ENTITY, "demo", state);
            Set<String> codes = new TreeSet<>();
            Set<Integer> years = new TreeSet<>();
            generated.forEach(value -> {
                codes.add(value.code());
                years.add(value.year());
            });
            events.publishEvent(new StatisticsChanged(codes, years));
            log.info("Demo statistics loaded: {} values for {} gminas, {}–{} (fictional)", generated.size(),
                    gminas.size(), firstYear, firstYear + YEARS - 1);
        });
    }

    /** The demo values of the gminas for {@link #YEARS} years from {@code firstYear}. */
    static List<ParsedImport.Value> generate(List<Unit> gminas, int firstYear) {
        List<ParsedImport.Value> generated = new ArrayList<>();
        for (Unit gmina : gminas) {
            // SplittableRandom mixes its seed: java.util.Random gives neighbouring codes nearly equal first numbers
            SplittableRandom random = new SplittableRandom(Long.parseLong(gmina.teryt()));
            double population = population(gmina, random);
            double populationTrend = gmina.type() == GminaType.RURAL ? 0.998 + random.nextDouble() * 0.016
                    : 0.992 + random.nextDouble() * 0.01;
            double rate = unemploymentRate(gmina, random);
            double rateTrend = 0.93 + random.nextDouble() * 0.05;
            double assistance = Math.min(120, Math.max(20, 18 + rate * 7 + random.nextGaussian() * 6));
            double assistanceTrend = 0.96 + random.nextDouble() * 0.03;
            for (int year = firstYear; year < firstYear + YEARS; year++) {
                long people = Math.round(population);
                long unemployed = Math.max(1, Math.round(Math.max(1, rate) / 100 * WORKING_AGE_SHARE * people));
                BigDecimal per100 = BigDecimal.valueOf(unemployed * 100.0 / (WORKING_AGE_SHARE * people))
                        .setScale(1, RoundingMode.HALF_UP);
                generated.add(value("POPULATION", year, gmina, BigDecimal.valueOf(people)));
                generated.add(value("UNEMPLOYED", year, gmina, BigDecimal.valueOf(unemployed)));
                generated.add(value("UNEMPLOYED_PER_100", year, gmina, per100));
                generated.add(value("SOCIAL_ASSISTANCE_PER_1000", year, gmina,
                        BigDecimal.valueOf(Math.max(20, assistance)).setScale(1, RoundingMode.HALF_UP)));
                population *= populationTrend;
                rate = Math.max(1, rate * rateTrend);
                assistance *= assistanceTrend;
            }
        }
        return generated;
    }

    private static double population(Unit gmina, SplittableRandom random) {
        Integer city = CITIES.get(gmina.teryt());
        if (city != null) {
            return city * (0.98 + random.nextDouble() * 0.04);
        }
        double share = random.nextDouble();
        return switch (gmina.type() == null ? GminaType.RURAL : gmina.type()) {
            case URBAN -> 9_000 + share * share * 55_000;
            case URBAN_RURAL -> 9_000 + share * 26_000;
            case RURAL -> 5_000 + share * 15_000;
        };
    }

    /** Registered unemployed per 100 working-age inhabitants: lowest in cities, highest in rural gminas. */
    private static double unemploymentRate(Unit gmina, SplittableRandom random) {
        if (CITIES.containsKey(gmina.teryt())) {
            return 1.5 + random.nextDouble() * 1.5;
        }
        return switch (gmina.type() == null ? GminaType.RURAL : gmina.type()) {
            case URBAN -> 2 + random.nextDouble() * 4;
            case URBAN_RURAL -> 3 + random.nextDouble() * 5;
            case RURAL -> 3.5 + random.nextDouble() * 8;
        };
    }

    private static ParsedImport.Value value(String code, int year, Unit gmina, BigDecimal value) {
        return new ParsedImport.Value(code, year, gmina.teryt(), StatisticNumbers.normalised(value));
    }
}
