package pl.koordynator.es.reintegration.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.reintegration.AggregateLevel;
import pl.koordynator.es.reintegration.AggregateTable;
import pl.koordynator.es.reintegration.AggregateTable.Area;
import pl.koordynator.es.reintegration.AggregateTable.Cell;
import pl.koordynator.es.reintegration.AggregateTable.Flows;
import pl.koordynator.es.reintegration.CooperationMap;
import pl.koordynator.es.reintegration.ExitOutcome;
import pl.koordynator.es.reintegration.ReferralPartyKind;
import pl.koordynator.es.reintegration.ReintegrationAggregates;
import pl.koordynator.es.reintegration.domain.ReintegrationSuppression.Relation;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The aggregates: a cube of every measure × the 4 quarters and the year × every powiat, subregion and the
 * region, built from the anonymous statistic of one year, suppressed once as a whole by
 * {@link ReintegrationSuppression} and kept while the statistic and the territory are unchanged; every table
 * and map of that year is a slice of the same suppressed cube.
 * <p>
 * Only referrals sent from a current powiat of the region count (the area is the sender's powiat), and only
 * those between a sending kind and a receiving kind of {@link ReferralPartyKind}, so every total is the exact
 * sum of its parts.
 */
@Service("reintegrationAggregateService")
class AggregateService implements ReintegrationAggregates {

    static final List<ReferralPartyKind> SENDERS = List.of(ReferralPartyKind.values());
    static final List<ReferralPartyKind> RECEIVERS = SENDERS.stream().filter(ReferralPartyKind::receives).toList();
    private static final ExitOutcome[] OUTCOMES = ExitOutcome.values();
    static final int PERIODS = 5;
    static final int YEAR = 4;

    // the measures of the cube, by index
    static final int REFERRALS = 0;
    static final int ACCEPTED = 1;
    static final int COMPLETED = 2;
    static final int EMPLOYMENT = 3;
    static final int EXIT = 4;
    static final int MONTHS_12 = EXIT + OUTCOMES.length;
    static final int FLOW = MONTHS_12 + OUTCOMES.length;
    static final int BY_SENDER = FLOW + SENDERS.size() * RECEIVERS.size();
    static final int BY_RECEIVER = BY_SENDER + SENDERS.size();
    static final int MEASURES = BY_RECEIVER + RECEIVERS.size();

    private final AggregateRepository statistic;
    private final Territory territory;
    private final ReintegrationAccess access;
    private final CachedAnswers<CubeKey, Cube> cubes;

    /** A year's cube depends on the subregions too, which count no data change of their own. */
    private record CubeKey(int year, List<Subregion> subregions) {
    }

    AggregateService(AggregateRepository statistic, Territory territory, ReintegrationAccess access,
            DataChanges changes) {
        this.statistic = statistic;
        this.territory = territory;
        this.access = access;
        this.cubes = changes.cache(6, "reintegration", "territory");
    }

    /** An area of the cube: its powiats (one for a powiat). */
    record AreaOf(String code, String name, AggregateLevel level, List<String> powiats) {
    }

    /** A year's suppressed cube; cells indexed by {@link #cell}. */
    record Cube(int year, List<AreaOf> areas, long[] values, boolean[] suppressed, long[][] pairs) {

        int cell(int measure, int period, int area) {
            return (measure * PERIODS + period) * areas.size() + area;
        }

        Cell at(int measure, int period, int area) {
            int cell = cell(measure, period, area);
            return Cell.of(values[cell], suppressed[cell]);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public AggregateTable table(int year, Integer quarter, AggregateLevel level) {
        access.requireAggregates();
        Cube cube = cube(year, quarter);
        int period = quarter == null ? YEAR : quarter - 1;
        AggregateLevel chosen = level == null ? AggregateLevel.REGION : level;
        List<Area> areas = new ArrayList<>();
        Area region = null;
        for (int a = 0; a < cube.areas().size(); a++) {
            AreaOf area = cube.areas().get(a);
            if (area.level() == chosen) {
                areas.add(area(cube, period, a));
            }
            if (area.level() == AggregateLevel.REGION) {
                region = area(cube, period, a);
            }
        }
        return new AggregateTable(year, quarter, chosen, List.copyOf(areas), region, SENDERS, RECEIVERS);
    }

    @Override
    @Transactional(readOnly = true)
    public CooperationMap cooperation(int year, Integer quarter) {
        access.requireAggregates();
        Cube cube = cube(year, quarter);
        int period = quarter == null ? YEAR : quarter - 1;
        List<CooperationMap.Powiat> powiats = new ArrayList<>();
        Cell regionPairs = null;
        Cell regionReferrals = null;
        for (int a = 0; a < cube.areas().size(); a++) {
            AreaOf area = cube.areas().get(a);
            if (area.level() == AggregateLevel.POWIAT) {
                powiats.add(new CooperationMap.Powiat(area.code(), area.name(), pairs(cube, period, a),
                        cube.at(REFERRALS, period, a)));
            } else if (area.level() == AggregateLevel.REGION) {
                regionPairs = pairs(cube, period, a);
                regionReferrals = cube.at(REFERRALS, period, a);
            }
        }
        return new CooperationMap(year, quarter, List.copyOf(powiats), regionPairs, regionReferrals);
    }

    private Cube cube(int year, Integer quarter) {
        int nextYear = access.today().getYear() + 1;
        if (year < 2000 || year > nextYear) {
            throw InvalidInputException.of("year", "reintegration.agg.error.year", nextYear);
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw InvalidInputException.of("quarter", "reintegration.agg.error.quarter");
        }
        return cubes.get(new CubeKey(year, territory.subregions()), () -> compute(year));
    }

    private static Area area(Cube cube, int period, int a) {
        AreaOf area = cube.areas().get(a);
        Map<ExitOutcome, Cell> exits = new EnumMap<>(ExitOutcome.class);
        Map<ExitOutcome, Cell> months12 = new EnumMap<>(ExitOutcome.class);
        for (int o = 0; o < OUTCOMES.length; o++) {
            exits.put(OUTCOMES[o], cube.at(EXIT + o, period, a));
            months12.put(OUTCOMES[o], cube.at(MONTHS_12 + o, period, a));
        }
        Cell referrals = cube.at(REFERRALS, period, a);
        return new Area(area.code(), area.name(), referrals, cube.at(ACCEPTED, period, a),
                cube.at(COMPLETED, period, a), cube.at(EMPLOYMENT, period, a), exits, months12,
                flowsPublished(area, period) ? flows(cube, period, a, referrals) : null, pairs(cube, period, a));
    }

    /**
     * Whether the sender × receiver flows of an area and period are published: for the region's year only. Split
     * by powiat and quarter too they would be a four-way table of a few hundred referrals in 2,800 inner cells,
     * nearly all of them 1–4, tied through their margins to every area's referrals, so that protecting them hid
     * the region's own totals.
     */
    static boolean flowsPublished(AreaOf area, int period) {
        return period == YEAR && area.level() == AggregateLevel.REGION;
    }

    private static Flows flows(Cube cube, int period, int a, Cell referrals) {
        Map<ReferralPartyKind, Map<ReferralPartyKind, Cell>> cells = new EnumMap<>(ReferralPartyKind.class);
        Map<ReferralPartyKind, Cell> bySender = new EnumMap<>(ReferralPartyKind.class);
        Map<ReferralPartyKind, Cell> byReceiver = new EnumMap<>(ReferralPartyKind.class);
        for (int s = 0; s < SENDERS.size(); s++) {
            Map<ReferralPartyKind, Cell> row = new EnumMap<>(ReferralPartyKind.class);
            for (int r = 0; r < RECEIVERS.size(); r++) {
                row.put(RECEIVERS.get(r), cube.at(flow(s, r), period, a));
            }
            cells.put(SENDERS.get(s), java.util.Collections.unmodifiableMap(row));
            bySender.put(SENDERS.get(s), cube.at(BY_SENDER + s, period, a));
        }
        for (int r = 0; r < RECEIVERS.size(); r++) {
            byReceiver.put(RECEIVERS.get(r), cube.at(BY_RECEIVER + r, period, a));
        }
        return new Flows(cells, bySender, byReceiver, referrals);
    }

    /**
     * The area's pairs of cooperating institutions, hidden where its referrals are: every pair referred at
     * least one person, so a published pair count would bound a hidden referral count from below.
     */
    private static Cell pairs(Cube cube, int period, int a) {
        return Cell.of(cube.pairs()[period][a], cube.at(REFERRALS, period, a).suppressed());
    }

    static int flow(int sender, int receiver) {
        return FLOW + sender * RECEIVERS.size() + receiver;
    }

    /** The areas of the region: its powiats, its subregions and the region itself, in that order. */
    List<AreaOf> areas() {
        List<AreaOf> areas = new ArrayList<>();
        List<Unit> powiats = territory.units(Level.POWIAT, null);
        Set<String> current = new HashSet<>();
        for (Unit powiat : powiats) {
            areas.add(new AreaOf(powiat.teryt(), powiat.name(), AggregateLevel.POWIAT, List.of(powiat.teryt())));
            current.add(powiat.teryt());
        }
        for (Subregion subregion : territory.subregions()) {
            List<String> of = subregion.powiatTeryts().stream().filter(current::contains).sorted().toList();
            areas.add(new AreaOf(String.valueOf(subregion.id()), subregion.name(), AggregateLevel.SUBREGION, of));
        }
        String region = territory.regionTeryt();
        String name = territory.find(region).map(Unit::name).orElse(region);
        areas.add(new AreaOf(region, name, AggregateLevel.REGION, powiats.stream().map(Unit::teryt).toList()));
        return areas;
    }

    Cube compute(int year) {
        List<AreaOf> areas = areas();
        int count = areas.size();
        Map<String, Integer> powiatIndex = new HashMap<>();
        for (int a = 0; a < count; a++) {
            if (areas.get(a).level() == AggregateLevel.POWIAT) {
                powiatIndex.put(areas.get(a).code(), a);
            }
        }
        Cube cube = new Cube(year, areas, new long[MEASURES * PERIODS * count], new boolean[MEASURES * PERIODS * count],
                new long[PERIODS][count]);
        long[] values = cube.values();
        for (AggregateRepository.Group group : statistic.groups(year)) {
            Integer a = powiatIndex.get(group.powiat());
            int s = kindIndex(SENDERS, group.senderKind());
            int r = kindIndex(RECEIVERS, group.receiverKind());
            if (a == null || s < 0 || r < 0) {
                continue;
            }
            int q = group.quarter() - 1;
            long n = group.referrals();
            List<Integer> measures = new ArrayList<>(List.of(REFERRALS, flow(s, r), BY_SENDER + s, BY_RECEIVER + r));
            if (group.accepted()) {
                measures.add(ACCEPTED);
            }
            if (group.completed()) {
                measures.add(COMPLETED);
            }
            ExitOutcome exit = outcome(group.exitOutcome());
            if (exit != null) {
                measures.add(EXIT + exit.ordinal());
                if (exit.employment()) {
                    measures.add(EMPLOYMENT);
                }
            }
            ExitOutcome months12 = outcome(group.outcome12Months());
            if (months12 != null) {
                measures.add(MONTHS_12 + months12.ordinal());
            }
            for (int measure : measures) {
                values[cube.cell(measure, q, a)] += n;
            }
        }
        // areas above the powiats and the year: sums, exactly as the relations say
        for (int m = 0; m < MEASURES; m++) {
            for (int q = 0; q < 4; q++) {
                for (int a = 0; a < count; a++) {
                    if (areas.get(a).level() != AggregateLevel.POWIAT) {
                        for (String powiat : areas.get(a).powiats()) {
                            values[cube.cell(m, q, a)] += values[cube.cell(m, q, powiatIndex.get(powiat))];
                        }
                    }
                }
            }
            for (int a = 0; a < count; a++) {
                for (int q = 0; q < 4; q++) {
                    values[cube.cell(m, YEAR, a)] += values[cube.cell(m, q, a)];
                }
            }
        }
        boolean[] suppressed = ReintegrationSuppression.suppress(values, relations(cube, powiatIndex), kept(cube));
        System.arraycopy(suppressed, 0, cube.suppressed(), 0, suppressed.length);
        countPairs(cube, powiatIndex);
        return cube;
    }

    /**
     * The cells kept published where details can protect a small cell instead: every measure's year of the
     * subregions and the region, the figures ROPS reads first.
     */
    static boolean[] kept(Cube cube) {
        boolean[] keep = new boolean[cube.values().length];
        for (int a = 0; a < cube.areas().size(); a++) {
            if (cube.areas().get(a).level() != AggregateLevel.POWIAT) {
                for (int m = 0; m < FLOW; m++) {
                    keep[cube.cell(m, YEAR, a)] = true;
                }
            }
        }
        return keep;
    }

    /** Every additive relation of the cube. */
    static List<Relation> relations(Cube cube, Map<String, Integer> powiatIndex) {
        List<AreaOf> areas = cube.areas();
        List<Relation> relations = new ArrayList<>();
        int region = areas.size() - 1;
        Set<String> inSubregions = new HashSet<>();
        List<Integer> subregions = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            if (areas.get(a).level() == AggregateLevel.SUBREGION) {
                subregions.add(a);
                inSubregions.addAll(areas.get(a).powiats());
            }
        }
        // the flows and their margins are published for the region's year only: no relation across areas or periods
        for (int m = 0; m < FLOW; m++) {
            for (int p = 0; p < PERIODS; p++) {
                for (int a = 0; a < areas.size(); a++) {
                    if (areas.get(a).level() != AggregateLevel.POWIAT && !areas.get(a).powiats().isEmpty()) {
                        int measure = m;
                        int period = p;
                        relations.add(new Relation(cube.cell(m, p, a), areas.get(a).powiats().stream()
                                .mapToInt(powiat -> cube.cell(measure, period, powiatIndex.get(powiat))).toArray()));
                    }
                }
                if (!subregions.isEmpty()) {
                    // the region is its subregions and the powiats outside any
                    List<Integer> parts = new ArrayList<>(subregions);
                    areas.get(region).powiats().stream().filter(powiat -> !inSubregions.contains(powiat))
                            .forEach(powiat -> parts.add(powiatIndex.get(powiat)));
                    int measure = m;
                    int period = p;
                    relations.add(new Relation(cube.cell(m, p, region),
                            parts.stream().mapToInt(a -> cube.cell(measure, period, a)).toArray()));
                }
            }
            for (int a = 0; a < areas.size(); a++) {
                relations.add(new Relation(cube.cell(m, YEAR, a),
                        new int[] {cube.cell(m, 0, a), cube.cell(m, 1, a), cube.cell(m, 2, a), cube.cell(m, 3, a)}));
            }
        }
        for (int p = 0; p < PERIODS; p++) {
            for (int a = 0; a < areas.size(); a++) {
                int[] employment = new int[OUTCOMES_EMPLOYMENT.size()];
                for (int o = 0; o < employment.length; o++) {
                    employment[o] = cube.cell(EXIT + OUTCOMES_EMPLOYMENT.get(o).ordinal(), p, a);
                }
                relations.add(new Relation(cube.cell(EMPLOYMENT, p, a), employment));
                if (!flowsPublished(areas.get(a), p)) {
                    continue;
                }
                int[] senders = new int[SENDERS.size()];
                for (int s = 0; s < SENDERS.size(); s++) {
                    int[] row = new int[RECEIVERS.size()];
                    for (int r = 0; r < RECEIVERS.size(); r++) {
                        row[r] = cube.cell(flow(s, r), p, a);
                    }
                    relations.add(new Relation(cube.cell(BY_SENDER + s, p, a), row));
                    senders[s] = cube.cell(BY_SENDER + s, p, a);
                }
                int[] receivers = new int[RECEIVERS.size()];
                for (int r = 0; r < RECEIVERS.size(); r++) {
                    int[] column = new int[SENDERS.size()];
                    for (int s = 0; s < SENDERS.size(); s++) {
                        column[s] = cube.cell(flow(s, r), p, a);
                    }
                    relations.add(new Relation(cube.cell(BY_RECEIVER + r, p, a), column));
                    receivers[r] = cube.cell(BY_RECEIVER + r, p, a);
                }
                relations.add(new Relation(cube.cell(REFERRALS, p, a), senders));
                relations.add(new Relation(cube.cell(REFERRALS, p, a), receivers));
            }
        }
        return relations;
    }

    private static final List<ExitOutcome> OUTCOMES_EMPLOYMENT = java.util.Arrays.stream(ExitOutcome.values())
            .filter(ExitOutcome::employment).toList();

    /** Distinct pairs of institutions per area and period: sets, as a pair counts once however often it refers. */
    private void countPairs(Cube cube, Map<String, Integer> powiatIndex) {
        List<AreaOf> areas = cube.areas();
        Map<String, List<Integer>> areasOfPowiat = new LinkedHashMap<>();
        for (int a = 0; a < areas.size(); a++) {
            for (String powiat : areas.get(a).powiats()) {
                areasOfPowiat.computeIfAbsent(powiat, p -> new ArrayList<>()).add(a);
            }
        }
        List<List<Set<List<Long>>>> sets = new ArrayList<>();
        for (int p = 0; p < PERIODS; p++) {
            List<Set<List<Long>>> ofPeriod = new ArrayList<>();
            for (int a = 0; a < areas.size(); a++) {
                ofPeriod.add(new HashSet<>());
            }
            sets.add(ofPeriod);
        }
        for (AggregateRepository.Pair pair : statistic.pairs(cube.year())) {
            for (int a : areasOfPowiat.getOrDefault(pair.powiat(), List.of())) {
                List<Long> key = List.of(pair.senderId(), pair.receiverId());
                sets.get(pair.quarter() - 1).get(a).add(key);
                sets.get(YEAR).get(a).add(key);
            }
        }
        for (int p = 0; p < PERIODS; p++) {
            for (int a = 0; a < areas.size(); a++) {
                cube.pairs()[p][a] = sets.get(p).get(a).size();
            }
        }
    }

    private static int kindIndex(List<ReferralPartyKind> kinds, String name) {
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static ExitOutcome outcome(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ExitOutcome.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
