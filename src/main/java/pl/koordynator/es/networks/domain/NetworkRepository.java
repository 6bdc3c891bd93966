package pl.koordynator.es.networks.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.networks.MemberRole;
import pl.koordynator.es.networks.NetworkKind;
import pl.koordynator.es.networks.NetworkStatus;
import pl.koordynator.es.networks.NetworkTerritory;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Networks, memberships and meeting links in PostgreSQL. */
@Repository
class NetworkRepository {

    /** A network as stored; names of organisations are the register's and added by the service. */
    record NetworkRow(long id, String name, NetworkKind kind, String description, NetworkTerritory territory,
            Long subregionId, List<String> powiatTeryts, Long coordinatorId, LocalDate foundedOn, LocalDate endedOn,
            NetworkStatus status, boolean publicNetwork, long currentMembers, long meetings, long version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** A membership as stored. */
    record MemberRow(long id, long networkId, long organisationId, MemberRole role, LocalDate joinedOn,
            LocalDate leftOn) {
    }

    private static final String COLUMNS = """
            n.id, n.name, n.kind, n.description, n.territory, n.subregion_id, n.powiat_teryts, n.coordinator_id,
            n.founded_on, n.ended_on, n.status, n.public_network, n.version, n.created_at, n.updated_at,
            (select count(*) from network_member m where m.network_id = n.id and m.joined_on <= :today
                and (m.left_on is null or m.left_on > :today)) as current_members,
            (select count(*) from network_meeting g where g.network_id = n.id) as meetings""";

    private final JdbcClient jdbc;

    NetworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NetworkRow> find(long id, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from network n where n.id = :id").param("id", id)
                .param("today", today).query(NetworkRepository::map).optional();
    }

    /**
     * A page of networks. {@code publicOnly} for visitors; {@code memberIds} null, else only
     * networks with a current member among them (the member-kind filter, resolved by the caller).
     */
    PageOf<NetworkRow> search(NetworkQuery query, boolean publicOnly, Collection<Long> memberIds, LocalDate today,
            Paging paging) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", today);
        StringBuilder where = new StringBuilder(" where true");
        if (publicOnly) {
            where.append(" and n.public_network");
        }
        if (query.kind() != null) {
            where.append(" and n.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and n.name ilike :text");
            params.put("text", "%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (query.powiatTeryt() != null && !query.powiatTeryt().isBlank()) {
            where.append(" and (n.territory = 'REGION' or :powiat = any(n.powiat_teryts))");
            params.put("powiat", query.powiatTeryt().strip());
        }
        if (memberIds != null) {
            where.append(" and exists (select 1 from network_member m where m.network_id = n.id"
                    + " and m.organisation_id in (:members) and m.joined_on <= :today"
                    + " and (m.left_on is null or m.left_on > :today))");
            params.put("members", memberIds.isEmpty() ? List.of(-1L) : memberIds);
        }
        long total = jdbc.sql("select count(*) from network n" + where).params(params).query(Long.class).single();
        List<NetworkRow> items = jdbc.sql("select " + COLUMNS + " from network n" + where
                        + " order by n.name, n.id limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(NetworkRepository::map).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    long insert(NetworkRules.Checked network, String createdBy) {
        return jdbc.sql("""
                insert into network (name, kind, description, territory, subregion_id, powiat_teryts, coordinator_id,
                    founded_on, ended_on, status, public_network, created_by)
                values (:name, :kind, :description, :territory, :subregionId, :powiats, :coordinatorId, :foundedOn,
                    :endedOn, :status, :publicNetwork, :createdBy)
                returning id""")
                .params(fields(network)).param("createdBy", createdBy).query(Long.class).single();
    }

    boolean update(long id, long version, NetworkRules.Checked network) {
        return jdbc.sql("""
                update network set name = :name, kind = :kind, description = :description, territory = :territory,
                    subregion_id = :subregionId, powiat_teryts = :powiats, coordinator_id = :coordinatorId,
                    founded_on = :foundedOn, ended_on = :endedOn, status = :status, public_network = :publicNetwork,
                    version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .params(fields(network)).param("id", id).param("version", version).update() == 1;
    }

    List<MemberRow> members(long networkId) {
        return jdbc.sql("""
                select id, network_id, organisation_id, role, joined_on, left_on from network_member
                where network_id = :id order by joined_on, id""")
                .param("id", networkId).query(NetworkRepository::member).list();
    }

    /** Memberships running on some day of the days, of every network. */
    List<MemberRow> membersWithin(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, network_id, organisation_id, role, joined_on, left_on from network_member
                where joined_on <= :to and (left_on is null or left_on > :from) order by network_id, id""")
                .param("from", from).param("to", to).query(NetworkRepository::member).list();
    }

    Optional<MemberRow> currentMember(long networkId, long organisationId) {
        return jdbc.sql("""
                select id, network_id, organisation_id, role, joined_on, left_on from network_member
                where network_id = :network and organisation_id = :organisation and left_on is null""")
                .param("network", networkId).param("organisation", organisationId)
                .query(NetworkRepository::member).optional();
    }

    long addMember(long networkId, long organisationId, MemberRole role, LocalDate joinedOn, String createdBy) {
        return jdbc.sql("""
                insert into network_member (network_id, organisation_id, role, joined_on, created_by)
                values (:network, :organisation, :role, :joinedOn, :createdBy) returning id""")
                .param("network", networkId).param("organisation", organisationId).param("role", role.name())
                .param("joinedOn", joinedOn).param("createdBy", createdBy).query(Long.class).single();
    }

    boolean endMember(long memberId, LocalDate leftOn) {
        return jdbc.sql("update network_member set left_on = :leftOn where id = :id and left_on is null")
                .param("leftOn", leftOn).param("id", memberId).update() == 1;
    }

    /** Names of the networks the organisation belongs to on the day. */
    List<String> networksOf(long organisationId, LocalDate day) {
        return jdbc.sql("""
                select n.name from network_member m join network n on n.id = m.network_id
                where m.organisation_id = :id and m.joined_on <= :day and (m.left_on is null or m.left_on > :day)
                order by n.name""")
                .param("id", organisationId).param("day", day).query(String.class).list();
    }

    /** Names of the networks each organisation belongs to on the day; organisations in none are absent. */
    java.util.Map<Long, List<String>> networksOfEach(java.util.Collection<Long> organisationIds, LocalDate day) {
        java.util.Map<Long, List<String>> each = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select m.organisation_id, n.name from network_member m join network n on n.id = m.network_id
                where m.organisation_id in (:ids) and m.joined_on <= :day and (m.left_on is null or m.left_on > :day)
                order by m.organisation_id, n.name""")
                .param("ids", organisationIds).param("day", day)
                .query((rs, n) -> each.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return each;
    }

    List<Long> meetingEvents(long networkId) {
        return jdbc.sql("select event_id from network_meeting where network_id = :id order by event_id")
                .param("id", networkId).query(Long.class).list();
    }

    /** Every linked meeting: event id → network id. */
    Map<Long, Long> allMeetings() {
        Map<Long, Long> meetings = new LinkedHashMap<>();
        jdbc.sql("select event_id, network_id from network_meeting order by event_id")
                .query((ResultSet rs) -> {
                    meetings.put(rs.getLong(1), rs.getLong(2));
                });
        return meetings;
    }

    /** False when the event is already a meeting of some network. */
    boolean linkMeeting(long networkId, long eventId, String by) {
        return jdbc.sql("""
                insert into network_meeting (network_id, event_id, linked_by) values (:network, :event, :by)
                on conflict do nothing""")
                .param("network", networkId).param("event", eventId).param("by", by).update() == 1;
    }

    boolean unlinkMeeting(long networkId, long eventId) {
        return jdbc.sql("delete from network_meeting where network_id = :network and event_id = :event")
                .param("network", networkId).param("event", eventId).update() == 1;
    }

    private static Map<String, Object> fields(NetworkRules.Checked network) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", network.name());
        fields.put("kind", network.kind().name());
        fields.put("description", network.description());
        fields.put("territory", network.territory().name());
        fields.put("subregionId", network.subregionId());
        fields.put("powiats", network.powiatTeryts().toArray(String[]::new));
        fields.put("coordinatorId", network.coordinatorId());
        fields.put("foundedOn", network.foundedOn());
        fields.put("endedOn", network.endedOn());
        fields.put("status", network.status().name());
        fields.put("publicNetwork", network.publicNetwork());
        return fields;
    }

    private static NetworkRow map(ResultSet rs, int row) throws SQLException {
        long subregion = rs.getLong("subregion_id");
        Long subregionId = rs.wasNull() ? null : subregion;
        long coordinator = rs.getLong("coordinator_id");
        Long coordinatorId = rs.wasNull() ? null : coordinator;
        return new NetworkRow(rs.getLong("id"), rs.getString("name"), NetworkKind.valueOf(rs.getString("kind")),
                rs.getString("description"), NetworkTerritory.valueOf(rs.getString("territory")), subregionId,
                strings(rs.getArray("powiat_teryts")), coordinatorId, rs.getObject("founded_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), NetworkStatus.valueOf(rs.getString("status")),
                rs.getBoolean("public_network"), rs.getLong("current_members"), rs.getLong("meetings"),
                rs.getLong("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static MemberRow member(ResultSet rs, int row) throws SQLException {
        return new MemberRow(rs.getLong("id"), rs.getLong("network_id"), rs.getLong("organisation_id"),
                MemberRole.valueOf(rs.getString("role")), rs.getObject("joined_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> values = new ArrayList<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                values.add((String) value);
            }
        }
        return List.copyOf(values);
    }
}
