package pl.koordynator.es.shared;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cached answer lives exactly as long as the tables of its topics stay unchanged, whoever
 * changes them: the triggers of {@code data_change} count statements of any writer, committed.
 */
class CachedAnswersTest extends IntegrationTest {

    @Autowired
    DataChanges changes;

    @Autowired
    TransactionTemplate transactions;

    private final AtomicInteger computed = new AtomicInteger();

    private String ask(CachedAnswers<String, String> cache, String key) {
        return cache.get(key, () -> key + "#" + computed.incrementAndGet());
    }

    @Test
    void anAnswerIsReusedUntilAStatementChangesATableOfItsTopic() {
        CachedAnswers<String, String> cache = changes.cache(10, "registry");
        assertThat(ask(cache, "spoldzielnia")).isEqualTo("spoldzielnia#1");
        assertThat(ask(cache, "spoldzielnia")).isEqualTo("spoldzielnia#1");
        assertThat(ask(cache, "fundacja")).isEqualTo("fundacja#2");

        // SQL typed by hand counts as much as the application's own writes
        jdbc.sql("insert into organisation (name, kind) values ('Fundacja Nowa', 'NGO')").update();

        assertThat(ask(cache, "spoldzielnia")).isEqualTo("spoldzielnia#3");
        assertThat(ask(cache, "spoldzielnia")).isEqualTo("spoldzielnia#3");
    }

    @Test
    void changesOfAnotherTopicLeaveTheAnswerAlone() {
        CachedAnswers<String, String> cache = changes.cache(10, "registry");
        ask(cache, "gdansk");

        jdbc.sql("insert into statistic_value (code, year, teryt, value) values ('POPULATION', 2024, '2261011', 470000)")
                .update();

        assertThat(ask(cache, "gdansk")).isEqualTo("gdansk#1");
    }

    @Test
    void aRolledBackChangeKeepsTheAnswerAndACommittedOneEndsIt() {
        CachedAnswers<String, String> cache = changes.cache(10, "registry", "territory");
        ask(cache, "sopot");

        transactions.executeWithoutResult(status -> {
            jdbc.sql("update organisation set name = name || ' (zmiana)'").update();
            jdbc.sql("insert into organisation (name, kind) values ('Stowarzyszenie Wycofane', 'NGO')").update();
            status.setRollbackOnly();
        });
        assertThat(ask(cache, "sopot")).isEqualTo("sopot#1");

        // a topic listed second counts too
        jdbc.sql("update subregion set version = version + 1").update();
        assertThat(ask(cache, "sopot")).isEqualTo("sopot#2");
    }

    @Test
    void keepsAtMostItsCapacity() {
        CachedAnswers<String, String> cache = changes.cache(2, "registry");
        ask(cache, "a");
        ask(cache, "b");
        ask(cache, "c");
        assertThat(ask(cache, "c")).isEqualTo("c#3");
        // the third answer made room by forgetting the earlier ones
        assertThat(ask(cache, "a")).isEqualTo("a#4");
    }
}
