package pl.koordynator.es.catalogue;

/** The board's votes on an application; {@code grantable} when more voted for than against. */
public record MarkTally(int forVotes, int against, int abstain, boolean grantable) {
}
