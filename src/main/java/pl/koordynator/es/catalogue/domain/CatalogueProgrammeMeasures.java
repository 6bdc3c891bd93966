package pl.koordynator.es.catalogue.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
 * What the catalogue counts for the programme, split by the powiat of the offering organisation:
 * <ul>
 * <li>{@code catalogue.published-offers} (stock): offers published at the end of the last day, read
 * from their review history, so a past year's value stays what it was;</li>
 * <li>{@code catalogue.pes-with-offer} (stock): distinct PES with such an offer;</li>
 * <li>{@code catalogue.marked-offers}, {@code catalogue.marked-pes} (stock): offers (distinct PES)
 * with a licence of the mark valid on the last day and not revoked by then;</li>
 * <li>{@code catalogue.inquiries} (flow): inquiries received in the days asked;</li>
 * <li>{@code catalogue.inquiries-won} (flow): inquiries the PES marked won in the days asked;</li>
 * <li>{@code catalogue.offer-views} (flow): views of offer pages in the days asked.</li>
 * </ul>
 */
@Component
class CatalogueProgrammeMeasures implements ProgrammeMeasures {

    static final String PUBLISHED_OFFERS = "catalogue.published-offers";
    static final String PES_WITH_OFFER = "catalogue.pes-with-offer";
    static final String MARKED_OFFERS = "catalogue.marked-offers";
    static final String MARKED_PES = "catalogue.marked-pes";
    static final String INQUIRIES = "catalogue.inquiries";
    static final String INQUIRIES_WON = "catalogue.inquiries-won";
    static final String OFFER_VIEWS = "catalogue.offer-views";

    private static final List<Measure> MEASURES = List.of(
            new Measure(PUBLISHED_OFFERS, "measure." + PUBLISHED_OFFERS, "measure.unit.offers", Measure.Kind.STOCK, true),
            new Measure(PES_WITH_OFFER, "measure." + PES_WITH_OFFER, "measure.unit.pes", Measure.Kind.STOCK, true),
            new Measure(MARKED_OFFERS, "measure." + MARKED_OFFERS, "measure.unit.offers", Measure.Kind.STOCK, true),
            new Measure(MARKED_PES, "measure." + MARKED_PES, "measure.unit.pes", Measure.Kind.STOCK, true),
            new Measure(INQUIRIES, "measure." + INQUIRIES, "measure.unit.inquiries", Measure.Kind.FLOW, true),
            new Measure(INQUIRIES_WON, "measure." + INQUIRIES_WON, "measure.unit.inquiries", Measure.Kind.FLOW, true),
            new Measure(OFFER_VIEWS, "measure." + OFFER_VIEWS, "measure.unit.views", Measure.Kind.FLOW, true));

    /** Offers whose last review step by the end of {@code :to} published them. */
    private static final String PUBLISHED_AT_END = """
            from catalogue_offer o
            where (select r.status from catalogue_offer_review r
                   where r.offer_id = o.id and (r.at at time zone :zone)::date <= :to
                   order by r.at desc, r.id desc limit 1) = 'PUBLISHED'""";

    private static final String MARKED_AT_END = """
            from catalogue_offer o join catalogue_mark_licence l on l.offer_id = o.id
            where l.granted_on <= :to and l.valid_until >= :to and (l.revoked_on is null or l.revoked_on > :to)""";

    private final JdbcClient jdbc;
    private final PlatformSettings platform;
    private final Clock clock;
    private final NewsAndCampaignMeasures newsAndCampaigns;

    CatalogueProgrammeMeasures(JdbcClient jdbc, PlatformSettings platform, Clock clock,
            NewsAndCampaignMeasures newsAndCampaigns) {
        this.jdbc = jdbc;
        this.platform = platform;
        this.clock = clock;
        this.newsAndCampaigns = newsAndCampaigns;
    }

    @Override
    public List<Measure> measures() {
        return java.util.stream.Stream.concat(MEASURES.stream(), newsAndCampaigns.measures().stream()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        if (newsAndCampaigns.offers(code)) {
            return newsAndCampaigns.compute(code, from, to);
        }
        // each query gives (powiat, value); the regional value is computed in the same query's total row
        String counted = switch (code) {
            case PUBLISHED_OFFERS -> "count(distinct o.id) " + PUBLISHED_AT_END;
            case PES_WITH_OFFER -> "count(distinct o.organisation_id) " + PUBLISHED_AT_END;
            case MARKED_OFFERS -> "count(distinct o.id) " + MARKED_AT_END;
            case MARKED_PES -> "count(distinct o.organisation_id) " + MARKED_AT_END;
            case INQUIRIES -> """
                    count(*) from catalogue_inquiry i join catalogue_offer o on o.id = i.offer_id
                    where (i.created_at at time zone :zone)::date between :from and :to""";
            case INQUIRIES_WON -> """
                    count(*) from catalogue_inquiry i join catalogue_offer o on o.id = i.offer_id
                    where i.outcome = 'WON' and (i.outcome_at at time zone :zone)::date between :from and :to""";
            case OFFER_VIEWS -> """
                    coalesce(sum(v.views), 0) from catalogue_offer_views v join catalogue_offer o on o.id = v.offer_id
                    where v.day between :from and :to""";
            default -> throw new IllegalArgumentException("Not a catalogue measure: " + code);
        };
        Map<String, Object> params = Map.of("zone", platform.timeZone().getId(), "from", from, "to", to);
        long value = jdbc.sql("select " + counted).params(params).query(Long.class).single();
        Map<String, BigDecimal> byPowiat = new LinkedHashMap<>();
        jdbc.sql("select o.organisation_powiat_teryt as powiat, " + counted
                        + " and o.organisation_powiat_teryt is not null group by o.organisation_powiat_teryt"
                        + " order by o.organisation_powiat_teryt")
                .params(params)
                .query((rs, row) -> byPowiat.put(rs.getString("powiat"), BigDecimal.valueOf(rs.getLong(2))))
                .list();
        byPowiat.values().removeIf(v -> v.signum() == 0);
        return new MeasureValue(code, Measure.Kind.STOCK == kind(code) ? to : from, to, BigDecimal.valueOf(value),
                byPowiat, "/katalog", clock.instant());
    }

    private static Measure.Kind kind(String code) {
        return MEASURES.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().kind();
    }
}
