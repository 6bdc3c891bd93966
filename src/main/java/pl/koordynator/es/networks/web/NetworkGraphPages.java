package pl.koordynator.es.networks.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.networks.domain.GraphQuery;
import pl.koordynator.es.networks.domain.NetworkGraph;
import pl.koordynator.es.networks.domain.NetworkGraphs;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import pl.koordynator.es.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The graph of ties in a year: Cytoscape.js draws it (static/js/networks-graph.js) from the same
 * nodes and edges as the two tables under it, which are the accessible form of the drawing and are
 * sorted by the server through their column links, so they work without a script. Filters: year,
 * pair of sectors, powiat, declared or derived ties. GraphML and CSV of the same filter.
 */
@Controller
@RequestMapping("/networks")
class NetworkGraphPages {

    /** The columns the node table sorts by, each with its order; names and kinds ascending, figures descending first. */
    private static final Map<String, Comparator<NetworkGraph.Node>> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("name", Comparator.comparing(NetworkGraph.Node::name, String.CASE_INSENSITIVE_ORDER));
        SORTS.put("sector", Comparator.comparing(NetworkGraph.Node::sector));
        SORTS.put("degree", Comparator.comparingInt(NetworkGraph.Node::degree));
        SORTS.put("betweenness", Comparator.comparing(NetworkGraph.Node::betweenness));
    }

    private final NetworkGraphs graphs;
    private final NetworkChoices choices;
    private final MessageSource messages;
    private final JsonMapper json;

    NetworkGraphPages(NetworkGraphs graphs, NetworkChoices choices, MessageSource messages, JsonMapper json) {
        this.graphs = graphs;
        this.choices = choices;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/graph")
    String graph(@RequestParam(required = false) String year, @RequestParam(required = false) String sectors,
            @RequestParam(required = false) String powiat, @RequestParam(required = false) String ties,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        GraphQuery query;
        try {
            query = query(year, sectors, powiat, ties);
        } catch (InvalidInputException invalid) {
            model.addAttribute("yearError", invalid.problems().get(0).messageKey());
            query = query(null, sectors, powiat, ties);
        }
        NetworkGraph graph = graphs.graph(query);
        String column = SORTS.containsKey(sort) ? sort : "degree";
        boolean ascending = dir == null ? column.equals("name") || column.equals("sector") : dir.equals("asc");
        Comparator<NetworkGraph.Node> order = SORTS.get(column);
        List<NetworkGraph.Node> nodes = new ArrayList<>(graph.nodes());
        nodes.sort((ascending ? order : order.reversed()).thenComparing(SORTS.get("name")));
        Map<Long, String> names = new LinkedHashMap<>();
        graph.nodes().forEach(node -> names.put(node.id(), node.name()));
        model.addAttribute("graph", graph);
        model.addAttribute("isolatedPercent", graph.metrics().shareOfPesWithoutTie() == null ? null
                : graph.metrics().shareOfPesWithoutTie().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP));
        model.addAttribute("nodes", nodes);
        model.addAttribute("names", names);
        model.addAttribute("sort", column);
        model.addAttribute("dir", ascending ? "asc" : "desc");
        model.addAttribute("year", query.year());
        model.addAttribute("sectorCode", query.sectors() == null ? null : query.sectors().code());
        model.addAttribute("powiat", query.powiatTeryt());
        model.addAttribute("ties", ties(query.derived()));
        model.addAttribute("graphJson", json.writeValueAsString(drawing(graph)));
        choices.addTo(model);
        return "networks/graph";
    }

    @GetMapping("/graph.graphml")
    void graphMl(@RequestParam(required = false) String year, @RequestParam(required = false) String sectors,
            @RequestParam(required = false) String powiat, @RequestParam(required = false) String ties,
            HttpServletResponse response) throws IOException {
        GraphQuery query = query(year, sectors, powiat, ties);
        String graphMl = graphs.graphMl(query);
        Downloads.attachment(response, new MediaType("application", "graphml+xml", StandardCharsets.UTF_8),
                "powiazania-" + query.year() + ".graphml");
        response.getOutputStream().write(graphMl.getBytes(StandardCharsets.UTF_8));
    }

    /** The organisations with their metrics, or with {@code table=edges} the edges. */
    @GetMapping("/graph.csv")
    void csv(@RequestParam(required = false) String year, @RequestParam(required = false) String sectors,
            @RequestParam(required = false) String powiat, @RequestParam(required = false) String ties,
            @RequestParam(required = false) String table, HttpServletResponse response) throws IOException {
        GraphQuery query = query(year, sectors, powiat, ties);
        NetworkGraph graph = graphs.graph(query);
        if ("edges".equals(table)) {
            Map<Long, String> names = new LinkedHashMap<>();
            graph.nodes().forEach(node -> names.put(node.id(), node.name()));
            Function<Long, String> name = id -> names.getOrDefault(id, String.valueOf(id));
            Downloads.csv(response, "powiazania-" + query.year() + "-krawedzie.csv", new Table<NetworkGraph.Edge>(
                    message("networks.graph.edges"))
                    .column(message("networks.graph.col.source") + " (id)", NetworkGraph.Edge::source)
                    .column(message("networks.graph.col.source"), edge -> name.apply(edge.source()))
                    .column(message("networks.graph.col.target") + " (id)", NetworkGraph.Edge::target)
                    .column(message("networks.graph.col.target"), edge -> name.apply(edge.target()))
                    .column(message("networks.field.sectors"), NetworkGraph.Edge::sectors)
                    .column(message("networks.graph.col.ties"), NetworkGraph.Edge::ties)
                    .column(message("networks.graph.col.sources"), edge -> String.join(", ", edge.sources()))
                    .column(message("networks.graph.col.kinds"), edge -> String.join(", ", edge.kinds()))
                    .column(message("networks.graph.col.bridge"), edge -> edge.bridge() ? 1 : 0)
                    .rows(graph.edges()));
            return;
        }
        Downloads.csv(response, "powiazania-" + query.year() + "-organizacje.csv", new Table<NetworkGraph.Node>(
                message("networks.graph.nodes"))
                .column("id", NetworkGraph.Node::id)
                .column(message("networks.field.organisation"), NetworkGraph.Node::name)
                .column(message("networks.graph.col.kind"), NetworkGraph.Node::kind)
                .column(message("networks.graph.col.sector"), NetworkGraph.Node::sector)
                .column(message("networks.field.powiat"), NetworkGraph.Node::powiatTeryt)
                .column(message("networks.graph.col.degree"), NetworkGraph.Node::degree)
                .column(message("networks.graph.col.betweenness"), NetworkGraph.Node::betweenness)
                .rows(graph.nodes()));
    }

    private GraphQuery query(String year, String sectors, String powiat, String ties) {
        Integer asked = null;
        if (year != null && !year.isBlank()) {
            try {
                asked = Integer.valueOf(year.strip());
            } catch (NumberFormatException notANumber) {
                throw InvalidInputException.of("year", "networks.measures.year.range");
            }
        }
        Boolean derived = "derived".equals(ties) ? Boolean.TRUE : "all".equals(ties) ? null : Boolean.FALSE;
        return new GraphQuery(graphs.year(asked), SectorPair.parse(sectors),
                powiat == null || powiat.isBlank() ? null : powiat.strip(), derived);
    }

    private static String ties(Boolean derived) {
        return derived == null ? "all" : derived ? "derived" : "declared";
    }

    /** What the script draws: ids, names, sectors, degrees, links; edges by their ends, derived or bridge. */
    private static Map<String, Object> drawing(NetworkGraph graph) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (NetworkGraph.Node node : graph.nodes()) {
            Map<String, Object> drawn = new LinkedHashMap<>();
            drawn.put("id", node.id());
            drawn.put("name", node.name());
            drawn.put("sector", node.sector());
            drawn.put("degree", node.degree());
            drawn.put("url", "/organisations/" + node.id());
            nodes.add(drawn);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (NetworkGraph.Edge edge : graph.edges()) {
            Map<String, Object> drawn = new LinkedHashMap<>();
            drawn.put("source", edge.source());
            drawn.put("target", edge.target());
            drawn.put("derived", !edge.sources().contains("DECLARED"));
            drawn.put("bridge", edge.bridge());
            edges.add(drawn);
        }
        Map<String, Object> drawing = new LinkedHashMap<>();
        drawing.put("nodes", nodes);
        drawing.put("edges", edges);
        return drawing;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
