package pl.koordynator.es.statistics.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import pl.koordynator.es.statistics.Aggregation;
import pl.koordynator.es.statistics.IndicatorCategory;
import pl.koordynator.es.statistics.IndicatorDefinition;

/** A small region (TERYT 22) and catalogue for the parser tests, with 2025 as the current year. */
final class ParserFixtures {

    static final int CURRENT_YEAR = 2025;

    private ParserFixtures() {
    }

    static ImportContext context() {
        return ImportContext.of(List.of(
                        indicator("PES_ACTIVE", "Aktywne PES", true, List.of()),
                        indicator("POPULATION", "Ludność", false, List.of("ludność ogółem", "ludność")),
                        indicator("UNEMPLOYED", "Bezrobotni zarejestrowani", false,
                                List.of("bezrobotni zarejestrowani ogółem")),
                        indicator("UNEMPLOYED_PER_100", "Bezrobotni zarejestrowani na 100 osób w wieku produkcyjnym",
                                false, List.of("udział bezrobotnych zarejestrowanych w liczbie ludności w wieku produkcyjnym")),
                        indicator("SOCIAL_ASSISTANCE_PER_1000", "Beneficjenci pomocy społecznej na 1000 mieszkańców",
                                false, List.of())),
                "22", Set.of("2261011", "2201023", "2201012", "2201032"), Set.of("2261", "2201"), CURRENT_YEAR);
    }

    static StoredIndicator indicator(String code, String namePl, boolean live, List<String> aliases) {
        return new StoredIndicator(new IndicatorDefinition(code, namePl, code, "", "", "", IndicatorCategory.NEED,
                Aggregation.SUM, live, true), aliases, 0, null);
    }

    static byte[] file(String name) {
        try (InputStream in = ParserFixtures.class.getResourceAsStream("/statistics/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values as "CODE year teryt" → value, for assertions. */
    static Map<String, BigDecimal> values(ParsedImport parsed) {
        return parsed.values().stream().collect(Collectors.toMap(
                v -> v.code() + " " + v.year() + " " + v.teryt(), ParsedImport.Value::value));
    }

    /** Problems as "row|column|key|args". */
    static List<String> problems(ParsedImport parsed) {
        return parsed.problems().stream()
                .map(p -> p.row() + "|" + p.column() + "|" + p.key() + "|" + String.join(",", p.args())).toList();
    }

    static BigDecimal number(String text) {
        return new BigDecimal(text);
    }
}
