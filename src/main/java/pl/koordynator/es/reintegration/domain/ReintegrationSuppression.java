package pl.koordynator.es.reintegration.domain;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression of counts of persons, with complementary suppression, for any set of cells tied by
 * additive relations ("this total is the sum of those members"). Pure Java, no Spring.
 * <ul>
 * <li>Primary: a count of 1 to {@value #THRESHOLD_MINUS_ONE} persons is suppressed (a 0 is published: it
 * says nobody, and hiding it would only make the table harder to read).</li>
 * <li>(a) A relation with exactly one suppressed cell would give it away by subtraction: the smallest
 * published non-zero other cell of the relation is suppressed too, a member before the total.</li>
 * <li>(b) The exact check: every relation becomes a linear equation over the suppressed cells (the published
 * ones are constants). A suppressed cell is determined when its unit vector lies in the row space of those
 * equations, which a Gauss-Jordan elimination over exact rationals decides (rows kept as BigInteger vectors
 * divided by their gcd, so no rounding ever). For a determined cell another published cell of one of its
 * relations is suppressed, and both steps run again.</li>
 * <li>(c) The lower bound, checked before (b): zeros are published, so a reader knows a "&lt;5" is at least 1.
 * In a relation with a published total, the sum S of its k hidden members (the total less the published ones)
 * gives every one of them away when S &le; k (all are 1; e.g. 12 = 10 + "&lt;5" + "&lt;5"); such bounds also
 * chain across relations. {@link #bounded} narrows them; for a cell they determine one more published non-zero
 * cell of its relations is suppressed, as in (b) (one per relation and round), and the steps run again. The
 * upper bound 4 is not used: complements may be larger, and it cannot be met in general (a "&lt;5" total of four
 * "&lt;5" members would always be four 1s).</li>
 * </ul>
 * It ends: every round suppresses at least one more cell or stops, and the cells are finite. Zeros are
 * never chosen as complements while a non-zero cell can do: a suppressed zero in a relation whose other
 * unknowns must then be zero could be found out through non-negativity, which linear algebra ignores.
 */
public final class ReintegrationSuppression {

    /** Counts below this (and above 0) are never published. */
    public static final int THRESHOLD = 5;
    private static final int THRESHOLD_MINUS_ONE = THRESHOLD - 1;

    /** {@code total} is the sum of {@code members} (cell indexes). */
    public record Relation(int total, int[] members) {

        public Relation {
            members = members.clone();
        }

        /** The total followed by the members. */
        int[] cells() {
            int[] all = new int[members.length + 1];
            all[0] = total;
            System.arraycopy(members, 0, all, 1, members.length);
            return all;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Relation that && total == that.total && Arrays.equals(members, that.members);
        }

        @Override
        public int hashCode() {
            return 31 * total + Arrays.hashCode(members);
        }

        @Override
        public String toString() {
            return total + "=" + Arrays.toString(members);
        }
    }

    private ReintegrationSuppression() {
    }

    /** Whether a count is a primary suppression (1–4 persons). */
    public static boolean primary(long value) {
        return value > 0 && value < THRESHOLD;
    }

    /**
     * The suppression pattern of the cells: true for a cell shown as "&lt;5". The relations must hold for the
     * values (checked: an inconsistent table is a bug of its builder).
     */
    public static boolean[] suppress(long[] values, List<Relation> relations) {
        return suppress(values, relations, new boolean[values.length]);
    }

    /**
     * As {@link #suppress(long[], List)}, with cells to keep published where any other cell can protect a small
     * one instead (the totals a reader looks at first): they are hidden as complements only when no cell that
     * is not kept, reachable through the relations, is left. Never at the cost of a hidden value.
     */
    public static boolean[] suppress(long[] values, List<Relation> relations, boolean[] keep) {
        for (Relation relation : relations) {
            long sum = 0;
            for (int member : relation.members()) {
                sum += values[member];
            }
            if (sum != values[relation.total()]) {
                throw new IllegalArgumentException("relation does not hold: " + relation);
            }
        }
        boolean[] suppressed = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            suppressed[i] = primary(values[i]);
        }
        for (List<Relation> component : components(values.length, relations)) {
            // cells of one component only: renumbered, so every pass works on its own few hundred cells
            Map<Integer, Integer> local = new HashMap<>();
            List<Integer> global = new ArrayList<>();
            List<Relation> renumbered = new ArrayList<>(component.size());
            for (Relation relation : component) {
                int total = local.computeIfAbsent(relation.total(), c -> { global.add(c); return global.size() - 1; });
                int[] members = new int[relation.members().length];
                for (int i = 0; i < members.length; i++) {
                    members[i] = local.computeIfAbsent(relation.members()[i],
                            c -> { global.add(c); return global.size() - 1; });
                }
                renumbered.add(new Relation(total, members));
            }
            long[] localValues = new long[global.size()];
            boolean[] localKeep = new boolean[global.size()];
            for (int i = 0; i < localValues.length; i++) {
                localValues[i] = values[global.get(i)];
                localKeep[i] = keep[global.get(i)];
            }
            boolean[] localSuppressed = suppressLinked(localValues, renumbered, localKeep);
            for (int i = 0; i < localSuppressed.length; i++) {
                suppressed[global.get(i)] = localSuppressed[i];
            }
        }
        return suppressed;
    }

    /**
     * The relations grouped by the cells they share: no relation of one group touches a cell of another, so no
     * complement, bound or determination crosses groups and each is suppressed alone, with the same result as the
     * whole (the exact pass costs about the cube of a group's size, so a few small groups are far cheaper).
     */
    static List<List<Relation>> components(int cells, List<Relation> relations) {
        int[] parent = new int[cells];
        for (int i = 0; i < cells; i++) {
            parent[i] = i;
        }
        for (Relation relation : relations) {
            int root = find(parent, relation.total());
            for (int member : relation.members()) {
                int other = find(parent, member);
                if (other != root) {
                    parent[other] = root;
                }
            }
        }
        Map<Integer, List<Relation>> byRoot = new java.util.LinkedHashMap<>();
        for (Relation relation : relations) {
            byRoot.computeIfAbsent(find(parent, relation.total()), r -> new ArrayList<>()).add(relation);
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int cell) {
        while (parent[cell] != cell) {
            parent[cell] = parent[parent[cell]];
            cell = parent[cell];
        }
        return cell;
    }

    /** The whole procedure on one group of linked cells (every cell in some relation). */
    private static boolean[] suppressLinked(long[] values, List<Relation> relations, boolean[] keep) {
        boolean[] suppressed = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            suppressed[i] = primary(values[i]);
        }
        List<List<Relation>> relationsOf = relationsOf(values.length, relations);
        int[] rank = totalsRank(values.length, relations);
        for (int i = 0; i < rank.length; i++) {
            if (keep[i]) {
                rank[i] += KEPT;
            }
        }
        while (true) {
            singles(values, suppressed, relations, rank, relationsOf);
            Set<Integer> determined = bounded(values, suppressed, relations, relationsOf);
            // one complement widens the bounds of every hidden cell of its relations: the others wait a round
            boolean byBounds = !determined.isEmpty();
            if (!byBounds) {
                determined = determined(suppressed, relations);
            }
            if (determined.isEmpty()) {
                return suppressed;
            }
            boolean added = false;
            Set<Relation> widened = new HashSet<>();
            for (int cell : determined.stream().sorted().toList()) {
                if (byBounds && relationsOf.get(cell).stream().anyMatch(widened::contains)) {
                    continue;
                }
                int complement = complementOf(cell, values, suppressed, relationsOf, rank);
                if (byBounds && complement >= 0) {
                    widened.addAll(relationsOf.get(complement));
                    widened.addAll(relationsOf.get(cell));
                }
                if (complement >= 0 && !suppressed[complement]) {
                    suppressed[complement] = true;
                    added = true;
                }
            }
            if (!added) {
                // nothing left to hide behind: cannot happen with true totals, kept as a guard against a loop
                throw new IllegalStateException("no complementary cell left for " + determined);
            }
        }
    }

    /** Step (a) until no relation has exactly one suppressed cell. */
    private static void singles(long[] values, boolean[] suppressed, List<Relation> relations, int[] rank,
            List<List<Relation>> relationsOf) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation relation : relations) {
                int count = 0;
                for (int cell : relation.cells()) {
                    if (suppressed[cell]) {
                        count++;
                    }
                }
                if (count == 1) {
                    int best = -1;
                    for (int tier = 0; tier < TIERS && best < 0; tier++) {
                        best = best(relation, values, suppressed, tier, rank, relationsOf);
                    }
                    if (best >= 0) {
                        suppressed[best] = true;
                        changed = true;
                    }
                }
            }
        }
    }

    /** Added to the rank of a cell to keep: more than any count of relations. */
    private static final int KEPT = 1 << 16;

    private static final long INFINITE = Long.MAX_VALUE / 4;

    /**
     * Step (c): the hidden cells a reader pins down by the bounds alone. A hidden cell is at least 1 (zeros are
     * published; 0 only for a zero hidden as a last resort), with no upper bound but the published totals ("&lt;5"
     * also stands for complements, which may be larger); every relation then narrows its total to the sum of its
     * members' bounds and each member to the total's bounds less the others', until nothing narrows. A cell
     * whose bounds meet is determined.
     */
    static Set<Integer> bounded(long[] values, boolean[] suppressed, List<Relation> relations,
            List<List<Relation>> relationsOf) {
        long[] low = new long[values.length];
        long[] high = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!suppressed[i]) {
                low[i] = values[i];
                high[i] = values[i];
            } else {
                low[i] = values[i] > 0 ? 1 : 0;
                high[i] = INFINITE;
            }
        }
        Deque<Relation> queue = new ArrayDeque<>();
        Set<Relation> queued = new HashSet<>();
        for (Relation relation : relations) {
            for (int cell : relation.cells()) {
                if (suppressed[cell]) {
                    queue.add(relation);
                    queued.add(relation);
                    break;
                }
            }
        }
        while (!queue.isEmpty()) {
            Relation relation = queue.poll();
            queued.remove(relation);
            long sumLow = 0;
            long sumHigh = 0;
            for (int member : relation.members()) {
                sumLow = plus(sumLow, low[member]);
                sumHigh = plus(sumHigh, high[member]);
            }
            List<Integer> narrowed = new ArrayList<>();
            int total = relation.total();
            if (suppressed[total] && narrow(total, sumLow, sumHigh, low, high)) {
                narrowed.add(total);
            }
            for (int member : relation.members()) {
                if (!suppressed[member]) {
                    continue;
                }
                long othersLow = sumLow - low[member];
                long othersHigh = sumHigh >= INFINITE ? INFINITE : sumHigh - high[member];
                long memberLow = othersHigh >= INFINITE ? 0 : low[total] - othersHigh;
                long memberHigh = high[total] >= INFINITE ? INFINITE : high[total] - othersLow;
                if (narrow(member, memberLow, memberHigh, low, high)) {
                    narrowed.add(member);
                    // the sums of this relation changed with it
                    sumLow = 0;
                    sumHigh = 0;
                    for (int m : relation.members()) {
                        sumLow = plus(sumLow, low[m]);
                        sumHigh = plus(sumHigh, high[m]);
                    }
                }
            }
            for (int cell : narrowed) {
                for (Relation other : relationsOf.get(cell)) {
                    if (queued.add(other)) {
                        queue.add(other);
                    }
                }
            }
        }
        Set<Integer> determined = new HashSet<>();
        for (int i = 0; i < values.length; i++) {
            if (suppressed[i] && low[i] == high[i]) {
                determined.add(i);
            }
        }
        return determined;
    }

    private static long plus(long a, long b) {
        return a >= INFINITE || b >= INFINITE ? INFINITE : a + b;
    }

    /** Narrows the cell's bounds to {@code from..to}; whether they changed. */
    private static boolean narrow(int cell, long from, long to, long[] low, long[] high) {
        boolean changed = false;
        if (from > low[cell]) {
            low[cell] = from;
            changed = true;
        }
        if (to < high[cell]) {
            high[cell] = to;
            changed = true;
        }
        return changed;
    }

    /**
     * The order in which published cells are taken as complements: a non-zero cell not kept, a zero not kept, a
     * non-zero kept cell, a zero kept cell. A hidden zero is safe against the exact check and the bounds (its
     * lower bound is 0, so nothing is inferred from its "&lt;5" being at least 1), it only reads worse than a hidden
     * detail count; a kept total hidden reads worse still.
     */
    private static final int TIERS = 4;

    private static int tier(int cell, long[] values, int[] rank) {
        return (rank[cell] >= KEPT ? 2 : 0) + (values[cell] == 0 ? 1 : 0);
    }

    /**
     * Whether a zero, once hidden, would be pinned to 0 by one of its relations alone: a member of a published
     * total that its published members and the other hidden members' lower bounds already fill, or a total whose
     * members are all published. Hiding it would protect nothing and only call for more complements.
     */
    private static boolean pinned(int cell, long[] values, boolean[] suppressed, List<List<Relation>> relationsOf) {
        for (Relation relation : relationsOf.get(cell)) {
            if (relation.total() == cell) {
                boolean anyHidden = false;
                for (int member : relation.members()) {
                    anyHidden |= suppressed[member];
                }
                if (!anyHidden) {
                    return true;
                }
            } else if (!suppressed[relation.total()]) {
                long others = 0;
                for (int member : relation.members()) {
                    if (member != cell) {
                        others += suppressed[member] ? Math.min(values[member], 1) : values[member];
                    }
                }
                if (values[relation.total()] - others <= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The published cell of the relation of this tier to hide: a member before the total, the smallest. */
    private static int best(Relation relation, long[] values, boolean[] suppressed, int tier, int[] rank,
            List<List<Relation>> relationsOf) {
        int best = -1;
        long bestKey = Long.MAX_VALUE;
        for (int cell : relation.cells()) {
            if (suppressed[cell] || tier(cell, values, rank) != tier
                    || values[cell] == 0 && pinned(cell, values, suppressed, relationsOf)) {
                continue;
            }
            long key = cost(cell, relation, values, rank);
            if (key < bestKey) {
                bestKey = key;
                best = cell;
            }
        }
        return best;
    }

    /**
     * A published cell to hide so that the determined cell is not: from the relations of the cell, else from
     * those of the suppressed cells reached through them, breadth first.
     */
    private static int complementOf(int cell, long[] values, boolean[] suppressed, List<List<Relation>> relationsOf,
            int[] rank) {
        for (int tier = 0; tier < TIERS; tier++) {
            Set<Integer> seen = new HashSet<>(List.of(cell));
            Deque<Integer> queue = new ArrayDeque<>(List.of(cell));
            while (!queue.isEmpty()) {
                int next = queue.poll();
                int best = -1;
                long bestKey = Long.MAX_VALUE;
                for (Relation relation : relationsOf.get(next)) {
                    int candidate = best(relation, values, suppressed, tier, rank, relationsOf);
                    if (candidate >= 0) {
                        long key = cost(candidate, relation, values, rank);
                        if (key < bestKey) {
                            bestKey = key;
                            best = candidate;
                        }
                    }
                    for (int other : relation.cells()) {
                        if (suppressed[other] && seen.add(other)) {
                            queue.add(other);
                        }
                    }
                }
                if (best >= 0) {
                    return best;
                }
            }
        }
        return -1;
    }

    /**
     * What hiding a cell costs the reader: a total of more relations (a margin, a subregion, the region, the
     * year) costs more than any detail cell, and within a rank a larger count more. Complements are taken from
     * the details first, so the region's and the year's totals, which ROPS reads first, stay published
     * wherever the details can protect a small cell.
     */
    private static long cost(int cell, Relation relation, long[] values, int[] rank) {
        return ((long) rank[cell] << 41) + (cell == relation.total() ? 1L << 40 : 0) + values[cell];
    }

    /** How many relations each cell is the total of. */
    private static int[] totalsRank(int cells, List<Relation> relations) {
        int[] rank = new int[cells];
        for (Relation relation : relations) {
            rank[relation.total()]++;
        }
        return rank;
    }

    private static List<List<Relation>> relationsOf(int cells, List<Relation> relations) {
        List<List<Relation>> of = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            of.add(new ArrayList<>());
        }
        for (Relation relation : relations) {
            for (int cell : relation.cells()) {
                of.get(cell).add(relation);
            }
        }
        return of;
    }

    /**
     * The suppressed cells the published ones and the relations determine exactly: those whose unit vector
     * lies in the row space of the relations restricted to the suppressed cells.
     */
    public static Set<Integer> determined(boolean[] suppressed, List<Relation> relations) {
        Map<Integer, Map<Integer, BigInteger>> pivotRows = new HashMap<>();
        // cell -> the pivots whose rows hold it, so a new pivot is cleared from them without a scan
        Map<Integer, Set<Integer>> rowsHolding = new HashMap<>();
        List<Map<Integer, BigInteger>> equations = new ArrayList<>();
        for (Relation relation : relations) {
            Map<Integer, BigInteger> row = new HashMap<>();
            add(row, relation.total(), BigInteger.ONE, suppressed);
            for (int member : relation.members()) {
                add(row, member, BigInteger.ONE.negate(), suppressed);
            }
            if (!row.isEmpty()) {
                equations.add(row);
            }
        }
        // short equations first keep the fill-in small
        equations.sort(Comparator.comparingInt(Map::size));
        for (Map<Integer, BigInteger> equation : equations) {
            Map<Integer, BigInteger> row = new HashMap<>(equation);
            while (true) {
                Integer pivot = null;
                for (Integer cell : row.keySet()) {
                    if (pivotRows.containsKey(cell)) {
                        pivot = cell;
                        break;
                    }
                }
                if (pivot == null) {
                    break;
                }
                row = eliminate(row, pivotRows.get(pivot), pivot);
            }
            if (row.isEmpty()) {
                continue;
            }
            // the cell held by the fewest earlier rows: the fewest rows to clear it from, the least fill-in
            int pivot = row.keySet().stream().min(Comparator.<Integer>comparingInt(
                    cell -> rowsHolding.getOrDefault(cell, Set.of()).size()).thenComparing(Comparator.naturalOrder()))
                    .orElseThrow();
            for (Integer holder : new ArrayList<>(rowsHolding.getOrDefault(pivot, Set.of()))) {
                Map<Integer, BigInteger> old = pivotRows.get(holder);
                Map<Integer, BigInteger> reduced = eliminate(old, row, pivot);
                unindex(rowsHolding, holder, old);
                pivotRows.put(holder, reduced);
                index(rowsHolding, holder, reduced);
            }
            pivotRows.put(pivot, row);
            index(rowsHolding, pivot, row);
        }
        Set<Integer> determined = new HashSet<>();
        pivotRows.forEach((pivot, row) -> {
            if (row.size() == 1) {
                determined.add(pivot);
            }
        });
        return determined;
    }

    private static void add(Map<Integer, BigInteger> row, int cell, BigInteger coefficient, boolean[] suppressed) {
        if (suppressed[cell]) {
            BigInteger sum = row.getOrDefault(cell, BigInteger.ZERO).add(coefficient);
            if (sum.signum() == 0) {
                row.remove(cell);
            } else {
                row.put(cell, sum);
            }
        }
    }

    private static void index(Map<Integer, Set<Integer>> rowsHolding, int pivot, Map<Integer, BigInteger> row) {
        for (Integer cell : row.keySet()) {
            rowsHolding.computeIfAbsent(cell, c -> new HashSet<>()).add(pivot);
        }
    }

    private static void unindex(Map<Integer, Set<Integer>> rowsHolding, int pivot, Map<Integer, BigInteger> row) {
        for (Integer cell : row.keySet()) {
            Set<Integer> holders = rowsHolding.get(cell);
            if (holders != null) {
                holders.remove(pivot);
            }
        }
    }

    /** {@code target} without {@code cell}: target·s − source·t, divided by the gcd of its coefficients. */
    private static Map<Integer, BigInteger> eliminate(Map<Integer, BigInteger> target, Map<Integer, BigInteger> source,
            int cell) {
        BigInteger t = target.get(cell);
        BigInteger s = source.get(cell);
        if (t == null) {
            return target;
        }
        Map<Integer, BigInteger> result = new HashMap<>();
        target.forEach((c, v) -> result.put(c, v.multiply(s)));
        source.forEach((c, v) -> {
            BigInteger sum = result.getOrDefault(c, BigInteger.ZERO).subtract(v.multiply(t));
            if (sum.signum() == 0) {
                result.remove(c);
            } else {
                result.put(c, sum);
            }
        });
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger v : result.values()) {
            gcd = gcd.gcd(v);
        }
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            BigInteger divisor = gcd;
            result.replaceAll((c, v) -> v.divide(divisor));
        }
        return result;
    }
}
