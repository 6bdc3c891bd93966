package pl.koordynator.es.map.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.koordynator.es.map.UnitValue;

/**
 * Quantile classes for the choropleth: up to five classes holding about equally many units. A
 * threshold is the value at each fifth of the sorted values; equal values never straddle two
 * classes. The same thresholds colour the map (script) and the table (CSS classes).
 */
public record ClassBreaks(List<BigDecimal> thresholds, List<Range> ranges) {

    static final int CLASSES = 5;

    /** A class: its index (colour), the lowest and highest value in it and how many units. */
    public record Range(int index, BigDecimal lowest, BigDecimal highest, int units) {
    }

    static ClassBreaks of(List<UnitValue> units) {
        List<BigDecimal> sorted = units.stream().map(UnitValue::value).filter(Objects::nonNull).sorted().toList();
        List<BigDecimal> thresholds = new ArrayList<>();
        long distinct = sorted.stream().map(BigDecimal::stripTrailingZeros).distinct().count();
        int classes = (int) Math.min(CLASSES, distinct);
        for (int i = 1; i < classes; i++) {
            BigDecimal previous = thresholds.isEmpty() ? sorted.get(0) : thresholds.get(thresholds.size() - 1);
            int position = i * sorted.size() / classes;
            // a run of equal values at the quantile moves the threshold to the next higher value
            while (position < sorted.size() && sorted.get(position).compareTo(previous) <= 0) {
                position++;
            }
            if (position == sorted.size()) {
                break;
            }
            thresholds.add(sorted.get(position));
        }
        List<Range> ranges = new ArrayList<>();
        for (int index = 0; index <= thresholds.size() && !sorted.isEmpty(); index++) {
            BigDecimal lowest = null;
            BigDecimal highest = null;
            int count = 0;
            for (BigDecimal value : sorted) {
                if (classOf(thresholds, value) == index) {
                    lowest = lowest == null ? value : lowest;
                    highest = value;
                    count++;
                }
            }
            ranges.add(new Range(index, lowest, highest, count));
        }
        return new ClassBreaks(List.copyOf(thresholds), List.copyOf(ranges));
    }

    /**
     * The colour (0 lightest … 4 darkest) of a class, spread over the whole scale when there are
     * fewer than five classes so that neighbours stay distinguishable.
     */
    public int shade(int index) {
        int classes = ranges.size();
        return classes <= 1 ? 2 : Math.round(index * (CLASSES - 1f) / (classes - 1));
    }

    /** The CSS class colouring a value: {@code shade-0} … {@code shade-4}, {@code shade-none}. */
    public String cssClass(BigDecimal value) {
        return value == null ? "shade-none" : "shade-" + shade(classOf(value));
    }

    public List<Integer> shades() {
        return ranges.stream().map(range -> shade(range.index())).toList();
    }

    /** The class of a value (number of thresholds at or below it), or -1 without a value. */
    public int classOf(BigDecimal value) {
        return value == null ? -1 : classOf(thresholds, value);
    }

    private static int classOf(List<BigDecimal> thresholds, BigDecimal value) {
        int index = 0;
        while (index < thresholds.size() && value.compareTo(thresholds.get(index)) >= 0) {
            index++;
        }
        return index;
    }
}
