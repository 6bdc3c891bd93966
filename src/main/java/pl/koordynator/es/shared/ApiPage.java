package pl.koordynator.es.shared;

import java.util.List;

/** One page of a list as every API answers it: the items, the totals and where the page stands. */
public record ApiPage<T>(List<T> content, long totalElements, int totalPages, int page, int size) {

    public static <T> ApiPage<T> of(PageOf<T> page) {
        return new ApiPage<>(page.items(), page.total(), page.totalPages(), page.page(), page.size());
    }
}
