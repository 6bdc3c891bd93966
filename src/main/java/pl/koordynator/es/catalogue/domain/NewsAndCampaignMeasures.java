package pl.koordynator.es.catalogue.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * What news and campaigns count for the programme's promotion aim, both flows and regional; the
 * module's one {@code ProgrammeMeasures} bean, {@link CatalogueProgrammeMeasures}, offers them:
 * <ul>
 * <li>{@code catalogue.campaign-reach}: the people reached (as achieved) by the published social
 * campaigns that ended within the days; a campaign still running counts when it ends, once;</li>
 * <li>{@code catalogue.news-published}: news items published whose publish time falls within the
 * days (in the region's time zone).</li>
 * </ul>
 */
@Component
class NewsAndCampaignMeasures {

    static final String CAMPAIGN_REACH = "catalogue.campaign-reach";
    static final String NEWS_PUBLISHED = "catalogue.news-published";

    private static final List<Measure> MEASURES = List.of(
            new Measure(CAMPAIGN_REACH, "measure." + CAMPAIGN_REACH, "measure.unit.persons", Measure.Kind.FLOW, false),
            new Measure(NEWS_PUBLISHED, "measure." + NEWS_PUBLISHED, "measure.unit.news", Measure.Kind.FLOW, false));

    private final JdbcClient jdbc;
    private final PlatformSettings platform;
    private final Clock clock;

    NewsAndCampaignMeasures(JdbcClient jdbc, PlatformSettings platform, Clock clock) {
        this.jdbc = jdbc;
        this.platform = platform;
        this.clock = clock;
    }

    List<Measure> measures() {
        return MEASURES;
    }

    boolean offers(String code) {
        return MEASURES.stream().anyMatch(measure -> measure.code().equals(code));
    }

    MeasureValue compute(String code, LocalDate from, LocalDate to) {
        long value;
        String listUrl;
        switch (code) {
            case CAMPAIGN_REACH -> {
                value = jdbc.sql("""
                        select coalesce(sum(achieved_reach), 0) from catalogue_campaign
                        where status = 'PUBLISHED' and ends_on between :from and :to""")
                        .params(Map.of("from", from, "to", to)).query(Long.class).single();
                listUrl = "/kampanie";
            }
            case NEWS_PUBLISHED -> {
                value = jdbc.sql("""
                        select count(*) from catalogue_news where status = 'PUBLISHED' and publish_at <= now()
                            and (publish_at at time zone :zone)::date between :from and :to""")
                        .params(Map.of("zone", platform.timeZone().getId(), "from", from, "to", to))
                        .query(Long.class).single();
                listUrl = "/aktualnosci";
            }
            default -> throw new IllegalArgumentException("Not a news or campaign measure: " + code);
        }
        return new MeasureValue(code, from, to, BigDecimal.valueOf(value), Map.of(), listUrl, clock.instant());
    }
}
