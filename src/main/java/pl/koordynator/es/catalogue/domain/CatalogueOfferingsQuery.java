package pl.koordynator.es.catalogue.domain;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.catalogue.CatalogueOfferings;

/** The published offers of active PES with their areas, in one query. */
@Component
class CatalogueOfferingsQuery implements CatalogueOfferings {

    private final JdbcClient jdbc;
    private final Clock clock;

    CatalogueOfferingsQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Offering> publishedOfferings() {
        return jdbc.sql("""
                select o.id, o.name, o.organisation_id, o.organisation_name, o.organisation_kind,
                       o.organisation_gmina_teryt,
                       coalesce(o.social_enterprise_since <= :today
                                and (o.social_enterprise_until is null or o.social_enterprise_until >= :today), false),
                       o.category_code, o.top_category_code, o.cpv_code, o.area_scope,
                       array(select a.teryt from catalogue_offer_area a where a.offer_id = o.id order by a.teryt)
                  from catalogue_offer o
                 where o.status = 'PUBLISHED' and o.organisation_active
                 order by o.organisation_id, o.id""")
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> new Offering(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), AreaScope.valueOf(rs.getString(11)), strings(rs.getArray(12))))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
