package pl.koordynator.es.networks.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.events.EventAttendance;
import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.Events;
import pl.koordynator.es.events.PlannedEvent;
import pl.koordynator.es.networks.MemberRole;
import pl.koordynator.es.networks.Networks;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Networks, their members over time and their meetings. ROPS creates networks; ROPS or the staff
 * of a network's coordinating organisation change it and add or end memberships (an ended
 * membership stays, with its dates, so who belonged when is kept). Meetings are events of the
 * calendar of type NETWORK_MEETING linked here; their attendance is the calendar's. Internal
 * networks are hidden from visitors (as not found). Every change is audited.
 */
@Service
public class NetworkService implements Networks {

    static final String ENTITY = "Network";
    static final String MEMBER_ENTITY = "NetworkMember";

    private final NetworkRepository networks;
    private final NetworkRules rules;
    private final NetworksAccess access;
    private final Organisations organisations;
    private final Events events;
    private final TieRepository ties;
    private final AuditTrail audit;
    private final Clock clock;

    NetworkService(NetworkRepository networks, NetworkRules rules, NetworksAccess access, Organisations organisations,
            Events events, TieRepository ties, AuditTrail audit, Clock clock) {
        this.networks = networks;
        this.rules = rules;
        this.access = access;
        this.organisations = organisations;
        this.events = events;
        this.ties = ties;
        this.audit = audit;
        this.clock = clock;
    }

    public NetworksAccess.Viewer viewer() {
        return access.viewer();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    @Transactional(readOnly = true)
    public long activeTies(long organisationId, LocalDate day) {
        return ties.countActive(organisationId, day);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> networksOf(long organisationId, LocalDate day) {
        return networks.networksOf(organisationId, day);
    }

    @Override
    @Transactional(readOnly = true)
    public long activeTiesOfAny(java.util.Collection<Long> organisationIds, LocalDate day) {
        return organisationIds.isEmpty() ? 0 : ties.countActiveOfAny(organisationIds, day);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<String>> networksOfEach(java.util.Collection<Long> organisationIds, LocalDate day) {
        return organisationIds.isEmpty() ? java.util.Map.of() : networks.networksOfEach(organisationIds, day);
    }

    @Transactional(readOnly = true)
    public PageOf<NetworkView> search(NetworkQuery query, Paging paging) {
        NetworksAccess.Viewer viewer = access.viewer();
        Set<Long> members = null;
        if (query.memberKind() != null) {
            members = new LinkedHashSet<>();
            for (OrganisationView organisation : organisations.ofKind(query.memberKind())) {
                members.add(organisation.id());
            }
        }
        PageOf<NetworkRepository.NetworkRow> page = networks.search(query, !viewer.mayReadInternalNetworks(), members,
                today(), paging);
        Set<Long> coordinators = new LinkedHashSet<>();
        page.items().forEach(n -> {
            if (n.coordinatorId() != null) {
                coordinators.add(n.coordinatorId());
            }
        });
        Map<Long, OrganisationView> named = organisations.findAll(coordinators);
        return page.map(row -> view(row, named));
    }

    @Transactional(readOnly = true)
    public NetworkView get(long id) {
        NetworkRepository.NetworkRow row = readable(id);
        return view(row, coordinator(row));
    }

    @Transactional
    public NetworkView create(NetworkInput input) {
        NetworksAccess.Viewer viewer = access.viewer();
        if (!viewer.mayCreateNetworks()) {
            throw new AccessDeniedException("networks are created by ROPS");
        }
        return createAs(input, viewer.username());
    }

    /** Creates a network without a signed-in user; for demo data at start-up only. */
    @Transactional
    public NetworkView createAtStartup(NetworkInput input) {
        return createAs(input, "system");
    }

    private NetworkView createAs(NetworkInput input, String username) {
        NetworkRules.Checked checked = rules.check(input);
        long id = networks.insert(checked, username);
        NetworkView created = get(id, true);
        audit.created(ENTITY, id, state(created));
        return created;
    }

    @Transactional
    public NetworkView update(long id, NetworkInput input) {
        NetworkView before = manageable(id);
        List<FieldProblem> problems = new ArrayList<>();
        NetworkRules.Checked checked = null;
        try {
            checked = rules.check(input);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        if (input.version() == null) {
            problems.add(new FieldProblem("version", "networks.version.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!access.viewer().admin() && !java.util.Objects.equals(checked.coordinatorId(), before.coordinatorId())) {
            throw new AccessDeniedException("the coordinator of a network is changed by ROPS");
        }
        if (!networks.update(id, input.version(), checked)) {
            throw new ConflictException("problem.concurrentEdit", "network " + id + " changed since version "
                    + input.version());
        }
        NetworkView after = get(id, true);
        audit.updated(ENTITY, id, state(before), state(after));
        return after;
    }

    /** Every membership, past and current, by joining date. */
    @Transactional(readOnly = true)
    public List<MemberView> members(long networkId) {
        readable(networkId);
        List<NetworkRepository.MemberRow> rows = networks.members(networkId);
        Set<Long> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.organisationId()));
        Map<Long, OrganisationView> named = organisations.findAll(ids);
        return rows.stream().map(r -> member(r, named)).toList();
    }

    @Transactional
    public MemberView addMember(long networkId, MemberInput input) {
        NetworkView network = manageable(networkId);
        return addMemberAs(network, input, access.viewer().username());
    }

    /** Adds a member without a signed-in user; for demo data at start-up only. */
    @Transactional
    public MemberView addMemberAtStartup(long networkId, MemberInput input) {
        return addMemberAs(get(networkId, true), input, "system");
    }

    private MemberView addMemberAs(NetworkView network, MemberInput input, String username) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationView organisation = null;
        if (input.organisationId() == null) {
            problems.add(new FieldProblem("organisationId", "networks.organisation.required"));
        } else {
            organisation = organisations.find(input.organisationId()).orElse(null);
            if (organisation == null) {
                problems.add(new FieldProblem("organisationId", "networks.organisation.unknown"));
            }
        }
        MemberRole role = Values.blank(input.role()) ? MemberRole.MEMBER : Values.code(MemberRole.class, input.role());
        if (role == null) {
            problems.add(new FieldProblem("role", "networks.member.role.unknown"));
        }
        LocalDate joinedOn = Values.blank(input.joinedOn()) ? today() : Values.date(input.joinedOn());
        if (joinedOn == null) {
            problems.add(new FieldProblem("joinedOn", "networks.date.format"));
        } else if (joinedOn.isBefore(TieRules.EARLIEST)) {
            problems.add(new FieldProblem("joinedOn", "networks.date.tooEarly"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (networks.currentMember(network.id(), organisation.id()).isPresent()) {
            throw new ConflictException("networks.member.already", "organisation " + organisation.id()
                    + " is a member of network " + network.id());
        }
        long id = networks.addMember(network.id(), organisation.id(), role, joinedOn, username);
        MemberView added = new MemberView(id, network.id(), organisation.id(), organisation.name(),
                organisation.kind().name(), role, joinedOn, null);
        audit.created(MEMBER_ENTITY, id, memberState(added));
        return added;
    }

    /** Ends the current membership on {@code leftOn} (today when left out); the membership stays in the history. */
    @Transactional
    public MemberView endMember(long networkId, long organisationId, String leftOn) {
        manageable(networkId);
        NetworkRepository.MemberRow row = networks.currentMember(networkId, organisationId)
                .orElseThrow(() -> new NotFoundException("membership of organisation " + organisationId + " in network",
                        networkId));
        LocalDate left = Values.blank(leftOn) ? today() : Values.date(leftOn);
        if (left == null) {
            throw InvalidInputException.of("leftOn", "networks.date.format");
        }
        if (left.isBefore(row.joinedOn())) {
            throw InvalidInputException.of("leftOn", "networks.member.leftBeforeJoined");
        }
        networks.endMember(row.id(), left);
        Map<Long, OrganisationView> named = organisations.findAll(List.of(organisationId));
        MemberView before = member(row, named);
        MemberView after = new MemberView(row.id(), networkId, organisationId, before.organisationName(), before.kind(),
                row.role(), row.joinedOn(), left);
        audit.updated(MEMBER_ENTITY, row.id(), memberState(before), memberState(after));
        return after;
    }

    @Transactional(readOnly = true)
    public List<MeetingView> meetings(long networkId) {
        readable(networkId);
        return events.attendanceOf(networks.meetingEvents(networkId)).stream().map(NetworkService::meeting).toList();
    }

    /** Links an event of type NETWORK_MEETING to the network; an event is the meeting of one network only. */
    @Transactional
    public MeetingView linkMeeting(long networkId, Long eventId) {
        manageable(networkId);
        if (eventId == null) {
            throw InvalidInputException.of("eventId", "networks.meeting.choose");
        }
        return linkAs(networkId, eventId, access.viewer().username());
    }

    /** Links a meeting without a signed-in user; for demo data at start-up only. */
    @Transactional
    public MeetingView linkMeetingAtStartup(long networkId, long eventId) {
        return linkAs(networkId, eventId, "system");
    }

    private MeetingView linkAs(long networkId, long eventId, String username) {
        PlannedEvent event = events.event(eventId).orElse(null);
        if (event == null) {
            throw InvalidInputException.of("eventId", "networks.meeting.unknown");
        }
        if (event.type() != EventType.NETWORK_MEETING) {
            throw InvalidInputException.of("eventId", "networks.meeting.notNetworkMeeting");
        }
        if (!networks.linkMeeting(networkId, eventId, username)) {
            throw new ConflictException("networks.meeting.linked", "event " + eventId + " is a meeting of a network");
        }
        audit.created(MEETING_ENTITY, eventId, Map.of("networkId", networkId, "eventId", eventId,
                "title", event.title()));
        return events.attendanceOf(List.of(eventId)).stream().map(NetworkService::meeting).findFirst().orElseThrow();
    }

    static final String MEETING_ENTITY = "NetworkMeeting";

    /**
     * The calendar's network meetings a year either side of today that no network has yet, the
     * soonest first: what the network page offers to link.
     */
    @Transactional(readOnly = true)
    public List<PlannedEvent> meetingCandidates(long networkId) {
        manageable(networkId);
        Set<Long> linked = networks.allMeetings().keySet();
        return events.between(today().minusYears(1), today().plusYears(1)).stream()
                .filter(e -> e.type() == EventType.NETWORK_MEETING && !linked.contains(e.id())).toList();
    }

    @Transactional
    public void unlinkMeeting(long networkId, long eventId) {
        manageable(networkId);
        if (!networks.unlinkMeeting(networkId, eventId)) {
            throw new NotFoundException("meeting " + eventId + " of network", networkId);
        }
        audit.deleted(MEETING_ENTITY, eventId, Map.of("networkId", networkId, "eventId", eventId));
    }

    /** Whether the caller may change the network and its members (pages offer the actions). */
    @Transactional(readOnly = true)
    public boolean mayManage(long networkId) {
        return access.viewer().mayManage(get(networkId));
    }

    private NetworkRepository.NetworkRow readable(long id) {
        NetworkRepository.NetworkRow row = networks.find(id, today())
                .orElseThrow(() -> new NotFoundException("network", id));
        if (!row.publicNetwork() && !access.viewer().mayReadInternalNetworks()) {
            // an internal network is not there for a visitor
            throw new NotFoundException("network", id);
        }
        return row;
    }

    private NetworkView manageable(long id) {
        NetworkView network = get(id);
        if (!access.viewer().mayManage(network)) {
            throw new AccessDeniedException("network " + id + " is managed by ROPS and its coordinator");
        }
        return network;
    }

    private NetworkView get(long id, boolean unscoped) {
        NetworkRepository.NetworkRow row = networks.find(id, today())
                .orElseThrow(() -> new NotFoundException("network", id));
        return view(row, coordinator(row));
    }

    private Map<Long, OrganisationView> coordinator(NetworkRepository.NetworkRow row) {
        return row.coordinatorId() == null ? Map.of() : organisations.findAll(List.of(row.coordinatorId()));
    }

    private static NetworkView view(NetworkRepository.NetworkRow row, Map<Long, OrganisationView> named) {
        OrganisationView coordinator = row.coordinatorId() == null ? null : named.get(row.coordinatorId());
        return new NetworkView(row.id(), row.name(), row.kind(), row.description(), row.territory(),
                row.subregionId(), row.powiatTeryts(), row.coordinatorId(),
                coordinator == null ? null : coordinator.name(), row.foundedOn(), row.endedOn(), row.status(),
                row.publicNetwork(), row.currentMembers(), row.meetings(), row.version(), row.createdAt(),
                row.updatedAt());
    }

    private static MemberView member(NetworkRepository.MemberRow row, Map<Long, OrganisationView> named) {
        OrganisationView organisation = named.get(row.organisationId());
        return new MemberView(row.id(), row.networkId(), row.organisationId(),
                organisation == null ? "#" + row.organisationId() : organisation.name(),
                organisation == null ? null : organisation.kind().name(), row.role(), row.joinedOn(), row.leftOn());
    }

    private static MeetingView meeting(EventAttendance event) {
        return new MeetingView(event.eventId(), event.title(), event.startsAt(), event.gminaTeryt(), event.attendees(),
                event.organisationIds().size(), event.status() == EventStatus.CANCELLED);
    }

    static Map<String, Object> state(NetworkView network) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", network.name());
        state.put("kind", network.kind());
        state.put("description", network.description());
        state.put("territory", network.territory());
        state.put("subregionId", network.subregionId());
        state.put("powiatTeryts", String.join(",", network.powiatTeryts()));
        state.put("coordinatorId", network.coordinatorId());
        state.put("foundedOn", network.foundedOn());
        state.put("endedOn", network.endedOn());
        state.put("status", network.status());
        state.put("publicNetwork", network.publicNetwork());
        return state;
    }

    static Map<String, Object> memberState(MemberView member) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("networkId", member.networkId());
        state.put("organisationId", member.organisationId());
        state.put("organisationName", member.organisationName());
        state.put("role", member.role());
        state.put("joinedOn", member.joinedOn());
        state.put("leftOn", member.leftOn());
        return state;
    }
}
