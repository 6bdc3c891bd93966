package pl.koordynator.es.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.programme.domain.IndicatorInput;
import pl.koordynator.es.programme.domain.IndicatorInput.TargetInput;
import pl.koordynator.es.programme.domain.IndicatorService;
import pl.koordynator.es.programme.domain.ManualValueInput;
import pl.koordynator.es.programme.domain.ManualValueView;
import pl.koordynator.es.programme.domain.NodeInput;
import pl.koordynator.es.programme.domain.ProgrammeInput;
import pl.koordynator.es.programme.domain.ProgrammeService;
import pl.koordynator.es.programme.domain.ProgrammeView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.support.SupportFixtures;
import pl.koordynator.es.testing.TestUsers;

/**
 * A small programme in force made through the programme's service as ROPS makes it, for the page
 * tests: one priority, objective and action with a computed public indicator (PES supported, a
 * target of 30 a year), a manual public one and a manual internal one; and PES supported in two
 * powiats, so the indicator page has a map.
 */
@Component
public class ProgrammePagesFixtures {

    public static final String PROGRAMME = "Pomorska Ekonomia Społeczna – program testowy";
    public static final String SUPPORTED = "Liczba PES objętych wsparciem OWES";
    public static final String PROMOTION = "Kampanie promujące produkty PES";
    public static final String INTERNAL = "Umowy partnerskie PES z biznesem (wewnętrzny)";

    private final ProgrammeService programmes;
    private final IndicatorService indicators;
    private final TestUsers users;
    private final SupportFixtures support;

    ProgrammePagesFixtures(ProgrammeService programmes, IndicatorService indicators, TestUsers users,
            SupportFixtures support) {
        this.programmes = programmes;
        this.indicators = indicators;
        this.users = users;
        this.support = support;
    }

    /** The programme, from the year before last to four years on, in force. */
    public ProgrammeView programme() {
        int year = LocalDate.now().getYear();
        List<NodeInput> actions = List.of(new NodeInput(null, NodeLevel.ACTION, "1.1.1",
                "Doradztwo dla spółdzielni socjalnych w Łebie i Żukowie", BigDecimal.ONE, null, List.of(), List.of(),
                new BigDecimal("250000"), new BigDecimal("123456.78"), "ONGOING", List.of(), List.of(), List.of(
                        indicator("W1", SUPPORTED, ValueSource.COMPUTED, "support.pes-supported", true, year),
                        indicator("W2", PROMOTION, ValueSource.MANUAL, null, true, year),
                        indicator("W3", INTERNAL, ValueSource.MANUAL, null, false, year))));
        NodeInput objective = new NodeInput(null, NodeLevel.OBJECTIVE, "1.1", "Wzmocnienie potencjału PES",
                BigDecimal.ONE, null, List.of(), List.of(), null, null, null, List.of(), actions, List.of());
        NodeInput priority = new NodeInput(null, NodeLevel.PRIORITY, "1", "Rozwój przedsiębiorczości społecznej",
                BigDecimal.ONE, null, List.of(), List.of(), null, null, null, List.of(), List.of(objective), List.of());
        ProgrammeInput input = new ProgrammeInput(PROGRAMME, false, null, year - 2, year + 4, "598/51/25",
                LocalDate.of(year - 2, 6, 23), ProgrammeStatus.IN_FORCE, true, List.of(priority), null);
        return asAdmin(() -> programmes.create(input));
    }

    private static IndicatorInput indicator(String code, String name, ValueSource source, String measure,
            boolean open, int year) {
        List<TargetInput> targets = new ArrayList<>();
        for (int y = year - 2; y <= year + 4; y++) {
            targets.add(new TargetInput(y, null, new BigDecimal(code.equals("W1") ? "30" : "4")));
        }
        return new IndicatorInput(null, null, code, name, code.equals("W1") ? "PES" : "szt.",
                Direction.HIGHER_IS_BETTER, TimeAggregation.SUM, BigDecimal.ONE, BigDecimal.ZERO, year - 3, targets,
                null, open, source, measure, null, null);
    }

    /** The indicator of the programme with the code. */
    public long indicatorId(ProgrammeView programme, String code) {
        return asAdmin(() -> indicators.indicators(programme.id())).stream()
                .filter(indicator -> indicator.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** PES supported this year in Gdańsk (two) and Gdynia (one). */
    public void supportedThisYear() {
        var owes = support.owes("OWES Trójmiasto");
        LocalDate day = LocalDate.now().withDayOfMonth(1);
        support.record(support.pes("Spółdzielnia Socjalna „Łódka”", SupportFixtures.GDANSK), owes, day, "2", pl.koordynator.es.support.SupportForm.CONSULTING);
        support.record(support.pes("Spółdzielnia Socjalna „Żagiel”", SupportFixtures.GDANSK), owes, day, "3", pl.koordynator.es.support.SupportForm.CONSULTING);
        support.record(support.pes("Fundacja Ćma", SupportFixtures.GDYNIA), owes, day, "1", pl.koordynator.es.support.SupportForm.MENTORING);
    }

    /** A manual value entered by a fresh OWES account, waiting for approval. */
    public ManualValueView pendingValue(long indicatorId, String period, String value) {
        UserView owes = users.create("owes-" + System.nanoTime(), Role.OWES);
        users.signIn(owes);
        try {
            return indicators.enterValue(indicatorId, new ManualValueInput(period, new BigDecimal(value),
                    "Protokół odbioru kampanii nr 7/2026", "Kampania „Kupuj społecznie”"));
        } finally {
            users.signOut();
        }
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        try {
            return work.get();
        } finally {
            users.signOut();
        }
    }
}
