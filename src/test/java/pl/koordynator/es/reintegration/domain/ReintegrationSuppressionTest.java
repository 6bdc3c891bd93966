package pl.koordynator.es.reintegration.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.reintegration.domain.ReintegrationSuppression.Relation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suppression of small counts: a 3 is hidden, with complements so that no hidden value follows from
 * the published ones, checked three ways on random tables: the algorithm's own exact check, an independent
 * rank test modulo a prime, and on small tables a brute-force enumeration of every non-negative integer
 * filling consistent with what is published.
 */
class ReintegrationSuppressionTest {

    /** A rows × columns table with row totals, column totals and the grand total, as {@link Relation}s. */
    record Table(long[] values, List<Relation> relations) {
    }

    /** Cells of a table of {@code rows} × {@code columns} inner cells, then row totals, column totals, grand total. */
    static Table table(long[][] inner) {
        int rows = inner.length;
        int columns = inner[0].length;
        int n = rows * columns + rows + columns + 1;
        long[] values = new long[n];
        List<Relation> relations = new ArrayList<>();
        int rowTotal = rows * columns;
        int columnTotal = rowTotal + rows;
        int grand = n - 1;
        for (int r = 0; r < rows; r++) {
            int[] members = new int[columns];
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = inner[r][c];
                values[rowTotal + r] += inner[r][c];
                values[columnTotal + c] += inner[r][c];
                values[grand] += inner[r][c];
                members[c] = r * columns + c;
            }
            relations.add(new Relation(rowTotal + r, members));
        }
        for (int c = 0; c < columns; c++) {
            int[] members = new int[rows];
            for (int r = 0; r < rows; r++) {
                members[r] = r * columns + c;
            }
            relations.add(new Relation(columnTotal + c, members));
        }
        int[] rowTotals = new int[rows];
        for (int r = 0; r < rows; r++) {
            rowTotals[r] = rowTotal + r;
        }
        int[] columnTotals = new int[columns];
        for (int c = 0; c < columns; c++) {
            columnTotals[c] = columnTotal + c;
        }
        relations.add(new Relation(grand, rowTotals));
        relations.add(new Relation(grand, columnTotals));
        return new Table(values, relations);
    }

    /**
     * A three-way cube: {@code periods} tables and their sum (the "year"), each table with its margins; every
     * cell of the year is the sum of the same cell in the periods.
     */
    static Table cube(long[][][] periods) {
        int k = periods.length;
        int rows = periods[0].length;
        int columns = periods[0][0].length;
        long[][] year = new long[rows][columns];
        for (long[][] period : periods) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    year[r][c] += period[r][c];
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        for (long[][] period : periods) {
            tables.add(table(period));
        }
        tables.add(table(year));
        int size = tables.get(0).values().length;
        long[] values = new long[size * (k + 1)];
        List<Relation> relations = new ArrayList<>();
        for (int t = 0; t <= k; t++) {
            System.arraycopy(tables.get(t).values(), 0, values, t * size, size);
            for (Relation relation : tables.get(t).relations()) {
                int[] members = relation.members().clone();
                for (int i = 0; i < members.length; i++) {
                    members[i] += t * size;
                }
                relations.add(new Relation(relation.total() + t * size, members));
            }
        }
        for (int cell = 0; cell < size; cell++) {
            int[] members = new int[k];
            for (int t = 0; t < k; t++) {
                members[t] = t * size + cell;
            }
            relations.add(new Relation(k * size + cell, members));
        }
        return new Table(values, relations);
    }

    @Test
    void aCellOfThreeIsHiddenAndCannotBeRecoveredFromTheTotals() {
        Table table = table(new long[][] {{3, 20}, {12, 9}});
        boolean[] suppressed = ReintegrationSuppression.suppress(table.values(), table.relations());
        assertThat(suppressed[0]).isTrue();
        // its row and its column each hide another cell, and so does the fourth corner
        assertThat(count(suppressed)).isGreaterThanOrEqualTo(4);
        assertThat(ReintegrationSuppression.determined(suppressed, table.relations())).isEmpty();
        assertThat(otherFillings(table, suppressed, 0, false)).isTrue();
        assertThat(otherFillings(table, suppressed, 0, true)).isTrue();
    }

    @Test
    void zerosAndLargeCountsArePublishedWhenNothingIsSmall() {
        Table table = table(new long[][] {{0, 20}, {12, 9}});
        boolean[] suppressed = ReintegrationSuppression.suppress(table.values(), table.relations());
        assertThat(count(suppressed)).isZero();
    }

    @Test
    void aCellOfFiveIsPublishedAndOneToFourIsNot() {
        assertThat(ReintegrationSuppression.primary(0)).isFalse();
        assertThat(ReintegrationSuppression.primary(1)).isTrue();
        assertThat(ReintegrationSuppression.primary(4)).isTrue();
        assertThat(ReintegrationSuppression.primary(5)).isFalse();
    }

    @Test
    void aLoneSmallTotalHidesItsOnlyNonZeroMemberToo() {
        // 3 = 3 + 0 + 0: the member is as small as the total, and both must go
        long[] values = {3, 3, 0, 0};
        List<Relation> relations = List.of(new Relation(0, new int[] {1, 2, 3}));
        boolean[] suppressed = ReintegrationSuppression.suppress(values, relations);
        assertThat(suppressed).containsExactly(true, true, false, false);
    }

    @Test
    void aPublishedTotalAndAllButOneHiddenMemberAreNeverLeftTogether() {
        // powiats 30, 3, 40 of a region: the 3 hides, and the smallest other powiat with it
        long[] values = {73, 30, 3, 40};
        boolean[] suppressed = ReintegrationSuppression.suppress(values, List.of(new Relation(0, new int[] {1, 2, 3})));
        assertThat(suppressed).containsExactly(false, true, true, false);
    }

    @Test
    void hiddenCellsWhoseSumIsTheirNumberAreNotLeftAllOnes() {
        // the reviewer's example: bySender 12 = 10 published + two "<5"; zeros are published, so both would be 1
        long[] values = {12, 10, 1, 1};
        List<Relation> relations = List.of(new Relation(0, new int[] {1, 2, 3}));
        boolean[] suppressed = ReintegrationSuppression.suppress(values, relations);
        assertThat(suppressed).containsExactly(false, true, true, true);
        Table table = new Table(values, relations);
        for (int cell = 1; cell < values.length; cell++) {
            assertThat(otherFillings(table, suppressed, cell, true)).as("cell " + cell).isTrue();
        }
    }

    @Test
    void aChainOfLowerBoundsAcrossRelationsIsBrokenToo() {
        // rows 0 0 | 0 ; 1 3 | 4 ; 5 4 | 9 ; columns 6 7 | 13: found by the random search below
        Table table = table(new long[][] {{0, 0}, {1, 3}, {5, 4}});
        boolean[] suppressed = ReintegrationSuppression.suppress(table.values(), table.relations());
        for (int cell = 0; cell < suppressed.length; cell++) {
            if (suppressed[cell]) {
                assertThat(otherFillings(table, suppressed, cell, true)).as("cell " + cell).isTrue();
            }
        }
    }

    @Test
    void aDeterminationThroughSeveralRelationsIsFoundAndUndone() {
        // a 2×2 table with margins where each line holds two hidden cells, yet a chain across the table
        // determines one unless a further cell goes: checked by the exact test itself
        Table table = cube(new long[][][] {{{1, 6}, {7, 2}}, {{2, 8}, {5, 1}}});
        boolean[] suppressed = ReintegrationSuppression.suppress(table.values(), table.relations());
        assertThat(ReintegrationSuppression.determined(suppressed, table.relations())).isEmpty();
        assertThat(independentlyDetermined(table, suppressed)).isEmpty();
    }

    @Test
    void randomCubesLeaveNoHiddenCellDeterminedByExactRankChecks() {
        for (int seed = 0; seed < 400; seed++) {
            Random random = new Random(seed);
            int periods = 1 + random.nextInt(4);
            int rows = 2 + random.nextInt(3);
            int columns = 2 + random.nextInt(3);
            Table table = cube(random(random, periods, rows, columns, 12));
            boolean[] suppressed = ReintegrationSuppression.suppress(table.values(), table.relations());
            assertPrimariesHidden(table, suppressed, seed);
            assertThat(ReintegrationSuppression.determined(suppressed, table.relations())).as("seed " + seed).isEmpty();
            assertThat(independentlyDetermined(table, suppressed)).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void randomSmallTablesLeaveEveryHiddenCellWithAtLeastTwoPossibleValues() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(1000 + seed);
            int rows = 2 + random.nextInt(2);
            int columns = 2 + random.nextInt(2);
            Table table = seed % 3 == 0 ? cube(random(random, 2, 2, 2, 4)) : table(random(random, 1, rows, columns, 7)[0]);
            boolean[] suppressed = ReintegrationSuppression.suppress(table.values(), table.relations());
            assertPrimariesHidden(table, suppressed, seed);
            for (int cell = 0; cell < suppressed.length; cell++) {
                if (suppressed[cell]) {
                    assertThat(otherFillings(table, suppressed, cell, false)).as("seed " + seed + " cell " + cell).isTrue();
                    // also for a reader who knows a hidden primary cell is at least 1 (zeros are published)
                    assertThat(otherFillings(table, suppressed, cell, true)).as("bounded, seed " + seed + " cell " + cell)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aKeptGrandTotalIsHiddenOnlyWhenNothingElseCanProtectAndEveryHiddenCellStillHasTwoValues() {
        int hiddenWithout = 0;
        int hiddenKept = 0;
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(7000 + seed);
            Table table = seed % 3 == 0 ? cube(random(random, 2, 2, 2, 4)) : table(random(random, 1, 3, 3, 7)[0]);
            int grand = table.values().length - 1;
            boolean[] keep = new boolean[table.values().length];
            keep[grand] = true;
            boolean[] suppressed = ReintegrationSuppression.suppress(table.values(), table.relations(), keep);
            assertPrimariesHidden(table, suppressed, seed);
            assertThat(ReintegrationSuppression.determined(suppressed, table.relations())).as("seed " + seed).isEmpty();
            for (int cell = 0; cell < suppressed.length; cell++) {
                if (suppressed[cell]) {
                    assertThat(otherFillings(table, suppressed, cell, false)).as("seed " + seed + " cell " + cell).isTrue();
                    assertThat(otherFillings(table, suppressed, cell, true)).as("bounded, seed " + seed + " cell " + cell)
                            .isTrue();
                }
            }
            hiddenKept += suppressed[grand] && !ReintegrationSuppression.primary(table.values()[grand]) ? 1 : 0;
            boolean[] plain = ReintegrationSuppression.suppress(table.values(), table.relations());
            hiddenWithout += plain[grand] && !ReintegrationSuppression.primary(table.values()[grand]) ? 1 : 0;
        }
        assertThat(hiddenKept).isLessThanOrEqualTo(hiddenWithout);
    }

    @Test
    void independentTablesSuppressedTogetherGetTheirOwnPatterns() {
        Random random = new Random(42);
        Table first = cube(random(random, 3, 3, 3, 8));
        Table second = table(random(random, 1, 4, 3, 6)[0]);
        int offset = first.values().length;
        long[] values = new long[offset + second.values().length];
        System.arraycopy(first.values(), 0, values, 0, offset);
        System.arraycopy(second.values(), 0, values, offset, second.values().length);
        List<Relation> relations = new ArrayList<>(first.relations());
        for (Relation relation : second.relations()) {
            int[] members = relation.members().clone();
            for (int i = 0; i < members.length; i++) {
                members[i] += offset;
            }
            relations.add(new Relation(relation.total() + offset, members));
        }
        boolean[] together = ReintegrationSuppression.suppress(values, relations);
        boolean[] alone = ReintegrationSuppression.suppress(first.values(), first.relations());
        boolean[] alsoAlone = ReintegrationSuppression.suppress(second.values(), second.relations());
        for (int i = 0; i < values.length; i++) {
            assertThat(together[i]).as("cell " + i).isEqualTo(i < offset ? alone[i] : alsoAlone[i - offset]);
        }
        assertThat(ReintegrationSuppression.components(values.length, relations)).hasSize(2);
    }

    @Test
    void largeCountsAreHiddenOnlyAsComplements() {
        for (int seed = 0; seed < 100; seed++) {
            Random random = new Random(5000 + seed);
            Table table = cube(random(random, 4, 3, 3, 30));
            boolean[] suppressed = ReintegrationSuppression.suppress(table.values(), table.relations());
            boolean[] primaries = new boolean[suppressed.length];
            for (int i = 0; i < primaries.length; i++) {
                primaries[i] = ReintegrationSuppression.primary(table.values()[i]);
            }
            // without primaries nothing is hidden; with them, every large hidden cell is needed (removing it breaks the check)
            if (count(primaries) == 0) {
                assertThat(count(suppressed)).isZero();
            }
            for (int i = 0; i < suppressed.length; i++) {
                if (suppressed[i] && table.values()[i] == 0) {
                    throw new AssertionError("a zero was hidden, seed " + seed);
                }
            }
        }
    }

    private static long[][][] random(Random random, int periods, int rows, int columns, int max) {
        long[][][] cube = new long[periods][rows][columns];
        for (long[][] period : cube) {
            for (long[] row : period) {
                for (int c = 0; c < columns; c++) {
                    // many small counts and zeros, as in a sparse region
                    row[c] = random.nextInt(3) == 0 ? 0 : random.nextInt(max + 1);
                }
            }
        }
        return cube;
    }

    private static void assertPrimariesHidden(Table table, boolean[] suppressed, int seed) {
        for (int i = 0; i < suppressed.length; i++) {
            if (ReintegrationSuppression.primary(table.values()[i])) {
                assertThat(suppressed[i]).as("seed " + seed + " primary " + i).isTrue();
            }
        }
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    // ---------------------------------------------------------------- independent checks

    private static final long PRIME = 2_147_483_629L;

    /**
     * The hidden cells whose unit vector adds nothing to the rank of the relations over the hidden cells,
     * by a dense elimination modulo a large prime (a different method from the one under test).
     */
    static Set<Integer> independentlyDetermined(Table table, boolean[] suppressed) {
        List<Integer> unknowns = new ArrayList<>();
        for (int i = 0; i < suppressed.length; i++) {
            if (suppressed[i]) {
                unknowns.add(i);
            }
        }
        List<long[]> rows = new ArrayList<>();
        for (Relation relation : table.relations()) {
            long[] row = new long[unknowns.size()];
            boolean any = false;
            for (int cell : relation.cells()) {
                int index = unknowns.indexOf(cell);
                if (index >= 0) {
                    row[index] = Math.floorMod(row[index] + (cell == relation.total() ? 1 : -1), PRIME);
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        List<long[]> reduced = reduced(rows, unknowns.size());
        Set<Integer> determined = new HashSet<>();
        // a unit vector lies in the row space exactly when a row of the reduced echelon form is that vector
        for (long[] row : reduced) {
            int nonZero = -1;
            int count = 0;
            for (int j = 0; j < row.length; j++) {
                if (row[j] != 0) {
                    nonZero = j;
                    count++;
                }
            }
            if (count == 1) {
                determined.add(unknowns.get(nonZero));
            }
        }
        return determined;
    }

    /** The non-zero rows of the reduced row echelon form modulo {@link #PRIME}, dense. */
    private static List<long[]> reduced(List<long[]> original, int columns) {
        List<long[]> rows = new ArrayList<>();
        for (long[] row : original) {
            rows.add(row.clone());
        }
        int rank = 0;
        for (int c = 0; c < columns && rank < rows.size(); c++) {
            int pivot = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (rows.get(r)[c] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] p = rows.get(pivot);
            rows.set(pivot, rows.get(rank));
            rows.set(rank, p);
            long inverse = java.math.BigInteger.valueOf(p[c]).modInverse(java.math.BigInteger.valueOf(PRIME)).longValue();
            for (int j = 0; j < columns; j++) {
                p[j] = p[j] * inverse % PRIME;
            }
            for (int r = 0; r < rows.size(); r++) {
                long[] row = rows.get(r);
                if (r != rank && row[c] != 0) {
                    long factor = row[c];
                    for (int j = 0; j < columns; j++) {
                        if (p[j] != 0) {
                            row[j] = Math.floorMod(row[j] - factor * p[j] % PRIME, PRIME);
                        }
                    }
                }
            }
            rank++;
        }
        return rows.subList(0, rank);
    }

    /**
     * Whether some non-negative integer filling of the hidden cells, consistent with every relation and the
     * published values, gives {@code cell} a value other than its true one: enumerates them depth first. With
     * {@code primaryBounds} every hidden primary cell (1..4) is taken to be at least 1, as a reader who knows
     * that zeros are published could assume.
     */
    static boolean otherFillings(Table table, boolean[] suppressed, int cell, boolean primaryBounds) {
        List<Integer> unknowns = new ArrayList<>();
        for (int i = 0; i < suppressed.length; i++) {
            if (suppressed[i]) {
                unknowns.add(i);
            }
        }
        long bound = 0;
        for (long value : table.values()) {
            bound = Math.max(bound, value);
        }
        long[] filling = table.values().clone();
        boolean[] known = new boolean[suppressed.length];
        long[] low = new long[suppressed.length];
        long[] high = new long[suppressed.length];
        for (int i = 0; i < known.length; i++) {
            known[i] = !suppressed[i];
            boolean bounded = primaryBounds && suppressed[i] && ReintegrationSuppression.primary(table.values()[i]);
            low[i] = bounded ? 1 : 0;
            // the search's bound is only for finiteness: a reader knows no upper bound, so leave room above the truth
            high[i] = primaryBounds ? bound + ReintegrationSuppression.THRESHOLD : bound;
        }
        return search(table, unknowns, 0, filling, known, low, high, cell, table.values()[cell]);
    }

    private static boolean search(Table table, List<Integer> unknowns, int next, long[] filling, boolean[] known,
            long[] low, long[] high, int cell, long trueValue) {
        long[] values = filling.clone();
        boolean[] set = known.clone();
        if (!propagate(table, values, set, low, high)) {
            return false;
        }
        Integer open = null;
        for (int u : unknowns) {
            if (!set[u]) {
                open = u;
                break;
            }
        }
        if (open == null) {
            return values[cell] != trueValue;
        }
        for (long v = low[open]; v <= high[open]; v++) {
            values[open] = v;
            set[open] = true;
            if (consistent(table, values, set) && search(table, unknowns, next, values, set, low, high, cell, trueValue)) {
                return true;
            }
            set[open] = false;
        }
        return false;
    }

    /** Fills every cell a relation leaves one way only (its last unknown); false when that breaks a bound. */
    private static boolean propagate(Table table, long[] values, boolean[] set, long[] low, long[] high) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation relation : table.relations()) {
                int open = -1;
                int opens = 0;
                long sum = 0;
                for (int member : relation.members()) {
                    if (set[member]) {
                        sum += values[member];
                    } else {
                        open = member;
                        opens++;
                    }
                }
                if (!set[relation.total()]) {
                    if (opens == 0) {
                        if (sum < low[relation.total()] || sum > high[relation.total()]) {
                            return false;
                        }
                        values[relation.total()] = sum;
                        set[relation.total()] = true;
                        changed = true;
                    }
                } else if (opens == 1) {
                    long value = values[relation.total()] - sum;
                    if (value < low[open] || value > high[open]) {
                        return false;
                    }
                    values[open] = value;
                    set[open] = true;
                    changed = true;
                }
            }
            if (changed && !consistent(table, values, set)) {
                return false;
            }
        }
        return consistent(table, values, set);
    }

    private static boolean consistent(Table table, long[] filling, boolean[] known) {
        for (Relation relation : table.relations()) {
            long sum = 0;
            boolean all = true;
            for (int member : relation.members()) {
                if (known[member]) {
                    sum += filling[member];
                } else {
                    all = false;
                }
            }
            if (known[relation.total()] && (all ? sum != filling[relation.total()] : sum > filling[relation.total()])) {
                return false;
            }
        }
        return true;
    }
}
