package pl.koordynator.es.events.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * What the calendar counts for the programme. An event is <em>held</em> in the days when it is
 * published (not a draft, not cancelled), starts within them (in the region's time zone) and has
 * started by now, as the OWES report's "trainings held" counts it ({@link EventKnownValues}). Its
 * <em>participants</em> are the people checked in (attendance marked on a confirmed registration),
 * as the report's training participants and the organisation card count them; a registration
 * without marked attendance is not counted. Territorial measures split by the powiat of the
 * event's gmina; an event held only online counts in the region's value and in no powiat.
 * <ul>
 * <li>{@code events.held}, {@code events.held.<type>} (e.g. {@code events.held.training}): events held;</li>
 * <li>{@code events.participants}, {@code events.participants.<type>}: their participants;</li>
 * <li>{@code events.campaign-reach}, {@code events.campaign-materials}: the people reached and the
 * materials distributed by the social campaigns held, as their organisers entered them;</li>
 * <li>{@code events.pes-business-ties}: distinct pairs of a PES and a business or science
 * organisation whose people were checked in at the same event held in the days, each pair once
 * however many events they met at; not territorial, as a pair may meet in several powiats;</li>
 * <li>{@code events.reintegration-cooperation}: events held in the days at which organisations of at
 * least three of the five kinds JST, JSPS, IRP, PES (any PES kind) and OWES took part. Taking part
 * means being the organiser or having someone checked in; an event organised by ROPS (no organiser
 * in the register) counts ROPS as a JSPS, since a regional social policy centre is a social
 * assistance unit.</li>
 * </ul>
 * One query per value, plus one to the register for the kinds of the organisations in the last two.
 */
@Component
class EventsProgrammeMeasures implements pl.koordynator.es.shared.ProgrammeMeasures {

    static final String HELD = "events.held";
    static final String PARTICIPANTS = "events.participants";
    static final String CAMPAIGN_REACH = "events.campaign-reach";
    static final String CAMPAIGN_MATERIALS = "events.campaign-materials";
    static final String BUSINESS_TIES = "events.pes-business-ties";
    static final String REINTEGRATION_COOPERATION = "events.reintegration-cooperation";

    /** The kinds of institutions whose cooperation in reintegration the programme follows; PES stands for every PES kind. */
    private enum Partner {
        JST, JSPS, IRP, PES, OWES;

        static Partner of(Kind kind) {
            if (kind.isPes()) {
                return PES;
            }
            return switch (kind) {
                case JST -> JST;
                case JSPS -> JSPS;
                case IRP -> IRP;
                case OWES -> OWES;
                default -> null;
            };
        }
    }

    private static final String HELD_EVENT = """
            e.status = 'PUBLISHED' and e.starts_at >= :from and e.starts_at < :to and e.starts_at <= :now
              and (cast(:type as varchar) is null or e.type = :type)""";
    private static final String CHECKED_IN = "r.attended and r.status = 'CONFIRMED'";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Clock clock;
    private final ZoneId zone;
    private final List<Measure> measures;

    EventsProgrammeMeasures(JdbcClient jdbc, Organisations organisations, Clock clock, PlatformSettings settings) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
        this.zone = settings.timeZone();
        List<Measure> all = new ArrayList<>();
        all.add(measure(HELD, "events", true));
        for (EventType type : EventType.values()) {
            all.add(measure(HELD + "." + lower(type), "events", true));
        }
        all.add(measure(PARTICIPANTS, "persons", true));
        for (EventType type : EventType.values()) {
            all.add(measure(PARTICIPANTS + "." + lower(type), "persons", true));
        }
        all.add(measure(CAMPAIGN_REACH, "persons", true));
        all.add(measure(CAMPAIGN_MATERIALS, "materials", true));
        all.add(measure(BUSINESS_TIES, "pairs", false));
        all.add(measure(REINTEGRATION_COOPERATION, "events", true));
        this.measures = List.copyOf(all);
    }

    @Override
    public List<Measure> measures() {
        return measures;
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", from.atStartOfDay(zone).toOffsetDateTime());
        params.put("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        params.put("now", OffsetDateTime.now(clock));
        params.put("type", null);
        String listUrl = "/events?past=true";
        Counted counted;
        if (code.equals(HELD) || code.startsWith(HELD + ".")) {
            EventType type = type(code, HELD);
            params.put("type", type == null ? null : type.name());
            listUrl = type == null ? listUrl : listUrl + "&type=" + type.name();
            counted = byPowiat("select left(e.gmina_teryt, 4), count(*) from event e where " + HELD_EVENT, params);
        } else if (code.equals(PARTICIPANTS) || code.startsWith(PARTICIPANTS + ".")) {
            EventType type = type(code, PARTICIPANTS);
            params.put("type", type == null ? null : type.name());
            listUrl = type == null ? listUrl : listUrl + "&type=" + type.name();
            counted = byPowiat("select left(e.gmina_teryt, 4), count(*) from event_registration r"
                    + " join event e on e.id = r.event_id where " + CHECKED_IN + " and " + HELD_EVENT, params);
        } else if (code.equals(CAMPAIGN_REACH) || code.equals(CAMPAIGN_MATERIALS)) {
            params.put("type", EventType.CAMPAIGN.name());
            listUrl = listUrl + "&type=" + EventType.CAMPAIGN.name();
            String column = code.equals(CAMPAIGN_REACH) ? "people_reached" : "materials_distributed";
            counted = byPowiat("select left(e.gmina_teryt, 4), coalesce(sum(e." + column + "), 0) from event e where "
                    + HELD_EVENT, params);
        } else if (code.equals(BUSINESS_TIES)) {
            listUrl = null;
            counted = new Counted(BigDecimal.valueOf(businessTies(params)), Map.of());
        } else if (code.equals(REINTEGRATION_COOPERATION)) {
            listUrl = null;
            counted = reintegrationCooperation(params);
        } else {
            throw new IllegalArgumentException("not a measure of the events module: " + code);
        }
        return new MeasureValue(code, from, to, counted.value(), counted.byPowiat(), listUrl, clock.instant());
    }

    private record Counted(BigDecimal value, Map<String, BigDecimal> byPowiat) {
    }

    private Counted byPowiat(String sql, Map<String, Object> params) {
        Map<String, BigDecimal> byPowiat = new TreeMap<>();
        BigDecimal[] total = {BigDecimal.ZERO};
        jdbc.sql(sql + " group by 1").params(params).query((ResultSet rs) -> {
            BigDecimal value = rs.getBigDecimal(2);
            total[0] = total[0].add(value);
            if (rs.getString(1) != null && value.signum() != 0) {
                byPowiat.put(rs.getString(1), value);
            }
        });
        return new Counted(total[0], byPowiat);
    }

    private long businessTies(Map<String, Object> params) {
        Map<Long, Set<Long>> byEvent = new HashMap<>();
        jdbc.sql("select distinct e.id, r.organisation_id from event_registration r join event e on e.id = r.event_id"
                        + " where r.organisation_id is not null and " + CHECKED_IN + " and " + HELD_EVENT)
                .params(params)
                .query((ResultSet rs) -> {
                    byEvent.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
                });
        Set<Long> everyone = new HashSet<>();
        byEvent.values().forEach(everyone::addAll);
        Map<Long, OrganisationView> found = organisations.findAll(everyone);
        record Pair(long pes, long partner) {
        }
        Set<Pair> pairs = new HashSet<>();
        for (Set<Long> present : byEvent.values()) {
            List<Long> pes = present.stream().filter(id -> kind(found, id) != null && kind(found, id).isPes()).toList();
            List<Long> partners = present.stream()
                    .filter(id -> kind(found, id) == Kind.BUSINESS || kind(found, id) == Kind.SCIENCE).toList();
            pes.forEach(p -> partners.forEach(b -> pairs.add(new Pair(p, b))));
        }
        return pairs.size();
    }

    private Counted reintegrationCooperation(Map<String, Object> params) {
        record Held(String powiat, Long organiserId, Set<Long> present) {
        }
        List<Held> held = new ArrayList<>();
        jdbc.sql("select left(e.gmina_teryt, 4), e.organiser_id,"
                        + " array_remove(array_agg(distinct r.organisation_id), null) from event e"
                        + " left join event_registration r on r.event_id = e.id and " + CHECKED_IN
                        + " where " + HELD_EVENT + " group by e.id")
                .params(params)
                .query((ResultSet rs) -> {
                    long organiser = rs.getLong(2);
                    Long organiserId = rs.wasNull() ? null : organiser;
                    Set<Long> present = new HashSet<>();
                    for (Object id : (Object[]) rs.getArray(3).getArray()) {
                        present.add(((Number) id).longValue());
                    }
                    held.add(new Held(rs.getString(1), organiserId, present));
                });
        Set<Long> everyone = new HashSet<>();
        held.forEach(event -> {
            everyone.addAll(event.present());
            if (event.organiserId() != null) {
                everyone.add(event.organiserId());
            }
        });
        Map<Long, OrganisationView> found = organisations.findAll(everyone);
        Map<String, BigDecimal> byPowiat = new TreeMap<>();
        long count = 0;
        for (Held event : held) {
            Set<Partner> kinds = EnumSet.noneOf(Partner.class);
            if (event.organiserId() == null) {
                kinds.add(Partner.JSPS);
            }
            Set<Long> taking = new HashSet<>(event.present());
            if (event.organiserId() != null) {
                taking.add(event.organiserId());
            }
            for (Long id : taking) {
                Kind kind = kind(found, id);
                Partner partner = kind == null ? null : Partner.of(kind);
                if (partner != null) {
                    kinds.add(partner);
                }
            }
            if (kinds.size() >= 3) {
                count++;
                if (event.powiat() != null) {
                    byPowiat.merge(event.powiat(), BigDecimal.ONE, BigDecimal::add);
                }
            }
        }
        return new Counted(BigDecimal.valueOf(count), byPowiat);
    }

    private static Kind kind(Map<Long, OrganisationView> found, long id) {
        OrganisationView organisation = found.get(id);
        return organisation == null ? null : organisation.kind();
    }

    /** The type a per-type code names, null for the code of all types; an unknown type is no measure. */
    private static EventType type(String code, String prefix) {
        if (code.equals(prefix)) {
            return null;
        }
        String suffix = code.substring(prefix.length() + 1);
        for (EventType type : EventType.values()) {
            if (lower(type).equals(suffix)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a measure of the events module: " + code);
    }

    private static String lower(EventType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static Measure measure(String code, String unit, boolean territorial) {
        return new Measure(code, "measure." + code, "measure.unit." + unit, Measure.Kind.FLOW, territorial);
    }
}
