package pl.koordynator.es.shared;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a list as every API answers it: the items, the totals and where the page stands. */
public record ApiPage<T>(List<T> content,
        @Schema(description = "How many items match; when totalExact is false, a lower bound: more than this match")
        long totalElements,
        @Schema(description = "Pages of totalElements items; when totalExact is false there are more")
        int totalPages,
        int page, int size,
        @Schema(description = "false when the list stopped counting at a cap (the register's search counts up to "
                + "max(1000, (page + 2) × size) matches): then more than totalElements items match and the next "
                + "page always exists")
        boolean totalExact) {

    public static <T> ApiPage<T> of(PageOf<T> page) {
        return new ApiPage<>(page.items(), page.total(), page.totalPages(), page.page(), page.size(),
                page.totalExact());
    }
}
