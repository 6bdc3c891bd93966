package pl.koordynator.es.networks.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The graph of confirmed ties active in a year: organisations as nodes (every PES of the
 * register, tied or not, and any other organisation with a tie), one edge per pair however many
 * ties join it. Metrics: per node its degree and betweenness (normalised to 0..1), for the graph
 * its density, number of connected components, bridges (edges whose loss splits a component) and
 * the share of PES without any tie.
 */
public record NetworkGraph(int year, List<Node> nodes, List<Edge> edges, Metrics metrics) {

    public record Node(long id, String name, String kind, String sector, String powiatTeryt, int degree,
            BigDecimal betweenness) {
    }

    /** {@code sources} and {@code kinds} of the ties behind the edge; {@code ties} how many. */
    public record Edge(long source, long target, String sectors, List<String> sources, List<String> kinds, int ties,
            boolean bridge) {
    }

    public record Metrics(int nodes, int edges, BigDecimal density, int components, int bridges, long pes,
            long pesWithoutTie, BigDecimal shareOfPesWithoutTie) {
    }
}
