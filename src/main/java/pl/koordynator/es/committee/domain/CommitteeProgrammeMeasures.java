package pl.koordynator.es.committee.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.shared.ProgrammeMeasures;

/**
 * What the committee counts for the programme, all flows over the days asked and regional (the
 * committee has no territory of its own):
 * <ul>
 * <li>{@code committee.meetings-held}: meetings held, by their day;</li>
 * <li>{@code committee.resolutions-adopted}, {@code committee.opinions-adopted}: resolutions (opinions)
 * adopted, by the day of adoption;</li>
 * <li>{@code committee.positions-submitted}: positions of the sector submitted, by the day submitted;</li>
 * <li>{@code committee.positions-taken-into-account}: of those, the ones the addressee took into account
 * wholly or in part.</li>
 * </ul>
 */
@Component
class CommitteeProgrammeMeasures implements ProgrammeMeasures {

    static final String MEETINGS_HELD = "committee.meetings-held";
    static final String RESOLUTIONS_ADOPTED = "committee.resolutions-adopted";
    static final String OPINIONS_ADOPTED = "committee.opinions-adopted";
    static final String POSITIONS_SUBMITTED = "committee.positions-submitted";
    static final String POSITIONS_TAKEN_INTO_ACCOUNT = "committee.positions-taken-into-account";

    private static final List<Measure> MEASURES = List.of(
            new Measure(MEETINGS_HELD, "measure." + MEETINGS_HELD, "measure.unit.meetings", Measure.Kind.FLOW, false),
            new Measure(RESOLUTIONS_ADOPTED, "measure." + RESOLUTIONS_ADOPTED, "measure.unit.committee-documents",
                    Measure.Kind.FLOW, false),
            new Measure(OPINIONS_ADOPTED, "measure." + OPINIONS_ADOPTED, "measure.unit.committee-documents",
                    Measure.Kind.FLOW, false),
            new Measure(POSITIONS_SUBMITTED, "measure." + POSITIONS_SUBMITTED, "measure.unit.sector-positions",
                    Measure.Kind.FLOW, false),
            new Measure(POSITIONS_TAKEN_INTO_ACCOUNT, "measure." + POSITIONS_TAKEN_INTO_ACCOUNT,
                    "measure.unit.sector-positions", Measure.Kind.FLOW, false));

    private final JdbcClient jdbc;
    private final PlatformSettings platform;
    private final Clock clock;

    CommitteeProgrammeMeasures(JdbcClient jdbc, PlatformSettings platform, Clock clock) {
        this.jdbc = jdbc;
        this.platform = platform;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        String sql = switch (code) {
            case MEETINGS_HELD -> """
                    select count(*) from committee_meeting where status = 'HELD'
                        and (starts_at at time zone :zone)::date between :from and :to""";
            case RESOLUTIONS_ADOPTED -> """
                    select count(*) from committee_document where status = 'ADOPTED' and type = 'RESOLUTION'
                        and adopted_on between :from and :to""";
            case OPINIONS_ADOPTED -> """
                    select count(*) from committee_document where status = 'ADOPTED' and type = 'OPINION'
                        and adopted_on between :from and :to""";
            case POSITIONS_SUBMITTED -> "select count(*) from sector_position where submitted_on between :from and :to";
            case POSITIONS_TAKEN_INTO_ACCOUNT -> """
                    select count(*) from sector_position where submitted_on between :from and :to
                        and taken_into_account in ('YES', 'PARTLY')""";
            default -> throw new IllegalArgumentException("Not a committee measure: " + code);
        };
        long value = jdbc.sql(sql).params(sql.contains(":zone")
                        ? Map.of("zone", platform.timeZone().getId(), "from", from, "to", to)
                        : Map.of("from", from, "to", to)).query(Long.class).single();
        String listUrl = code.startsWith("committee.positions") ? "/komitet/stanowiska" : "/komitet";
        return new MeasureValue(code, from, to, BigDecimal.valueOf(value), Map.of(), listUrl, clock.instant());
    }
}
