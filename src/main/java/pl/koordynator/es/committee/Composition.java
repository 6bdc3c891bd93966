package pl.koordynator.es.committee;

import java.util.List;

/** The seats of a term per category, in the order of art. 57(1); a category without a current member is empty. */
public record Composition(TermView term, List<CategorySeats> categories) {

    public record CategorySeats(SeatCategory category, List<MemberView> members) {

        /** No current member holds a seat of this category: the composition page warns about it. */
        public boolean empty() {
            return members.stream().noneMatch(MemberView::current);
        }
    }

    public List<SeatCategory> emptyCategories() {
        return categories.stream().filter(CategorySeats::empty).map(CategorySeats::category).toList();
    }
}
