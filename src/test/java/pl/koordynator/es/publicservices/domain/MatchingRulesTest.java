package pl.koordynator.es.publicservices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.publicservices.MatchReason;
import pl.koordynator.es.publicservices.PublicBenefitArea;
import pl.koordynator.es.publicservices.ReservedFor;
import pl.koordynator.es.publicservices.domain.MatchingRules.Candidate;
import pl.koordynator.es.publicservices.domain.MatchingRules.Delivery;
import pl.koordynator.es.publicservices.domain.MatchingRules.Lot;
import pl.koordynator.es.publicservices.domain.MatchingRules.Result;
import pl.koordynator.es.publicservices.domain.MatchingRules.Target;
import pl.koordynator.es.registry.Kind;

class MatchingRulesTest {

    private static final String GDANSK = "2261011";
    private static final String KARTUZY = "2205023";
    private static final Map<String, String> PARENTS = Map.of("CATERING_MEALS", "CATERING", "CATERING_EVENTS", "CATERING", "CLEANING_OFFICES",
            "CLEANING", "GREEN_WINTER", "GREEN", "OTHER_TRANSPORT", "OTHER", "CARE_ELDERLY", "CARE");

    private static Target catering(String gmina, Lot... lots) {
        List<String> cpv = List.of("55520000-1");
        return new Target(cpv, CpvCategories.ofCpv(cpv), gmina, List.of(lots), false);
    }

    private static Lot plain(int number) {
        return new Lot(number, null, false, new BigDecimal("100000"));
    }

    private static Delivery offer(String category, String cpv, AreaScope scope, String... teryts) {
        return new Delivery(Set.of(category), cpv == null ? Set.of() : Set.of(cpv), scope, List.of(teryts));
    }

    private static Candidate pes(long id, String name, Kind kind, String seat, boolean ps, BigDecimal max,
            Delivery... deliveries) {
        return new Candidate(id, name, kind, seat, ps, List.of(deliveries), max);
    }

    @Test
    void aPesWhoseCategoryTheCpvMapsToAndWhoseAreaCoversTheGminaMatchesWithItsReasons() {
        Candidate pes = pes(1, "Smaczna Spółdzielnia", Kind.SOCIAL_COOPERATIVE, KARTUZY, false, null,
                offer("CATERING_MEALS", null, AreaScope.GMINAS, GDANSK));

        List<Result> ranked = MatchingRules.rank(catering(GDANSK, plain(1)), List.of(pes), PARENTS);

        assertThat(ranked).singleElement().satisfies(result -> {
            assertThat(result.reasons()).containsExactly(MatchReason.of("CATEGORY", "CATERING"),
                    MatchReason.of("AREA", "GMINAS"));
            assertThat(result.score()).isEqualTo(MatchingRules.CATEGORY + MatchingRules.AREA);
            assertThat(result.lots()).containsExactly(1);
        });
    }

    @Test
    void aPesOutsideTheAreaDoesNotMatchButItsSeatGminaAlwaysCounts() {
        Delivery onlyKartuzy = offer("CATERING_MEALS", null, AreaScope.GMINAS, KARTUZY);
        Candidate away = pes(1, "Daleko", Kind.SOCIAL_COOPERATIVE, KARTUZY, false, null, onlyKartuzy);
        Candidate seated = pes(2, "Na miejscu", Kind.SOCIAL_COOPERATIVE, GDANSK, false, null, onlyKartuzy);

        List<Result> ranked = MatchingRules.rank(catering(GDANSK, plain(1)), List.of(away, seated), PARENTS);

        assertThat(ranked).extracting(Result::id).containsExactly(2L);
        assertThat(ranked.get(0).reasons()).contains(MatchReason.of("SEAT_IN_GMINA"));
    }

    @Test
    void powiatRegionAndCountryCoverTheGmina() {
        assertThat(MatchingRules.covers(offer("X", null, AreaScope.POWIATS, "2261"), GDANSK)).isTrue();
        assertThat(MatchingRules.covers(offer("X", null, AreaScope.POWIATS, "2205"), GDANSK)).isFalse();
        assertThat(MatchingRules.covers(offer("X", null, AreaScope.REGION), GDANSK)).isTrue();
        assertThat(MatchingRules.covers(offer("X", null, AreaScope.COUNTRY), null)).isTrue();
        assertThat(MatchingRules.covers(offer("X", null, AreaScope.GMINAS, GDANSK), null)).isFalse();
    }

    @Test
    void aCpvGroupRanksAboveADivisionAboveACategoryAndSeatAndPsStatusAdd() {
        Candidate group = pes(1, "A grupa", Kind.NGO, KARTUZY, false, null,
                offer("OTHER_MISC", "55521000-8", AreaScope.REGION));
        Candidate division = pes(2, "B dział", Kind.NGO, KARTUZY, false, null,
                offer("OTHER_MISC", "55100000-1", AreaScope.REGION));
        Candidate category = pes(3, "C kategoria", Kind.NGO, KARTUZY, false, null,
                offer("CATERING_EVENTS", null, AreaScope.REGION));
        Candidate categorySeatPs = pes(4, "D kategoria w gminie", Kind.NGO, GDANSK, true, null,
                offer("CATERING_EVENTS", null, AreaScope.REGION));

        List<Result> ranked = MatchingRules.rank(catering(GDANSK, plain(1)),
                List.of(category, division, group, categorySeatPs), PARENTS);

        assertThat(ranked).extracting(Result::id).containsExactly(4L, 1L, 2L, 3L);
        assertThat(ranked.get(1).reasons().get(0)).isEqualTo(MatchReason.of("CPV_GROUP", "555"));
        assertThat(ranked.get(2).reasons().get(0)).isEqualTo(MatchReason.of("CPV_DIVISION", "55"));
        assertThat(ranked.get(0).reasons()).contains(MatchReason.of("SOCIAL_ENTERPRISE"));
    }

    @Test
    void aLotReservedForOthersIsClosedAndOneReservedForItAddsPoints() {
        Delivery delivery = offer("CATERING_MEALS", null, AreaScope.REGION);
        Candidate cooperative = pes(1, "Spółdzielnia", Kind.SOCIAL_COOPERATIVE, KARTUZY, false, null, delivery);
        Candidate foundation = pes(2, "Fundacja", Kind.NGO, KARTUZY, false, null, delivery);
        Target reserved = catering(GDANSK, new Lot(1, ReservedFor.SOCIAL_COOPERATIVES, false, null));

        List<Result> ranked = MatchingRules.rank(reserved, List.of(cooperative, foundation), PARENTS);

        assertThat(ranked).extracting(Result::id).containsExactly(1L);
        assertThat(ranked.get(0).reasons()).contains(MatchReason.of("RESERVED", "SOCIAL_COOPERATIVES"));
        assertThat(ranked.get(0).score()).isEqualTo(MatchingRules.CATEGORY + MatchingRules.AREA
                + MatchingRules.RESERVED);
    }

    @Test
    void reservationsOfArt94AndArt361() {
        assertThat(MatchingRules.qualifies(ReservedFor.REINTEGRATION_UNITS, Kind.CIS, false)).isTrue();
        assertThat(MatchingRules.qualifies(ReservedFor.REINTEGRATION_UNITS, Kind.ZAZ, false)).isFalse();
        assertThat(MatchingRules.qualifies(ReservedFor.SHELTERED_EMPLOYERS, Kind.ZAZ, false)).isTrue();
        assertThat(MatchingRules.qualifies(ReservedFor.SHELTERED_EMPLOYERS, Kind.DISABLED_COOPERATIVE, false)).isTrue();
        assertThat(MatchingRules.qualifies(ReservedFor.SOCIAL_ENTERPRISES, Kind.NGO, false)).isFalse();
        assertThat(MatchingRules.qualifies(ReservedFor.SOCIAL_ENTERPRISES, Kind.NGO, true)).isTrue();
        assertThat(MatchingRules.qualifies(ReservedFor.INTEGRATION_ENTITIES, Kind.KIS, false)).isTrue();
        assertThat(MatchingRules.qualifies(ReservedFor.INTEGRATION_ENTITIES, Kind.NGO, false)).isFalse();
        Lot art361 = new Lot(1, null, true, null);
        assertThat(MatchingRules.qualifies(art361, pes(1, "N", Kind.NGO, null, false, null))).isTrue();
        assertThat(MatchingRules.qualifies(art361, pes(1, "W", Kind.WORK_COOPERATIVE, null, false, null))).isFalse();
        assertThat(MatchingRules.qualifies(art361, pes(1, "W", Kind.WORK_COOPERATIVE, null, true, null))).isTrue();
    }

    @Test
    void anEstimateAboveTheDeclaredLargestValueClosesTheLot() {
        Delivery delivery = offer("CATERING_MEALS", null, AreaScope.REGION);
        Candidate small = pes(1, "Mała", Kind.NGO, KARTUZY, false, new BigDecimal("50000"), delivery);
        Target twoLots = catering(GDANSK, new Lot(1, null, false, new BigDecimal("80000")),
                new Lot(2, null, false, new BigDecimal("40000")));

        assertThat(MatchingRules.rank(twoLots, List.of(small), PARENTS)).singleElement()
                .satisfies(result -> assertThat(result.lots()).containsExactly(2));
        assertThat(MatchingRules.rank(catering(GDANSK, new Lot(1, null, false, new BigDecimal("80000"))),
                List.of(small), PARENTS)).isEmpty();
    }

    @Test
    void anOpenCallMatchesByItsAreaOfPublicBenefitAndOnlyNgoLikeKinds() {
        Target call = new Target(List.of(), CpvCategories.ofArea(PublicBenefitArea.SENIORS), GDANSK,
                List.of(new Lot(1, null, false, null)), true);
        Delivery care = offer("CARE", null, AreaScope.REGION);

        List<Result> ranked = MatchingRules.rank(call, List.of(pes(1, "Fundacja", Kind.NGO, KARTUZY, false, null,
                care), pes(2, "CIS", Kind.CIS, KARTUZY, false, null, care)), PARENTS);

        assertThat(ranked).extracting(Result::id).containsExactly(1L);
        assertThat(ranked.get(0).reasons().get(0)).isEqualTo(MatchReason.of("CATEGORY", "CARE_ELDERLY"));
    }

    @Test
    void cpvCodesMapToCategoriesByGroupBeforeDivision() {
        assertThat(CpvCategories.ofCpv(List.of("90910000-9"))).containsExactly("CLEANING");
        assertThat(CpvCategories.ofCpv(List.of("90000000-7"))).containsExactly("CLEANING", "GREEN");
        assertThat(CpvCategories.ofCpv(List.of("60100000-9"))).containsExactly("OTHER_TRANSPORT");
        assertThat(CpvCategories.ofCpv(List.of("99999999-9"))).isEmpty();
        assertThat(CpvCategories.group("85000000-9")).isNull();
        assertThat(MatchReason.parse(MatchReason.of("AREA", "GMINAS").stored())).isEqualTo(MatchReason.of("AREA",
                "GMINAS"));
    }
}
