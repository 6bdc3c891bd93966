package pl.koordynator.es.events.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The evaluations of one event summed up: how many attendees answered, the mean and the
 * distribution (counts of 1 to 5) of each rating, and the comments, newest first.
 */
public record EvaluationSummary(EventView event, int answers, int attendees, List<Rating> ratings,
        List<Comment> comments) {

    /** One rating; {@code mean} null when nobody answered, {@code counts[0]} is the number of ones. */
    public record Rating(String code, Double mean, List<Integer> counts) {

        /** The share of answers with the grade, in per cent, for the bars of the distribution. */
        public int percent(int grade) {
            int total = counts.stream().mapToInt(Integer::intValue).sum();
            return total == 0 ? 0 : Math.round(100f * counts.get(grade - 1) / total);
        }
    }

    public record Comment(String text, OffsetDateTime submittedAt) {
    }
}
