package pl.koordynator.es.audit.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditEntry;
import pl.koordynator.es.audit.AuditEntry.Action;
import pl.koordynator.es.audit.AuditEntry.FieldChange;
import pl.koordynator.es.audit.AuditQuery;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores audit entries in PostgreSQL within the caller's transaction, so a change and its audit
 * entry are written together or not at all.
 */
@Service
class AuditLog implements AuditTrail {

    static final String SYSTEM_ACTOR = "system";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    /** Anything with an e-mail address in it, wherever in the text. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    /** How a personal field is stored: the fact that it changed, no values. */
    private static final String PERSONAL = "personal";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entityType, Object id, Map<String, ?> state) {
        insert(Action.CREATE, entityType, id, diff(Map.of(), state));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void createdAll(String entityType, Map<?, ? extends Map<String, ?>> statesById) {
        List<String> ids = new java.util.ArrayList<>(statesById.size());
        List<String> documents = new java.util.ArrayList<>(statesById.size());
        statesById.forEach((id, state) -> {
            ids.add(String.valueOf(id));
            documents.add(document(diff(Map.of(), state)));
        });
        // one statement for the whole batch, the entries passed as two arrays
        batches.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_entry (actor, action, entity_type, entity_id, changes)
                    select ?, ?, ?, entry.id, cast(entry.changes as jsonb)
                    from unnest(cast(? as text[]), cast(? as text[])) as entry (id, changes)""")) {
                insert.setString(1, currentActor());
                insert.setString(2, Action.CREATE.name());
                insert.setString(3, entityType);
                insert.setArray(4, connection.createArrayOf("text", ids.toArray()));
                insert.setArray(5, connection.createArrayOf("text", documents.toArray()));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String entityType, Object id, Map<String, ?> before, Map<String, ?> after) {
        Map<String, FieldChange> changes = diff(before, after);
        if (!changes.isEmpty()) {
            insert(Action.UPDATE, entityType, id, changes);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entityType, Object id, Map<String, ?> state) {
        insert(Action.DELETE, entityType, id, diff(state, Map.of()));
    }

    static Map<String, FieldChange> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            Object oldRaw = before.get(field);
            Object newRaw = after.get(field);
            Object oldValue = plain(oldRaw instanceof Personal personal ? personal.value() : oldRaw);
            Object newValue = plain(newRaw instanceof Personal personal ? personal.value() : newRaw);
            if (!Objects.equals(oldValue, newValue)) {
                boolean personal = oldRaw instanceof Personal || newRaw instanceof Personal
                        || holdsEmail(oldValue) || holdsEmail(newValue);
                changes.put(field, personal ? FieldChange.personalData() : new FieldChange(oldValue, newValue));
            }
        }
        return changes;
    }

    private static boolean holdsEmail(Object value) {
        return value instanceof String text && text.indexOf('@') >= 0 && EMAIL.matcher(text).find();
    }

    /** Keeps JSON's own types and writes anything else (dates, enums, codes) as its text. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            // 5 and 5L are the same value to a reader of the trail
            return ((Number) value).longValue();
        }
        return value.toString();
    }

    private String document(Map<String, FieldChange> changes) {
        Map<String, Map<String, Object>> document = new LinkedHashMap<>();
        changes.forEach((field, change) -> document.put(field, values(change)));
        return json.writeValueAsString(document);
    }

    private static Map<String, Object> values(FieldChange change) {
        Map<String, Object> values = new HashMap<>();
        if (change.personal()) {
            values.put(PERSONAL, true);
        } else {
            values.put("old", change.oldValue());
            values.put("new", change.newValue());
        }
        return values;
    }

    private void insert(Action action, String entityType, Object id, Map<String, FieldChange> changes) {
        jdbc.sql("""
                insert into audit_entry (actor, action, entity_type, entity_id, changes)
                values (:actor, :action, :entityType, :entityId, cast(:changes as jsonb))
                """)
                .param("actor", currentActor())
                .param("action", action.name())
                .param("entityType", entityType)
                .param("entityId", String.valueOf(id))
                .param("changes", document(changes))
                .update();
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return SYSTEM_ACTOR;
        }
        return authentication.getName();
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<AuditEntry> find(AuditQuery query, Paging paging) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (hasText(query.entityType())) {
            where.append(" and entity_type = :entityType");
            params.put("entityType", query.entityType().trim());
        }
        if (hasText(query.entityId())) {
            where.append(" and entity_id = :entityId");
            params.put("entityId", query.entityId().trim());
        }
        if (hasText(query.actor())) {
            where.append(" and actor = :actor");
            params.put("actor", query.actor().trim());
        }
        if (query.action() != null) {
            where.append(" and action = :action");
            params.put("action", query.action().name());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", query.from().atStartOfDay(WARSAW).toOffsetDateTime());
        }
        if (query.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay(WARSAW).toOffsetDateTime());
        }
        // years of entries: counting all of one type's costs more than the page, so the count stops past the cap
        long counted = jdbc.sql("select count(*) from (select 1 from audit_entry" + where + " limit :countLimit) c")
                .params(params).param("countLimit", paging.countCap() + 1).query(Long.class).single();
        List<AuditEntry> items = counted <= paging.offset() ? List.of() : jdbc.sql("select * from audit_entry" + where
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(this::entry)
                .list();
        return PageOf.counted(items, paging, counted);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        // one step of the (entity_type, …) index per type instead of reading every entry: a loose index scan
        return jdbc.sql("""
                with recursive types as (
                    select min(entity_type) as type from audit_entry
                    union all
                    select (select min(entity_type) from audit_entry where entity_type > types.type)
                    from types where types.type is not null)
                select type from types where type is not null""").query(String.class).list();
    }

    private AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
        Map<String, Map<String, Object>> document = json.readValue(row.getString("changes"),
                new TypeReference<Map<String, Map<String, Object>>>() { });
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        document.forEach((field, values) -> changes.put(field, Boolean.TRUE.equals(values.get(PERSONAL))
                ? FieldChange.personalData() : new FieldChange(values.get("old"), values.get("new"))));
        return new AuditEntry(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class),
                row.getString("actor"), Action.valueOf(row.getString("action")), row.getString("entity_type"),
                row.getString("entity_id"), changes);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int erasePersonalFields(String entityType, Object id, Collection<String> fields) {
        if (fields.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update audit_entry e set changes = (
                    select jsonb_object_agg(c.field, case when c.field in (:fields)
                        then cast('{"personal": true}' as jsonb) else c.change end)
                    from jsonb_each(e.changes) as c (field, change))
                where e.entity_type = :entityType and e.entity_id = :entityId
                  and exists (select 1 from jsonb_each(e.changes) as c (field, change)
                      where c.field in (:fields) and c.change <> cast('{"personal": true}' as jsonb))""")
                .param("fields", List.copyOf(fields))
                .param("entityType", entityType)
                .param("entityId", String.valueOf(id))
                .update();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseValues(Collection<String> values) {
        List<String> sought = values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(value -> value.length() >= SHORTEST_ERASED_VALUE).distinct().toList();
        if (sought.isEmpty()) {
            return 0;
        }
        // the database narrows the trail down to the entries that mention a value anywhere; which
        // field of them does is decided here, field by field
        List<AuditEntry> candidates = jdbc.sql("""
                select * from audit_entry
                where exists (select 1 from unnest(array[:values]) as v (value)
                    where strpos(lower(cast(changes as text)), lower(v.value)) > 0)""")
                .param("values", sought)
                .query(this::entry)
                .list();
        List<String> lowered = sought.stream().map(value -> value.toLowerCase(Locale.ROOT)).toList();
        int erased = 0;
        for (AuditEntry entry : candidates) {
            Map<String, FieldChange> changes = new LinkedHashMap<>(entry.changes());
            boolean changed = false;
            for (Map.Entry<String, FieldChange> field : changes.entrySet()) {
                FieldChange change = field.getValue();
                if (!change.personal() && (mentions(change.oldValue(), lowered) || mentions(change.newValue(), lowered))) {
                    field.setValue(FieldChange.personalData());
                    changed = true;
                }
            }
            if (changed) {
                jdbc.sql("update audit_entry set changes = cast(:changes as jsonb) where id = :id")
                        .param("changes", document(changes)).param("id", entry.id()).update();
                erased++;
            }
        }
        return erased;
    }

    private static boolean mentions(Object value, List<String> lowered) {
        if (value == null) {
            return false;
        }
        String text = value.toString().toLowerCase(Locale.ROOT);
        return lowered.stream().anyMatch(text::contains);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int renameActor(String from, String to) {
        return jdbc.sql("update audit_entry set actor = :to where actor = :from").param("from", from).param("to", to)
                .update();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
