package pl.koordynator.es.networks.domain;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.networks.Sector;
import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.networks.TieSource;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The graph of ties in a year with its metrics, computed with JGraphT from the dated ties (and,
 * when asked, the derived ones) and kept until a tie, a membership, an attendance, a support record
 * or the register changes (the change counters of {@link DataChanges}, shared by every instance).
 * The nodes are every PES of the register, tied or not (the share of PES without any tie is the
 * point), and every other organisation at an end of a tie; several ties of one pair make one edge.
 * Public: who cooperates with whom, without values or descriptions.
 */
@Service
public class NetworkGraphs {

    private static final int SCALE = 4;

    private final NetworkMeasures measures;
    private final DerivedTies derived;
    private final Organisations organisations;
    private final Clock clock;
    private final CachedAnswers<String, NetworkGraph> answers;

    NetworkGraphs(NetworkMeasures measures, DerivedTies derived, Organisations organisations, Clock clock,
            DataChanges changes) {
        this.measures = measures;
        this.derived = derived;
        this.organisations = organisations;
        this.clock = clock;
        this.answers = changes.cache(50, "networks", "registry", "events", "support");
    }

    /** The year asked for, or this year; a problem naming {@code year} outside 1990..next year. */
    public int year(Integer year) {
        int current = LocalDate.now(clock).getYear();
        if (year == null) {
            return current;
        }
        if (year < TieRules.EARLIEST.getYear() || year > current + 1) {
            throw InvalidInputException.of("year", "networks.measures.year.range");
        }
        return year;
    }

    @Transactional(readOnly = true)
    public NetworkGraph graph(GraphQuery query) {
        year(query.year());
        String key = query.year() + "/" + query.sectors() + "/" + query.powiatTeryt() + "/" + query.derived() + "/"
                + LocalDate.now(clock);
        return answers.get(key, () -> compute(query));
    }

    private record Pair(long first, long second) {
        static Pair of(long a, long b) {
            return a < b ? new Pair(a, b) : new Pair(b, a);
        }
    }

    private static final class EdgeFacts {
        final Set<String> sources = new TreeSet<>();
        final Set<String> kinds = new TreeSet<>();
        int ties;
    }

    private NetworkGraph compute(GraphQuery query) {
        LocalDate from = LocalDate.of(query.year(), 1, 1);
        LocalDate to = LocalDate.of(query.year(), 12, 31);
        Map<Pair, EdgeFacts> edges = new LinkedHashMap<>();
        if (!Boolean.TRUE.equals(query.derived())) {
            for (NetworkMeasures.Counted tie : measures.counted(from, to)) {
                EdgeFacts facts = edges.computeIfAbsent(Pair.of(tie.tie().fromOrganisationId(),
                        tie.tie().toOrganisationId()), p -> new EdgeFacts());
                facts.sources.add(TieSource.DECLARED.name());
                facts.kinds.add(tie.tie().kind().name());
                facts.ties++;
            }
        }
        if (!Boolean.FALSE.equals(query.derived())) {
            for (DerivedTies.Derived tie : derived.all(query.year())) {
                EdgeFacts facts = edges.computeIfAbsent(Pair.of(tie.first(), tie.second()), p -> new EdgeFacts());
                facts.sources.add(tie.source().name());
                facts.kinds.add(tie.source() == TieSource.EVENT ? "JOINT_EVENT" : "OTHER");
                facts.ties++;
            }
        }
        Set<Long> ends = new LinkedHashSet<>();
        edges.keySet().forEach(p -> {
            ends.add(p.first());
            ends.add(p.second());
        });
        Map<Long, OrganisationView> named = new LinkedHashMap<>(organisations.findAll(ends));
        Map<Long, OrganisationView> pes = new LinkedHashMap<>();
        for (Kind kind : Kind.pesKinds()) {
            organisations.ofKind(kind).forEach(o -> pes.put(o.id(), o));
        }
        String powiat = query.powiatTeryt() == null || query.powiatTeryt().isBlank() ? null
                : query.powiatTeryt().strip();
        Graph<Long, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        pes.values().stream().filter(o -> powiat == null || powiat.equals(o.powiatTeryt()))
                .forEach(o -> {
                    named.putIfAbsent(o.id(), o);
                    graph.addVertex(o.id());
                });
        Map<DefaultEdge, Pair> pairOf = new LinkedHashMap<>();
        for (Map.Entry<Pair, EdgeFacts> edge : edges.entrySet()) {
            OrganisationView a = named.get(edge.getKey().first());
            OrganisationView b = named.get(edge.getKey().second());
            if (a == null || b == null) {
                continue;
            }
            if (query.sectors() != null && !query.sectors().equals(TieService.sectors(a, b))) {
                continue;
            }
            if (powiat != null && !powiat.equals(a.powiatTeryt()) && !powiat.equals(b.powiatTeryt())) {
                continue;
            }
            graph.addVertex(a.id());
            graph.addVertex(b.id());
            pairOf.put(graph.addEdge(a.id(), b.id()), edge.getKey());
        }
        // normalised as usual for an undirected graph (NetworkX, Freeman): the share of the pairs of other
        // nodes whose shortest paths pass through the node; JGraphT's own normalisation divides by twice that
        Map<Long, Double> betweenness = new BetweennessCentrality<>(graph, false).getScores();
        int others = graph.vertexSet().size();
        double pairs = others < 3 ? 0 : (others - 1) * (others - 2) / 2.0;
        Set<DefaultEdge> bridges = new HashSet<>(new BiconnectivityInspector<>(graph).getBridges());
        int components = new ConnectivityInspector<>(graph).connectedSets().size();
        List<NetworkGraph.Node> nodes = new ArrayList<>();
        long pesCount = 0;
        long pesAlone = 0;
        for (Long id : graph.vertexSet()) {
            OrganisationView organisation = named.get(id);
            int degree = graph.degreeOf(id);
            if (organisation.kind().isPes()) {
                pesCount++;
                if (degree == 0) {
                    pesAlone++;
                }
            }
            nodes.add(new NetworkGraph.Node(id, organisation.name(), organisation.kind().name(),
                    Sector.of(organisation.kind()).name(), organisation.powiatTeryt(), degree,
                    BigDecimal.valueOf(pairs == 0 ? 0 : betweenness.getOrDefault(id, 0.0) / pairs)
                            .setScale(SCALE, RoundingMode.HALF_UP)));
        }
        nodes.sort(Comparator.comparing(NetworkGraph.Node::degree).reversed()
                .thenComparing(NetworkGraph.Node::name, String.CASE_INSENSITIVE_ORDER));
        List<NetworkGraph.Edge> edgeList = new ArrayList<>();
        for (Map.Entry<DefaultEdge, Pair> edge : pairOf.entrySet()) {
            Pair pair = edge.getValue();
            EdgeFacts facts = edges.get(pair);
            SectorPair sectors = TieService.sectors(named.get(pair.first()), named.get(pair.second()));
            edgeList.add(new NetworkGraph.Edge(pair.first(), pair.second(), sectors.code(),
                    List.copyOf(facts.sources), List.copyOf(facts.kinds), facts.ties, bridges.contains(edge.getKey())));
        }
        int n = graph.vertexSet().size();
        int e = graph.edgeSet().size();
        BigDecimal density = n < 2 ? BigDecimal.ZERO.setScale(SCALE)
                : BigDecimal.valueOf(2L * e).divide(BigDecimal.valueOf((long) n * (n - 1)), SCALE,
                        RoundingMode.HALF_UP);
        BigDecimal share = pesCount == 0 ? null
                : BigDecimal.valueOf(pesAlone).divide(BigDecimal.valueOf(pesCount), SCALE, RoundingMode.HALF_UP);
        return new NetworkGraph(query.year(), List.copyOf(nodes), List.copyOf(edgeList),
                new NetworkGraph.Metrics(n, e, density, components, bridges.size(), pesCount, pesAlone, share));
    }

    /**
     * The same graph as GraphML, nodes and edges with their metrics as attributes. Written with the
     * JDK's own StAX writer: jgrapht-io's exporter goes through whichever XSLT transformer is on the
     * class path, and Saxon (brought by the HTML checker of the tests) refuses its SAX events.
     */
    @Transactional(readOnly = true)
    public String graphMl(GraphQuery query) {
        NetworkGraph computed = graph(query);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            String[][] keys = {{"name", "node", "string"}, {"kind", "node", "string"}, {"sector", "node", "string"},
                    {"powiat", "node", "string"}, {"degree", "node", "int"}, {"betweenness", "node", "double"},
                    {"sectors", "edge", "string"}, {"sources", "edge", "string"}, {"ties", "edge", "int"},
                    {"bridge", "edge", "boolean"}};
            for (String[] key : keys) {
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", key[0]);
                xml.writeAttribute("for", key[1]);
                xml.writeAttribute("attr.name", key[0]);
                xml.writeAttribute("attr.type", key[2]);
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "ties-" + computed.year());
            xml.writeAttribute("edgedefault", "undirected");
            for (NetworkGraph.Node node : computed.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", "o" + node.id());
                data(xml, "name", node.name());
                data(xml, "kind", node.kind());
                data(xml, "sector", node.sector());
                data(xml, "powiat", node.powiatTeryt());
                data(xml, "degree", String.valueOf(node.degree()));
                data(xml, "betweenness", node.betweenness().toPlainString());
                xml.writeEndElement();
            }
            int next = 0;
            for (NetworkGraph.Edge edge : computed.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + next++);
                xml.writeAttribute("source", "o" + edge.source());
                xml.writeAttribute("target", "o" + edge.target());
                data(xml, "sectors", edge.sectors());
                data(xml, "sources", String.join(",", edge.sources()));
                data(xml, "ties", String.valueOf(edge.ties()));
                data(xml, "bridge", String.valueOf(edge.bridge()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException impossible) {
            throw new IllegalStateException("GraphML could not be written", impossible);
        }
        return out.toString();
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
