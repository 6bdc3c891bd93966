package pl.koordynator.es.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A requested page, clamped to sane bounds so that no request can ask for a million rows. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public Paging {
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static final int MAX_PAGE = 10_000;

    /**
     * A page as a visitor asked for it ({@code page} and {@code size} parameters, either absent);
     * a page beyond {@link #MAX_PAGE} or a size outside 1–{@link #MAX_SIZE} is a problem naming it,
     * rather than a silently different page.
     */
    public static Paging of(Integer page, Integer size) {
        if (page != null && (page < 0 || page > MAX_PAGE)) {
            throw InvalidInputException.of("page", "paging.page.invalid");
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw InvalidInputException.of("size", "paging.size.invalid");
        }
        return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /**
     * Every item of a list read page by page at the largest size, e.g. for a download of what a
     * list's filters let through; stops at the first short page.
     */
    public static <T> List<T> everyPage(Function<Paging, PageOf<T>> list) {
        List<T> items = new ArrayList<>();
        for (int page = 0; page <= MAX_PAGE; page++) {
            PageOf<T> found = list.apply(new Paging(page, MAX_SIZE));
            items.addAll(found.items());
            if (found.items().size() < MAX_SIZE) {
                break;
            }
        }
        return items;
    }

    public long offset() {
        return (long) page * size;
    }

    /** A long list counts its matches up to this many, at least; beyond it its total says "more than". */
    public static final long COUNT_CAP = 1000;

    /**
     * How many matches a list whose full count costs more than its page counts: the cap, or two
     * pages past this one, so that a "next" link is never wrong however deep a user pages.
     */
    public long countCap() {
        return Math.max(COUNT_CAP, offset() + 2L * size);
    }
}
