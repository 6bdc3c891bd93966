package pl.koordynator.es.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list; pages are numbered from 0. A list that stops counting its matches at
 * a cap has a total that is not exact: then there are more than {@code total} items, and at least
 * the pages the total covers plus one.
 */
public record PageOf<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    /** A page of a list whose total is counted in full. */
    public PageOf(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    /**
     * A page of a list counted up to {@link Paging#countCap()} and one more ({@code counted}): the
     * total is exact when the count stopped short of that, else it is the cap and "more than".
     */
    public static <T> PageOf<T> counted(List<T> items, Paging paging, long counted) {
        long cap = paging.countCap();
        return counted > cap ? new PageOf<>(items, paging.page(), paging.size(), cap, false)
                : new PageOf<>(items, paging.page(), paging.size(), counted);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    /** The pages known to be full when the total is a lower bound: there are more pages than this. */
    public int fullPages() {
        return size == 0 ? 0 : (int) (total / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        // beyond a capped total there is always at least one more item, so one more page
        return page + 1 < totalPages() || !totalExact && (long) (page + 1) * size <= total;
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }
}
