package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import pl.koordynator.es.testing.RegionDate;

/**
 * A handful of procurements and public tasks written straight into the module's tables (the measures
 * read only those), with every figure of {@link #enter()} recomputed by hand in the tests:
 * <pre>
 * this year (Y)
 *  Gmina Miasta Gdańska (JST, 2261011)
 *   P1 03-10  lot 1: est 100 000, AWARDED 90 000, art. 94, contractor PES and PS
 *             lot 2: est 50 000, PENDING, art. 95 + art. 96 (3 required, 2 employed)
 *             lot 3: est 40 000, CANCELLED, social criterion      (left out)
 *   P2 05-01  lot 1: est 200 000, AWARDED 180 000, no clause, contractor PES
 *             lot 2: no value, PENDING                             (counts, adds 0)
 *   P3 06-01  lot 1: est 30 000, AWARDED without contract value, art. 359 only (not a clause)
 *   tasks     20 000 won by a PES, 5 000 won by another NGO, 7 000 still open (left out)
 *  Gmina Miasta Sopotu (JST, 2264011)
 *   P4 02-02  lot 1: est 60 000, PENDING, social criterion 20 % + art. 361 + art. 359
 *   P5 04-04  lot 1: est 40 000, AWARDED 40 000, no clause
 *  MOPS Gdańsk (JSPS, 2261011)
 *   P6 07-07  lot 1: est 50 000, PENDING, no clause
 * last year (Y-1)
 *  Gdańsk P7 11-30: est 100 000, AWARDED 100 000, art. 94
 *  Sopot  P8 01-15: est 10 000, PENDING, no clause
 * </pre>
 */
public final class ClauseMeasuresFixtures {

    public static final String GDANSK = "2261011";
    public static final String SOPOT = "2264011";

    private final JdbcClient jdbc;
    public final int year = RegionDate.today().getYear();
    public long gdansk;
    public long sopot;
    public long mops;

    public ClauseMeasuresFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long organisation(String name, String kind, String gmina) {
        return jdbc.sql("insert into organisation (name, kind, gmina_teryt, town) values (:name, :kind, :gmina, 'X') returning id")
                .params(Map.of("name", name, "kind", kind, "gmina", gmina)).query(Long.class).single();
    }

    public ClauseMeasuresFixtures enter() {
        gdansk = organisation("Gmina Miasta Gdańska", "JST", GDANSK);
        sopot = organisation("Gmina Miasta Sopotu", "JST", SOPOT);
        mops = organisation("Miejski Ośrodek Pomocy Społecznej w Gdańsku", "JSPS", GDANSK);
        long p1 = procurement(gdansk, "Gmina Miasta Gdańska", "JST", GDANSK, day(year, 3, 10), "Sprzątanie szkół");
        lot(p1, 1, "100000", Map.of("result", "AWARDED", "contract_value", new BigDecimal("90000"),
                "reserved_art94", "SOCIAL_COOPERATIVES", "contractor_pes", true, "contractor_social_enterprise", true));
        lot(p1, 2, "50000", Map.of("employment_contract_art95", true, "employment_art96_group", "UNEMPLOYED",
                "employment_art96_persons", 3, "employment_art96_months", 12, "persons_employed", 2));
        lot(p1, 3, "40000", Map.of("result", "CANCELLED", "social_criterion_weight", new BigDecimal("10")));
        long p2 = procurement(gdansk, "Gmina Miasta Gdańska", "JST", GDANSK, day(year, 5, 1), "Remont drogi");
        lot(p2, 1, "200000", Map.of("result", "AWARDED", "contract_value", new BigDecimal("180000"), "contractor_pes", true));
        lot(p2, 2, null, Map.of());
        long p3 = procurement(gdansk, "Gmina Miasta Gdańska", "JST", GDANSK, day(year, 6, 1), "Usługi opiekuńcze");
        lot(p3, 1, "30000", Map.of("result", "AWARDED", "social_services_art359", true));
        task(gdansk, "Gmina Miasta Gdańska", GDANSK, day(year, 3, 1), "20000", "Fundacja Pomocna", true);
        task(gdansk, "Gmina Miasta Gdańska", GDANSK, day(year, 3, 2), "5000", "Klub Sportowy", false);
        task(gdansk, "Gmina Miasta Gdańska", GDANSK, day(year, 3, 3), "7000", null, false);

        long p4 = procurement(sopot, "Gmina Miasta Sopotu", "JST", SOPOT, day(year, 2, 2), "Asystencja osobista");
        lot(p4, 1, "60000", Map.of("social_criterion_weight", new BigDecimal("20"), "reserved_art361", true,
                "social_services_art359", true));
        long p5 = procurement(sopot, "Gmina Miasta Sopotu", "JST", SOPOT, day(year, 4, 4), "Dostawa paliwa");
        lot(p5, 1, "40000", Map.of("result", "AWARDED", "contract_value", new BigDecimal("40000")));

        long p6 = procurement(mops, "Miejski Ośrodek Pomocy Społecznej w Gdańsku", "JSPS", GDANSK, day(year, 7, 7),
                "Posiłki dla podopiecznych");
        lot(p6, 1, "50000", Map.of());

        long p7 = procurement(gdansk, "Gmina Miasta Gdańska", "JST", GDANSK, day(year - 1, 11, 30), "Catering w szkołach");
        lot(p7, 1, "100000", Map.of("result", "AWARDED", "contract_value", new BigDecimal("100000"),
                "reserved_art94", "SOCIAL_COOPERATIVES"));
        long p8 = procurement(sopot, "Gmina Miasta Sopotu", "JST", SOPOT, day(year - 1, 1, 15), "Druk ulotek");
        lot(p8, 1, "10000", Map.of());
        return this;
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    public long procurement(long buyer, String name, String kind, String gmina, LocalDate notice, String title) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("buyer", buyer);
        params.put("name", name);
        params.put("kind", kind);
        params.put("gmina", gmina);
        params.put("powiat", gmina.substring(0, 4));
        params.put("title", title);
        params.put("notice", notice);
        return jdbc.sql("""
                insert into publicservices_procurement (buyer_id, buyer_name, buyer_kind, buyer_gmina_teryt,
                    buyer_powiat_teryt, title, procedure, notice_date, gmina_teryt)
                values (:buyer, :name, :kind, :gmina, :powiat, :title, 'BASIC', :notice, :gmina) returning id""")
                .params(params).query(Long.class).single();
    }

    public void lot(long procurement, int number, String estimated, Map<String, Object> columns) {
        Map<String, Object> params = new LinkedHashMap<>(columns);
        params.put("procurement_id", procurement);
        params.put("number", number);
        params.put("estimated_value", estimated == null ? null : new BigDecimal(estimated));
        String names = String.join(", ", params.keySet());
        String values = params.keySet().stream().map(k -> ":" + k).collect(Collectors.joining(", "));
        jdbc.sql("insert into publicservices_lot (" + names + ") values (" + values + ")").params(params).update();
    }

    public void task(long jst, String name, String gmina, LocalDate call, String amount, String winner, boolean pes) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("jst", jst);
        params.put("name", name);
        params.put("gmina", gmina);
        params.put("powiat", gmina.substring(0, 4));
        params.put("call", call);
        params.put("amount", new BigDecimal(amount));
        params.put("winner", winner);
        params.put("pes", pes);
        jdbc.sql("""
                insert into publicservices_public_task (jst_id, jst_name, jst_gmina_teryt, jst_powiat_teryt, call_title,
                    area, call_date, amount, winner_name, winner_pes)
                values (:jst, :name, :gmina, :powiat, 'Konkurs ofert', 'SOCIAL_ASSISTANCE', :call, :amount, :winner, :pes)""")
                .params(params).update();
    }
}
