package pl.koordynator.es.committee;

/** Filters of the positions list, each optional: words of the topic, addressee or act; outcome; year submitted; submitted or not. */
public record PositionQuery(String text, TakenIntoAccount takenIntoAccount, Integer year, Boolean submitted) {

    public static PositionQuery everything() {
        return new PositionQuery(null, null, null, null);
    }
}
