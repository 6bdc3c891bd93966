package pl.koordynator.es.networks.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.networks.NetworkKind;
import pl.koordynator.es.networks.domain.GraphQuery;
import pl.koordynator.es.networks.domain.MeetingView;
import pl.koordynator.es.networks.domain.MemberInput;
import pl.koordynator.es.networks.domain.MemberView;
import pl.koordynator.es.networks.domain.NetworkGraph;
import pl.koordynator.es.networks.domain.NetworkGraphs;
import pl.koordynator.es.networks.domain.NetworkInput;
import pl.koordynator.es.networks.domain.NetworkQuery;
import pl.koordynator.es.networks.domain.NetworkService;
import pl.koordynator.es.networks.domain.NetworkView;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;

/**
 * Networks, their members and meetings, and the graph of ties over HTTP. Visitors read public
 * networks and the graph; ROPS creates networks; ROPS and a network's coordinator change it.
 */
@RestController
@RequestMapping("/api/v1/networks")
class NetworksApi {

    /** Linking an event of the calendar as a meeting of the network. */
    record MeetingLink(Long eventId) {
    }

    private final NetworkService networks;
    private final NetworkGraphs graphs;

    NetworksApi(NetworkService networks, NetworkGraphs graphs) {
        this.networks = networks;
        this.graphs = graphs;
    }

    @GetMapping
    ApiPage<NetworkView> search(@RequestParam(required = false) NetworkKind kind,
            @RequestParam(required = false) String powiat, @RequestParam(required = false) Kind memberKind,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ApiPage.of(networks.search(new NetworkQuery(kind, powiat, memberKind, q), Paging.of(page, size)));
    }

    @GetMapping("/{id:\\d+}")
    NetworkView get(@PathVariable long id) {
        return networks.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<NetworkView> create(@RequestBody NetworkInput input, UriComponentsBuilder uri) {
        NetworkView created = networks.create(input);
        return ResponseEntity.created(uri.path("/api/v1/networks/{id}").build(created.id())).body(created);
    }

    @PutMapping("/{id:\\d+}")
    NetworkView update(@PathVariable long id, @RequestBody NetworkInput input) {
        return networks.update(id, input);
    }

    /** Every membership, current and ended. */
    @GetMapping("/{id:\\d+}/members")
    List<MemberView> members(@PathVariable long id) {
        return networks.members(id);
    }

    @PostMapping("/{id:\\d+}/members")
    ResponseEntity<MemberView> addMember(@PathVariable long id, @RequestBody MemberInput input) {
        return ResponseEntity.status(201).body(networks.addMember(id, input));
    }

    /** Ends the membership on {@code leftOn} (today when left out); it stays in the history. */
    @DeleteMapping("/{id:\\d+}/members/{organisationId:\\d+}")
    MemberView endMember(@PathVariable long id, @PathVariable long organisationId,
            @RequestParam(required = false) String leftOn) {
        return networks.endMember(id, organisationId, leftOn);
    }

    @GetMapping("/{id:\\d+}/meetings")
    List<MeetingView> meetings(@PathVariable long id) {
        return networks.meetings(id);
    }

    @PostMapping("/{id:\\d+}/meetings")
    ResponseEntity<MeetingView> linkMeeting(@PathVariable long id, @RequestBody MeetingLink link) {
        if (link == null || link.eventId() == null) {
            throw InvalidInputException.of("eventId", "networks.meeting.unknown");
        }
        return ResponseEntity.status(201).body(networks.linkMeeting(id, link.eventId()));
    }

    @DeleteMapping("/{id:\\d+}/meetings/{eventId:\\d+}")
    ResponseEntity<Void> unlinkMeeting(@PathVariable long id, @PathVariable long eventId) {
        networks.unlinkMeeting(id, eventId);
        return ResponseEntity.noContent().build();
    }

    /**
     * The graph of a year (this year by default): nodes and edges with their metrics.
     * {@code source}: declared (default), derived or all; {@code sectors} as {@code PES_BUSINESS}.
     */
    @GetMapping("/graph")
    NetworkGraph graph(@RequestParam(required = false) Integer year, @RequestParam(required = false) String sectors,
            @RequestParam(required = false) String powiat, @RequestParam(required = false) String source) {
        return graphs.graph(query(year, sectors, powiat, source));
    }

    @GetMapping(value = "/graph.graphml")
    @ApiResponse(responseCode = "200", description = "The graph as a GraphML file (attachment)",
            content = @Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<String> graphMl(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sectors, @RequestParam(required = false) String powiat,
            @RequestParam(required = false) String source) {
        GraphQuery query = query(year, sectors, powiat, source);
        // UTF-8 said aloud: without a charset a String body goes out as ISO-8859-1 and Polish names break
        HttpHeaders headers = Downloads.attachment(new MediaType("application", "graphml+xml",
                java.nio.charset.StandardCharsets.UTF_8),
                "powiazania-" + query.year() + ".graphml");
        return ResponseEntity.ok().headers(headers).body(graphs.graphMl(query));
    }

    private GraphQuery query(Integer year, String sectors, String powiat, String source) {
        int checked = graphs.year(year);
        Boolean derived;
        if (source == null || source.isBlank() || source.equalsIgnoreCase("declared")) {
            derived = false;
        } else if (source.equalsIgnoreCase("derived")) {
            derived = true;
        } else if (source.equalsIgnoreCase("all")) {
            derived = null;
        } else {
            throw InvalidInputException.of("source", "networks.graph.source.unknown");
        }
        return new GraphQuery(checked, TiesApi.sectors(sectors), powiat, derived);
    }
}
