package pl.koordynator.es.networks.domain;

import org.springframework.stereotype.Service;

/** The graph of ties in a year with its metrics (JGraphT), kept until a tie changes. */
@Service
public class NetworkGraphs {

    public NetworkGraph graph(GraphQuery query) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The same graph as GraphML. */
    public String graphMl(GraphQuery query) {
        throw new UnsupportedOperationException("skeleton");
    }
}
